/// A step of a logical plan on the table a shape made.
enum TableStep: Sendable {
    case sort([(column: Int, descending: Bool)])
    case limit(Int)
}
