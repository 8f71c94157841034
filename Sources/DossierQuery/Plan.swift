import DossierCorpus

/// A checked query, ready to run: every name resolved against the schema and the corpus,
/// every value converted to the type of its field, and the index to start from chosen.
public struct Plan: Sendable {
    /// Where the rows come from before any clause.
    public enum Start: Sendable {
        case all
        /// Rows of a named result.
        case rows([Int], name: String)
        /// The events of one entity, from the entity index (already in date order).
        case eventsOfEntity(Int)
        /// The quotations of one speaker, from the speaker index (in corpus order).
        case quotesOfSpeaker(Int)
        /// Events in a range of ids; events are stored in date order, so a date filter on
        /// them is a binary search.
        case eventRange(Range<Int>)
        /// Rows whose field has one of these name keys, from the field's `GroupIndex`.
        case equal(Field, Set<String>)
    }

    public var source: SourceSchema
    public var start: Start
    var rowSteps: [RowStep]
    var shape: Shape?
    var tableSteps: [TableStep]
    /// What the plan does, for `explain`.
    public var notes: [String]
    /// A shaped named result to continue from, when the origin is one.
    public internal(set) var table: ResultSet?
    /// Set when running the plan will first build the word index of sentences, which takes
    /// seconds on a big corpus: the shell says so before the wait.
    public internal(set) var buildsWordIndex = false
}

enum RowStep: Sendable {
    case filter(Predicate)
    case date(DateRange)
    case sort([(field: Field, descending: Bool)])
    case limit(Int)
}

/// A date filter as a test on the range of days a date may denote (see `PartialDate`).
struct DateRange: Sendable {
    enum Relation: Sendable { case after, before, within }
    var relation: Relation
    var first: Int
    var last: Int

    func holds(for date: PartialDate) -> Bool {
        switch relation {
        case .after: return date.firstDay > last
        case .before: return date.lastDay < first
        case .within: return date.firstDay >= first && date.lastDay <= last
        }
    }
}

enum Shape: Sendable {
    case show([Field])
    case count
    case countBy(Field)
    case distinct(Field)
}

enum TableStep: Sendable {
    case sort([(column: Int, descending: Bool)])
    case limit(Int)
}

/// A `where` condition with values resolved for the field's type.
/// Chains are flat, as in `Condition`.
indirect enum Predicate: Sendable {
    case and([Predicate])
    case or([Predicate])
    case not(Predicate)
    case test(Field, Test)
}

/// One comparison of a field's value, specialised by type.
enum Test: Sendable {
    /// Case-insensitive equality of text (NameKey form).
    case textEqual(Set<String>)
    /// With a byte matcher when the key is ASCII, the usual case.
    case textContains(String, KeyMatcher?)
    case textOrder(Comparison.Operator, String)
    case matches(RegexBox)
    case numberCompare(Comparison.Operator, Double)
    case numberIn(Set<Double>)
    case dateCompare(Comparison.Operator, PartialDate)
    case dateIn([PartialDate])
    case boolEqual(Bool)
    case entityIn(Set<Int>)
    case entityContains(String)
    case isNull
    /// Negates another test (for `!=` and `not in`), with null never matching.
    indirect case negated(Test)
}

/// A compiled regular expression (linear in the text, see `LinearRegex`), with the bytes
/// every match contains, looked for before the expression runs.
struct RegexBox: Sendable {
    let pattern: String
    let regex: LinearRegex
    /// Bytes every match contains (see `RegexLiteral`).
    let literal: LiteralMatcher?

    init(pattern: String, regex: LinearRegex) {
        self.pattern = pattern
        self.regex = regex
        self.literal = RegexLiteral.required(by: pattern).flatMap(LiteralMatcher.init)
    }

    func matches(_ text: String) -> Bool {
        regex.search(text)
    }
}

extension Plan {
    /// True once show, count or distinct has turned the rows into a table.
    public var isShaped: Bool { shape != nil }

    /// How the rows are turned into a table, for a caller that compares answers.
    public enum ShapeKind: Sendable { case show, count, countBy, distinct }

    public var shapeKind: ShapeKind? {
        switch shape {
        case .none: return nil
        case .show: return .show
        case .count: return .count
        case .countBy: return .countBy
        case .distinct: return .distinct
        }
    }

    /// True when sort or limit act on the table after its shape.
    public var sortsOrCutsTheTable: Bool { !tableSteps.isEmpty }

    /// The columns the result will have.
    public var columns: [String] {
        if let table { return table.columns }
        if let shape { return Checker.columns(of: shape) }
        return source.fields.map(\.name)
    }

    /// One line per step after the start, for `explain`.
    public var stepDescriptions: [String] {
        var lines: [String] = []
        for step in rowSteps {
            switch step {
            case .filter: lines.append("filter each row with the where condition")
            case .date(let range):
                let field = source.naturalDateField ?? "date"
                let first = PartialDate(dayNumber: range.first), last = PartialDate(dayNumber: range.last)
                switch range.relation {
                case .after: lines.append("keep rows whose \(field) is wholly after \(last)")
                case .before: lines.append("keep rows whose \(field) is wholly before \(first)")
                case .within: lines.append("keep rows whose \(field) lies within \(first)...\(last)")
                }
            case .sort(let keys): lines.append("sort by " + keys.map { $0.field.name + ($0.descending ? " desc" : "") }.joined(separator: ", "))
            case .limit(let n): lines.append("keep the first \(n)")
            }
        }
        if let shape {
            switch shape {
            case .show(let fields): lines.append("show " + fields.map(\.name).joined(separator: ", "))
            case .count: lines.append("count the rows")
            case .countBy(let field): lines.append("count rows by \(field.name), most frequent first")
            case .distinct(let field): lines.append("list the distinct values of \(field.name)")
            }
        }
        for step in tableSteps {
            switch step {
            case .sort(let keys): lines.append("sort the table by " + keys.map { columns[$0.column] + ($0.descending ? " desc" : "") }.joined(separator: ", "))
            case .limit(let n): lines.append("keep the first \(n)")
            }
        }
        return lines
    }
}
