import DossierCorpus

/// A source of rows that a statement starts from (`articles`, `events`...), with its fields.
public struct SourceSchema: Sendable {
    public var name: String
    public var summary: String
    public var fields: [Field]
    /// The fields a table shows when no `show` is given; JSON and CSV carry every field.
    public var tableFields: [String]
    public let rowCount: @Sendable (Corpus) -> Int
    /// The date that `after`, `before`, `on` and `between` filter on; nil when the source
    /// has none.
    let naturalDate: (@Sendable (Corpus, Int) -> PartialDate?)?
    /// Which field that date is, for messages and `explain`.
    public var naturalDateField: String?
    /// Statements that show the source at work on the bundled corpus; `.schema` and help
    /// print them, and a test runs each one.
    public var examples: [String]
    /// Set for a table (kept with `let`, or made by a shape): its fields are columns.
    public var isTable = false

    init(name: String, summary: String, fields: [Field], tableFields: [String], rowCount: @escaping @Sendable (Corpus) -> Int,
         naturalDateField: String? = nil, naturalDate: (@Sendable (Corpus, Int) -> PartialDate?)? = nil, examples: [String]) {
        self.name = name
        self.examples = examples
        self.summary = summary
        self.fields = fields
        self.tableFields = tableFields
        self.rowCount = rowCount
        self.naturalDateField = naturalDateField
        self.naturalDate = naturalDate
    }

    public func field(named name: String) -> Field? {
        let key = name.lowercased()
        return fields.first { $0.name == key || $0.synonyms.contains(key) }
    }
}
