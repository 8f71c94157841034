/// What an aggregate shape computes from a field over each group of rows (or over all of
/// them): `figures sum value by article`, `events min date`, `quotes count distinct article
/// by speaker`. Its column is named after it, so that a `where` can follow: `where max > 100`.
public enum Aggregate: String, Sendable, Equatable, CaseIterable {
    case sum, min, max, avg
    case countDistinct = "count distinct"

    /// The keyword that starts the clause (`count distinct` starts with count).
    static let keywords: [String] = ["sum", "min", "max", "avg"]

    /// The name of its column in the result.
    public var column: String {
        self == .countDistinct ? "count" : rawValue
    }

    /// The field types it reads: numbers to add and average, numbers or dates to compare,
    /// anything to count.
    func accepts(_ type: FieldType) -> Bool {
        switch self {
        case .sum, .avg: return type == .number
        case .min, .max: return type == .number || type == .date
        case .countDistinct: return true
        }
    }
}
