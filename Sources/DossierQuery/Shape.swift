/// How a logical plan turns its rows into a table.
enum Shape: Sendable {
    case show([Field])
    case count
    case countBy(Field)
    case distinct(Field)
}

extension Shape {
    /// The columns of the table the shape makes.
    var columns: [String] {
        switch self {
        case .show(let fields): return fields.map(\.name)
        case .count: return ["count"]
        case .countBy(let field): return [field.name, "count"]
        case .distinct(let field): return [field.name]
        }
    }
}
