/// What one operator did when `explain analyze` ran its plan.
public struct OperatorProfile: Sendable {
    /// Rows (or table rows) it passed on.
    public var rows: Int
    public var milliseconds: Double
}
