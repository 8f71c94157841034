import DossierCorpus
import DossierQuery

/// One user's working state: the corpus, the output format and where text goes. The REPL,
/// scripts and `-e` all run statements through a session, so they behave the same.
public final class Session {
    public var corpus: Corpus
    public var format: OutputFormat
    public let output: TextSink
    public let errors: TextSink
    /// Colour in diagnostics (only when they go to a terminal).
    public var color: Bool
    /// Table width; nil means no limit (output is not a terminal).
    public var width: () -> Int?
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

    /// Parses and runs every statement of `text`. With `keepGoing` false, stops at the first
    /// failing statement; parse errors are all reported before anything runs.
    @discardableResult
    public func run(_ text: String, file: String = "<query>") -> Bool {
        let parsed = Parser.parse(text, file: file)
        if !parsed.diagnostics.isEmpty {
            report(parsed.diagnostics)
            return false
        }
        let evaluator = Evaluator(corpus: corpus)
        for statement in parsed.statements {
            let result = evaluator.run(statement.query, tableColumns: format == .table)
            output.write(format.render(result, width: width()))
        }
        return true
    }

    public func report(_ diagnostics: [Diagnostic]) {
        if diagnostics.contains(where: { $0.severity == .error }) { hadError = true }
        let renderer = DiagnosticRenderer(color: color)
        for diagnostic in diagnostics {
            errors.write(renderer.render(diagnostic) + "\n")
        }
    }
}
