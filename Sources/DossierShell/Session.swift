import DossierCorpus
import DossierQuery

/// One user's working state: the corpus, named results, parameters, the output format and
/// where text goes. The REPL, scripts and `-e` all run statements through a session, so
/// they behave the same.
public final class Session {
    public var corpus: Corpus
    public var format: OutputFormat
    public let output: TextSink
    public let errors: TextSink
    /// Colour in diagnostics (only when they go to a terminal).
    public var color: Bool
    /// Table width; nil means no limit (output is not a terminal).
    public var width: () -> Int?
    /// Wrap long text in tables instead of cutting it.
    public var wrap = false
    /// Results kept with `let`.
    public private(set) var named: [String: NamedResult] = [:]
    /// Values for `$name` in statements.
    public var parameters: [String: String] = [:]
    /// Asked while a statement runs; true stops it (Ctrl-C in the REPL).
    public var isCancelled: @Sendable () -> Bool = { false }
    /// Set when any statement has failed, for the exit status.
    public private(set) var hadError = false

    public init(corpus: Corpus, format: OutputFormat = .table, output: TextSink = .standardOutput,
                errors: TextSink = .standardError, color: Bool = false, width: @escaping () -> Int? = { nil }) {
        self.corpus = corpus
        self.format = format
        self.output = output
        self.errors = errors
        self.color = color
        self.width = width
    }

    /// Parses and checks every statement of `text`, reporting every error; runs them in
    /// order only when there is none. Returns whether all went well.
    @discardableResult
    public func run(_ text: String, file: String = "") -> Bool {
        let source = SourceText(name: file, text: text)
        let parsed = Parser.parse(text, file: file)
        var problems = parsed.diagnostics
        problems += dryCheck(parsed.statements, source: source)
        guard problems.isEmpty else {
            report(problems)
            return false
        }
        for statement in parsed.statements {
            guard execute(statement, source: source) else { return false }
        }
        return true
    }

    /// Checks every statement as if the ones before it had run, so that a script's mistakes
    /// are all reported before anything runs.
    private func dryCheck(_ statements: [Statement], source: SourceText) -> [Diagnostic] {
        var environment = Environment(corpus: corpus, named: named, parameters: parameters)
        var problems: [Diagnostic] = []
        for statement in statements {
            var checker = Checker(environment: environment, text: source)
            let plan = checker.check(statement.query)
            problems += checker.diagnostics
            if case .let(let name, _) = statement.kind, let plan {
                environment.named[name.text] = placeholder(for: plan)
            }
        }
        return problems
    }

    private func placeholder(for plan: Plan) -> NamedResult {
        if plan.isShaped || plan.table != nil { return .table(ResultSet(columns: plan.columns, rows: [])) }
        return .rows(source: plan.source.name, [])
    }

    private func execute(_ statement: Statement, source: SourceText) -> Bool {
        var checker = Checker(environment: Environment(corpus: corpus, named: named, parameters: parameters), text: source)
        guard let plan = checker.check(statement.query) else {
            report(checker.diagnostics)
            return false
        }
        let evaluator = Evaluator(corpus: corpus, isCancelled: isCancelled)
        do {
            switch statement.kind {
            case .query:
                let result = try evaluator.run(plan, allFields: format != .table)
                output.write(format.render(result, width: width(), wrap: wrap))
            case .let(let name, _):
                if plan.isShaped || plan.table != nil {
                    named[name.text] = .table(try evaluator.run(plan))
                } else {
                    named[name.text] = .rows(source: plan.source.name, try evaluator.rows(plan))
                }
            case .explain(let query):
                output.write(explanation(query, plan) + "\n")
            }
        } catch {
            errors.write("interrupted\n")
            hadError = true
            return false
        }
        return true
    }

    private func explanation(_ query: Query, _ plan: Plan) -> String {
        var lines = ["statement: " + Printer.print(query), "", "tree:", Printer.tree(query), "", "plan:"]
        lines += plan.notes.map { "  " + $0 }
        lines += plan.stepDescriptions.map { "  then " + $0 }
        return lines.joined(separator: "\n")
    }

    public func report(_ diagnostics: [Diagnostic]) {
        if diagnostics.contains(where: { $0.severity == .error }) { hadError = true }
        let renderer = DiagnosticRenderer(color: color)
        for diagnostic in diagnostics {
            errors.write(renderer.render(diagnostic) + "\n")
        }
    }
}

extension Statement {
    var query: Query {
        switch kind {
        case .query(let q), .let(_, let q), .explain(let q): return q
        }
    }
}
