/// A step of a logical plan on the rows of its source, before any shape.
enum RowStep: Sendable {
    case filter(Predicate)
    case date(DateRange)
    case sort([(field: Field, descending: Bool)])
    case limit(Int)
}
