import DossierCorpus

/// How a statement will be answered, as the `Planner` chose it: a chain of operators,
/// the first an access path and each later one reading the output of the one before.
/// `explain` draws it as a tree, root first; the `Executor` runs it as it is.
public struct PhysicalPlan: Sendable {
    /// The plan it answers, for `explain` and for the shell's checks of a result.
    public let logical: LogicalPlan
    var operators: [PhysicalOperator]

    /// Set when running the plan will first build the word index of sentences, which takes
    /// seconds on a big corpus: the shell says so before the wait.
    public var buildsWordIndex: Bool {
        operators.contains {
            switch $0 {
            case .wordIndex(_, lookup: nil): return true
            case .stage(let inner, _): return inner.buildsWordIndex
            default: return false
            }
        }
    }

    /// The name of the access path the plan starts from ("entity index", "byte scan"...).
    public var accessPath: String { operatorNames.first ?? "" }

    /// The names of its operators, access path first; a stage's operators come in its place.
    public var operatorNames: [String] {
        operators.flatMap { op -> [String] in
            if case .stage(let inner, _) = op { return inner.operatorNames }
            return [op.name]
        }
    }
}
