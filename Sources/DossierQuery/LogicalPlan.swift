import DossierCorpus

/// What a statement asks, as the checker leaves it: every name resolved against the schema
/// and the corpus, every value converted to its field's type, and nothing yet said about
/// how to find the rows. The `Planner` turns it into a `PhysicalPlan`.
///
/// A logical plan is a chain: an origin, then steps on its rows (filters, date filters,
/// sort, limit), then at most one shape (show, count, count by, distinct), then steps on
/// the table the shape made (sort, limit).
public struct LogicalPlan: Sendable {
    /// Where the rows come from before any step.
    public enum Origin: Sendable {
        /// Every row of the source.
        case source
        /// The rows of a result kept with `let`.
        case namedRows(name: String, rows: [Int])
        /// A table kept with `let`: its rows are the table's, its fields its columns (see
        /// `TableSchema`).
        case namedTable(name: String, table: ResultSet)
        /// The table an earlier stage of the same statement makes, put in `box` when it has
        /// run: a shape after a shape reads the first shape's table.
        indirect case stage(LogicalPlan, box: TableBox)
    }

    public var source: SourceSchema
    public var origin: Origin
    var rowSteps: [RowStep] = []
    var shape: Shape?
    var tableSteps: [TableStep] = []

    init(source: SourceSchema, origin: Origin) {
        self.source = source
        self.origin = origin
    }

    /// A shaped named result to continue from, when the origin is one.
    public var table: ResultSet? {
        if case .namedTable(_, let table) = origin { return table }
        return nil
    }

    /// The same plan without its shape and the steps after it: the rows it selects.
    public var unshaped: LogicalPlan {
        var plan = self
        plan.shape = nil
        plan.tableSteps = []
        return plan
    }

    /// True once show, count or distinct has turned the rows into a table.
    public var isShaped: Bool { shape != nil }

    /// How the rows are turned into a table, for a caller that compares answers.
    public enum ShapeKind: Sendable { case show, count, countBy, distinct, aggregate, context, kwic }

    public var shapeKind: ShapeKind? {
        switch shape {
        case .none: return nil
        case .show: return .show
        case .count: return .count
        case .countBy: return .countBy
        case .distinct: return .distinct
        case .aggregate: return .aggregate
        case .context: return .context
        case .kwic: return .kwic
        }
    }

    /// True when sort or limit act on the table after its shape.
    public var sortsOrCutsTheTable: Bool { !tableSteps.isEmpty }

    /// The columns the result will have.
    public var columns: [String] {
        if let shape { return shape.columns }
        return source.fields.map(\.name)
    }

    /// The type of each column of the result.
    public var columnTypes: [FieldType] {
        switch shape {
        case .show(let fields)?: return fields.map(\.type)
        case .count?: return [.number]
        case .countBy(let fields)?: return fields.map(\.type) + [.number]
        case .distinct(let fields)?: return fields.map(\.type)
        case .aggregate(let function, let field, let by)?:
            return by.map(\.type) + [function == .min || function == .max ? field.type : .number]
        case .context?: return [.text, .number, .boolean, .text]
        case .kwic?: return Concordance.kwicColumns.map { _ in .text }
        case nil: return source.fields.map(\.type)
        }
    }
}
