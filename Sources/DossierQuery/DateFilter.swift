import DossierCorpus

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
