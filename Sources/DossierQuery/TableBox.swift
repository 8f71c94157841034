/// The table of an earlier stage of a statement (`... distinct speaker, article count by
/// speaker`): the executor puts it here before the next stage reads it through the fields
/// of a `TableSchema`. Written once, before any read, by the one thread that runs the plan.
public final class TableBox: @unchecked Sendable {
    public internal(set) var table: ResultSet

    init(_ table: ResultSet) {
        self.table = table
    }
}
