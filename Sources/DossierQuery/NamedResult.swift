/// A result kept with `let`: the rows of a source, or a table once shaped by show or count.
public enum NamedResult: Sendable {
    case rows(source: String, [Int])
    case table(ResultSet)
}
