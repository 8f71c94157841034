/// How a logical plan turns its rows into a table.
enum Shape: Sendable {
    case show([Field])
    case count
    /// One row per combination of the fields' values, with its count.
    case countBy([Field])
    case distinct([Field])
    /// An aggregate of a field, one row per group of the `by` fields (one row with none).
    case aggregate(Aggregate, Field, by: [Field])
    /// Each sentence with `n` sentences of its article either side.
    case context(Int)
    /// Keyword in context: of a phrase's hits in sentences (`key`; whole words unless it
    /// comes from a `contains`), or of each row's own words (`text`, the source's field that
    /// lies in an article).
    case kwic(key: String?, wholeWords: Bool, width: Int, text: Field?)
}

extension Shape {
    /// The columns of the table the shape makes.
    var columns: [String] {
        switch self {
        case .show(let fields): return fields.map(\.name)
        case .count: return ["count"]
        case .countBy(let fields): return fields.map(\.name) + ["count"]
        case .distinct(let fields): return fields.map(\.name)
        case .aggregate(let function, _, let by): return by.map(\.name) + [function.column]
        case .context: return Concordance.contextColumns
        case .kwic: return Concordance.kwicColumns
        }
    }
}
