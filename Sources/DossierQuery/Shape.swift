/// How a logical plan turns its rows into a table.
enum Shape: Sendable {
    case show([Field])
    case count
    /// One row per combination of the fields' values, with its count.
    case countBy([Field])
    case distinct(Field)
}

extension Shape {
    /// The columns of the table the shape makes.
    var columns: [String] {
        switch self {
        case .show(let fields): return fields.map(\.name)
        case .count: return ["count"]
        case .countBy(let fields): return fields.map(\.name) + ["count"]
        case .distinct(let field): return [field.name]
        }
    }
}
