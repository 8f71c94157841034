import DossierCorpus

/// A name as written in a statement (a source, a field, a named result), with its place.
public struct Name: Sendable, Equatable {
    public var text: String
    public var span: SourceSpan
}

/// One statement of a script or a REPL entry.
public struct Statement: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case query(Query)
        /// `let NAME = query`: keeps the result under a name, prints nothing.
        case `let`(Name, Query)
        /// `explain query`: prints the parse tree, the logical plan and the physical plan
        /// instead of running it; `explain analyze query` runs it and adds what each
        /// operator of the physical plan passed on, and how long it took.
        case explain(Query, analyze: Bool)
    }

    public var kind: Kind
    public var span: SourceSpan
}

/// `origin clause*`: rows of a source or a named result, then each clause in order.
public struct Query: Sendable, Equatable {
    public var origin: Name
    public var clauses: [Clause]
}

public enum Clause: Sendable, Equatable {
    case `where`(Condition, SourceSpan)
    case date(DateFilter, SourceSpan)
    case sort([SortKey], SourceSpan)
    case limit(Literal, SourceSpan)
    case show([Name], SourceSpan)
    /// `count`, or `count by FIELD`.
    case count(Name?, SourceSpan)
    case distinct(Name, SourceSpan)

    public var span: SourceSpan {
        switch self {
        case .where(_, let s), .date(_, let s), .sort(_, let s), .limit(_, let s), .show(_, let s),
             .count(_, let s), .distinct(_, let s):
            return s
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
        case .count(let field, _): return field == nil ? "count" : "count by"
        case .distinct: return "distinct"
        }
    }
}

public enum DateFilter: Sendable, Equatable {
    case after(Literal)
    case before(Literal)
    case on(Literal)
    case between(Literal, Literal)

    public var keyword: String {
        switch self {
        case .after: return "after"
        case .before: return "before"
        case .on: return "on"
        case .between: return "between"
        }
    }
}

public struct SortKey: Sendable, Equatable {
    public var field: Name
    public var descending: Bool
}

/// A condition of `where`, with `not` binding tighter than `and`, and `and` tighter than `or`.
/// A chain (`a or b or c`) is one node with its parts, two or more, so that a long chain is
/// flat and nothing walks it by recursion.
public indirect enum Condition: Sendable, Equatable {
    case or([Condition])
    case and([Condition])
    case not(Condition, SourceSpan)
    case comparison(Comparison)
}

public struct Comparison: Sendable, Equatable {
    public enum Operator: String, Sendable, Equatable, CaseIterable {
        case equal = "=", notEqual = "!=", less = "<", lessEqual = "<=", greater = ">", greaterEqual = ">="
        case contains, matches, `in` = "in", notIn = "not in"
    }

    public var field: Name
    public var op: Operator
    public var opSpan: SourceSpan
    public var value: Literal
}

/// A value written in a statement.
public struct Literal: Sendable, Equatable {
    public indirect enum Kind: Sendable, Equatable {
        case string(String)
        case number(Double)
        case date(PartialDate)
        case bool(Bool)
        case null
        case parameter(String)
        case list([Literal])
    }

    public var kind: Kind
    public var span: SourceSpan
}
