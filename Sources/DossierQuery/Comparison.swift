import DossierCorpus
import DossierDiagnostics

public struct Comparison: Sendable, Equatable {
    public enum Operator: String, Sendable, Equatable, CaseIterable {
        case equal = "=", notEqual = "!=", less = "<", lessEqual = "<=", greater = ">", greaterEqual = ">="
        case contains, has, matches, `in` = "in", notIn = "not in"
    }

    public var field: Name
    public var op: Operator
    public var opSpan: SourceSpan
    public var value: Literal
}
