import DossierCorpus
import DossierDiagnostics

public enum Clause: Sendable, Equatable {
    case `where`(Condition, SourceSpan)
    case date(DateFilter, SourceSpan)
    case sort([SortKey], SourceSpan)
    case limit(Literal, SourceSpan)
    case show([Name], SourceSpan)
    /// `count`, or `count by FIELD, ...` (no fields: one count of every row).
    case count([Name], SourceSpan)
    /// `distinct FIELD, ...`: each value (each combination of values) once.
    case distinct([Name], SourceSpan)
    /// `sum FIELD`, `min`, `max`, `avg`, or `count distinct FIELD`, each with an optional
    /// `by FIELD, ...`.
    case aggregate(Aggregate, Name, by: [Name], SourceSpan)
    /// `context N`: each sentence with N sentences either side.
    case context(Literal, SourceSpan)
    /// `kwic ["words"] [width N]`: each hit with the text around it.
    case kwic(Literal?, width: Literal?, SourceSpan)

    public var span: SourceSpan {
        switch self {
        case .where(_, let s), .date(_, let s), .sort(_, let s), .limit(_, let s), .show(_, let s),
             .count(_, let s), .distinct(_, let s), .aggregate(_, _, _, let s), .context(_, let s), .kwic(_, _, let s):
            return s
        }
    }

    /// Whether the clause turns rows into a table.
    var isShape: Bool {
        switch self {
        case .show, .count, .distinct, .aggregate, .context, .kwic: return true
        case .where, .date, .sort, .limit: return false
        }
    }

    /// The keyword that starts the clause, as the user would write it.
    public var keyword: String {
        switch self {
        case .where: return "where"
        case .date(let filter, _): return filter.keyword
        case .sort: return "sort by"
        case .limit: return "limit"
        case .show: return "show"
        case .count(let fields, _): return fields.isEmpty ? "count" : "count by"
        case .distinct: return "distinct"
        case .aggregate(let function, _, _, _): return function.rawValue
        case .context: return "context"
        case .kwic: return "kwic"
        }
    }
}
