/// A step of a logical plan on the table a shape made.
enum TableStep: Sendable {
    /// A condition on the table's columns (its fields are named after them).
    case filter(Predicate)
    case sort([(column: Int, descending: Bool)])
    case limit(Int)
}
