import DossierCorpus
import DossierDiagnostics
import DossierExtraction
import DossierQuery

/// One user's working state: the corpus, named results, parameters, the output format and
/// where text goes. The REPL, scripts and `-e` all run statements through a session, so
/// they behave the same.
public final class Session {
    /// The corpus and the indexes statements have built on it.
    public private(set) var handle: CorpusHandle
    public var corpus: Corpus { handle.corpus }
    public var format: OutputFormat
    /// Where results go: standard output, or a file being written with `.output`/`.once`.
    public var output: TextSink
    /// The output the session was made with, restored when a redirection ends.
    private let screen: TextSink
    public let errors: TextSink
    /// Colour in diagnostics (only when they go to a terminal).
    public var color: Bool
    /// Table width; nil means no limit (output is not a terminal).
    public var width: () -> Int?
    /// Bold table headers (standard output is a terminal and NO_COLOR is not set).
    public var tableColor = false
    /// Shows a long result page by page; returns false when it did not (the text is then
    /// written as usual). Set by the REPL when standard output is a terminal.
    var pager: ((String) -> Bool)?
    /// Wrap long text in tables instead of cutting it.
    public var wrap = false
    /// Results kept with `let`.
    public private(set) var named: [String: NamedResult] = [:]
    /// Values for `$name` in statements.
    public var parameters: [String: String] = [:]
    /// Asked while a statement runs; true stops it (Ctrl-C in the REPL).
    public var isCancelled: @Sendable () -> Bool = { false }
    /// Print the wall time of each statement and load (`.timer on`).
    public var timer = false
    /// How long the last query took to check, plan and execute, for `.timer`.
    private var queryMilliseconds: Double?
    /// The tutorial, once `.tutorial` or `--tutorial` started it: it judges each result.
    public var tutorial: Tutorial?
    /// Where `.output FILE` sends results, and whether it is for one statement (`.once`).
    var redirection: (file: OutputFile, once: Bool)?
    /// How many results the redirection has taken: a CSV or JSON file holds one, and the
    /// next ones go to numbered files beside it (`results-2.csv`).
    private var redirectedResults = 0
    /// Parameters given on the command line: a `.param` line in a script gives a default,
    /// which they override.
    public var fixedParameters: Set<String> = []
    /// The history, when the session runs in the REPL.
    var history: () -> [String] = { [] }
    /// Set when any statement has failed, for the exit status.
    public private(set) var hadError = false
    /// Set when a statement was interrupted (Ctrl-C in a script, SIGTERM): a script stops
    /// there. The REPL clears it before each statement.
    public var interrupted = false
    /// How many `.read` scripts are running inside each other.
    var readDepth = 0
    /// The lines before the piece of a script that is running, added to its diagnostics'
    /// line numbers (a piece is parsed alone, from its line 1).
    private var lineShift = 0

    /// How the corpus was loaded (from a snapshot or its files), for `.corpus` and `.timer`.
    var loadSteps = LoadSteps()
    /// Where the indexes statements build are saved for the next session, and how many
    /// indexes the handle had when they were last saved (or opened).
    var indexFile: IndexFile? {
        didSet { savedIndexes = handle.builtIndexes.count }
    }
    private var savedIndexes = 0
    /// Where a corpus that `.corpus DIR` loads is kept, and the environment that says where the cache is.
    public var snapshot = SnapshotChoice.off
    /// Set by `dossier sql`: each statement is printed as SQL in this dialect, not run.
    public var sqlDialect: SQLDialect?
    public var environment: [String: String] = [:]

    public convenience init(corpus: Corpus, format: OutputFormat = .table, output: TextSink = .standardOutput,
                            errors: TextSink = .standardError, color: Bool = false, width: @escaping () -> Int? = { nil }) {
        self.init(handle: CorpusHandle(corpus), format: format, output: output, errors: errors, color: color, width: width)
    }

    public init(handle: CorpusHandle, format: OutputFormat = .table, output: TextSink = .standardOutput,
                errors: TextSink = .standardError, color: Bool = false, width: @escaping () -> Int? = { nil }) {
        self.handle = handle
        self.format = format
        self.output = output
        self.screen = output
        self.errors = errors
        self.color = color
        self.width = width
    }

    /// A piece of a script: statements (with the line they start on), or a dot-command.
    private enum Segment {
        case statements(String, line: Int)
        case command(String, line: Int)
    }

    /// Runs a script: its statements and its dot-commands (lines that start with "."), in
    /// order. Unless `keepGoing`, every statement is checked first and nothing runs when any
    /// has an error, so that a script reports all its mistakes at once; with it, each
    /// statement runs or reports its error in turn.
    @discardableResult
    public func runScript(_ text: String, file: String, keepGoing: Bool = false) -> Bool {
        let segments = Session.segments(of: text)
        if !keepGoing {
            var environment = Environment(handle: handle, named: named, parameters: parameters)
            var problems: [Diagnostic] = []
            for segment in segments {
                switch segment {
                case .statements(let chunk, let line):
                    let parsed = Parser.parse(chunk, file: file)
                    var found = parsed.diagnostics
                    found += dryCheck(parsed.statements, source: SourceText(name: file, text: chunk), environment: &environment)
                    problems += found.map { Self.shifted($0, by: line - 1) }
                case .command(let line, _):
                    // `.param who Tokayev` sets $who for the statements after it.
                    if let (name, value) = DotCommand.parameterAssignment(line), !fixedParameters.contains(name) {
                        environment.parameters[name] = value
                    }
                }
            }
            guard problems.isEmpty else {
                report(problems)
                return false
            }
        }
        var ok = true
        for segment in segments {
            switch segment {
            case .statements(let chunk, let line):
                if !(keepGoing ? runEach(chunk, file: file, firstLine: line) : run(chunk, file: file, firstLine: line)) { ok = false }
            case .command(let line, let number):
                let errorsBefore = hadError
                if DotCommand.run(line, session: self, origin: DotCommand.Origin(file: file, line: number)) == .quit { return ok }
                if hadError && !errorsBefore { ok = false }
            }
            if interrupted { return false }
            if !ok && !keepGoing { return false }
        }
        return ok
    }

    /// Splits a script at its dot-command lines. Each piece of statements is padded with the
    /// blank lines before it, so that its line numbers are those of the file.
    private static func segments(of text: String) -> [Segment] {
        var segments: [Segment] = []
        var chunk: [Substring] = []
        var chunkStart = 1
        func flush() {
            if chunk.contains(where: { !$0.trimmingSpaces().isEmpty }) {
                segments.append(.statements(chunk.joined(separator: "\n"), line: chunkStart))
            }
        }
        for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.trimmingSpaces().hasPrefix(".") && !Parser.isIncomplete(chunk.joined(separator: "\n")) {
                flush()
                segments.append(.command(String(line), line: n + 1))
                chunk = []
                chunkStart = n + 2
            } else {
                chunk.append(line)
            }
        }
        flush()
        return segments
    }

    /// Parses and checks every statement of `text`, reporting every error; runs them in
    /// order only when there is none. Returns whether all went well.
    @discardableResult
    public func run(_ text: String, file: String = "", firstLine: Int = 1) -> Bool {
        let shift = lineShift
        lineShift = firstLine - 1
        defer { lineShift = shift }
        let source = SourceText(name: file, text: text)
        let parsed = Parser.parse(text, file: file)
        var problems = parsed.diagnostics
        var environment = Environment(handle: handle, named: named, parameters: parameters)
        problems += dryCheck(parsed.statements, source: source, environment: &environment)
        guard problems.isEmpty else {
            report(problems)
            return false
        }
        for statement in parsed.statements {
            guard executeTimed(statement, source: source) else { return false }
        }
        return true
    }

    /// Runs one statement, with its time when `.timer` is on, and ends a `.once` redirection.
    private func executeTimed(_ statement: Statement, source: SourceText) -> Bool {
        let start = timer ? Clock.now : nil
        queryMilliseconds = nil
        let ok = execute(statement, source: source)
        saveNewIndexes()
        if let start {
            // The query part is what the benchmark times: checking, planning and executing, no output.
            let query = queryMilliseconds.map { " (query \(Clock.format($0)) ms, the rest output)" } ?? ""
            errors.write("time: \(Clock.milliseconds(since: start)) ms\(query)\n")
        }
        let written = checkOutput()
        finishOnce()
        return ok && written
    }

    /// Saves the indexes when the statement built one (see `IndexFile`); a failure is said once.
    private func saveNewIndexes() {
        guard let indexFile, handle.builtIndexes.count > savedIndexes else { return }
        savedIndexes = handle.builtIndexes.count
        if let problem = indexFile.save(handle) {
            errors.write("dossier: cannot save the indexes to \(indexFile.path): \(problem); the next session builds them again\n")
            self.indexFile = nil
        }
    }

    /// A file of `.output` that could not be written (a full disk) is reported after the
    /// statement that failed, and output goes back to the screen; nothing half-written stays.
    private func checkOutput() -> Bool {
        guard let redirection, let problem = redirection.file.sink.problem else { return true }
        self.redirection = nil
        output = screen
        redirection.file.abandon()
        report([.error("cannot write \(redirection.file.path): \(problem); results go to the screen again",
                       hint: "free some space or name another file: .output results.txt")])
        return false
    }

    /// Runs the statements of `text` one by one in source order, each error reported where it
    /// stands and the statements around it run all the same (`--keep-going`, `.read`).
    public func runEach(_ text: String, file: String, firstLine: Int = 1) -> Bool {
        let shift = lineShift
        lineShift = firstLine - 1
        defer { lineShift = shift }
        let source = SourceText(name: file, text: text)
        let parsed = Parser.parse(text, file: file)
        enum Step { case statement(Statement), problem(Diagnostic) }
        let steps = (parsed.statements.map { (location: $0.span.start, step: Step.statement($0)) }
            + parsed.diagnostics.map { (location: $0.span?.start ?? SourceLocation(line: 0, column: 0), step: Step.problem($0)) })
            .enumerated().sorted { ($0.element.location, $0.offset) < ($1.element.location, $1.offset) }.map(\.element.step)
        var ok = true
        for step in steps {
            switch step {
            case .problem(let diagnostic):
                report([diagnostic])
                ok = false
            case .statement(let statement):
                if !executeTimed(statement, source: source) { ok = false }
                if interrupted { return false }
            }
        }
        return ok
    }

    /// Checks every statement as if the ones before it had run, so that a script's mistakes
    /// are all reported before anything runs.
    private func dryCheck(_ statements: [Statement], source: SourceText, environment: inout Environment) -> [Diagnostic] {
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

    private func placeholder(for plan: LogicalPlan) -> NamedResult {
        if plan.isShaped || plan.table != nil { return .table(ResultSet(columns: plan.columns, rows: [], columnTypes: plan.columnTypes)) }
        return .rows(source: plan.source.name, [])
    }

    private func execute(_ statement: Statement, source: SourceText) -> Bool {
        let started = Clock.now
        var checker = Checker(environment: Environment(handle: handle, named: named, parameters: parameters), text: source)
        guard let logical = checker.check(statement.query) else {
            report(checker.diagnostics)
            return false
        }
        if let sqlDialect { return printSQL(statement, logical, dialect: sqlDialect, source: source) }
        let plan = Planner(handle: handle).plan(logical, allFields: format != .table)
        let executor = Executor(handle: handle, isCancelled: isCancelled)
        if plan.buildsWordIndex, corpus.articles.count >= 10_000, statement.runs {
            errors.write("building the word index of sentences, once for this corpus (Ctrl-C stops it)...\n")
        }
        do {
            switch statement.kind {
            case .query:
                let result = try executor.run(plan)
                queryMilliseconds = Clock.elapsed(since: started)
                let onScreen = redirection == nil
                let text = format.render(result, width: width(), wrap: wrap, color: tableColor && onScreen)
                if let redirection, format != .table, redirectedResults > 0 {
                    writeBeside(redirection.file.path, text)
                } else if !(onScreen && pager?(text) == true) {
                    output.write(text)
                }
                if redirection != nil { redirectedResults += 1 }
                if let tutorial, let verdict = tutorial.judge(logical, result, handle: handle) {
                    screen.write(verdict)
                }
            case .let(let name, _):
                if logical.isShaped || logical.table != nil {
                    named[name.text] = .table(try executor.run(plan))
                } else {
                    named[name.text] = .rows(source: logical.source.name, try executor.rows(plan))
                }
            case .explain(let query, let analyze):
                let printer = PlanPrinter(handle: handle)
                let nodes = printer.nodes(plan)
                var profile: [OperatorProfile]?
                var rows: Int?
                if analyze {
                    let started = Clock.now
                    let (result, measured) = try executor.analyze(plan)
                    (profile, rows) = (measured, result.rows.count)
                    queryMilliseconds = Clock.elapsed(since: started)
                }
                var lines = ["statement: " + Printer.print(query), "", "parse tree:", Printer.tree(query), "",
                             "logical plan:", printer.logical(logical), "", "physical plan:", printer.physical(nodes, profile: profile)]
                if let rows, let queryMilliseconds {
                    lines += ["", "ran in \(PlanPrinter.milliseconds(queryMilliseconds)) ms, \(Plural.of(rows, "row")) in the result"]
                }
                // A blank line ends the explanation, as it ends each of its parts.
                output.write(lines.joined(separator: "\n") + "\n\n")
            }
        } catch {
            errors.write("interrupted\n")
            hadError = true
            interrupted = true
            return false
        }
        return true
    }

    /// `dossier sql`: the statement as one SQL query over the export's tables, or where it
    /// has no SQL form, an error at the word that shows it.
    private func printSQL(_ statement: Statement, _ logical: LogicalPlan, dialect: SQLDialect, source: SourceText) -> Bool {
        guard case .query = statement.kind else {
            report([source.diagnostic(at: statement.span, "only a query compiles to SQL: let and explain have no SQL form yet",
                                      hint: "give the query itself, e.g. events where actor = \"Tokayev\"")])
            return false
        }
        do {
            output.write(try SQLCompiler(dialect: dialect).compile(logical) + "\n\n")
            return true
        } catch let unsupported as SQLUnsupported {
            report([source.diagnostic(at: Self.span(of: unsupported.near, in: statement, source: source) ?? statement.span,
                                      unsupported.message, hint: unsupported.hint)])
            return false
        } catch {
            report([source.diagnostic(at: statement.span, "cannot compile to SQL: \(error)")])
            return false
        }
    }

    /// Where a word first stands in a statement, as a whole word, case aside.
    private static func span(of word: String, in statement: Statement, source: SourceText) -> SourceSpan? {
        guard !word.isEmpty else { return nil }
        let start = statement.span.start
        var number = start.line
        while let line = source.line(number), number < start.line + 50 {
            let characters = Array(line.lowercased())
            let target = Array(word.lowercased())
            var column = number == start.line ? start.column - 1 : 0
            while column + target.count <= characters.count {
                let before = column == 0 ? " " : characters[column - 1]
                let after = column + target.count < characters.count ? characters[column + target.count] : " "
                if Array(characters[column..<(column + target.count)]) == target,
                   !(before.isLetter || before.isNumber || before == "_"), !(after.isLetter || after.isNumber || after == "_") {
                    return SourceSpan(line: number, column: column + 1, length: target.count)
                }
                column += 1
            }
            if line.contains(";") && number > start.line { break }
            number += 1
        }
        return nil
    }

    /// `.once`: the file gets the one statement's result, then output goes back to the screen.
    private func finishOnce() {
        guard let redirection, redirection.once else { return }
        endRedirection()
    }

    /// Sends results to a file until `endRedirection` (or, with `once`, for one statement).
    /// The file is checked now: a missing folder or a read-only file is reported at once, and
    /// output stays where it was.
    @discardableResult
    func redirect(to path: String, once: Bool) -> OutputFileError? {
        endRedirection()
        switch OutputFile.open(path) {
        case .success(let file):
            redirection = (file, once)
            redirectedResults = 0
            output = file.sink
            return nil
        case .failure(let error):
            return error
        }
    }

    /// A second or later result of a redirection in CSV or JSON, in a numbered file beside
    /// the first (`results.csv`, `results-2.csv`...): one file of either format holds one
    /// table, and a spreadsheet reads one header.
    private func writeBeside(_ path: String, _ text: String) {
        let number = redirectedResults + 1
        // The number goes before the extension of the file's own name, if it has one.
        let name = path.lastIndex(of: "/").map { path.index(after: $0) } ?? path.startIndex
        let numbered = path[name...].lastIndex(of: ".").map { path[..<$0] + "-\(number)" + path[$0...] } ?? path + "-\(number)"
        switch OutputFile.open(String(numbered)) {
        case .success(let file):
            file.sink.write(text)
            if let problem = file.commit() {
                report([.error("cannot write \(numbered): \(problem)", hint: "check the folder exists and you may write there")])
            } else {
                errors.write("result \(number) written to \(numbered): a \(format == .csv ? "CSV" : "JSON") file holds one result\n")
            }
        case .failure(let error):
            report([.error(error.message, hint: error.hint)])
        }
    }

    /// Puts the redirected results in their file (see `OutputFile`); output goes back to
    /// the screen. Also run when the session ends, however it ends.
    public func endRedirection() {
        guard let redirection else { return }
        self.redirection = nil
        output = screen
        if let problem = redirection.file.commit() {
            report([.error("cannot write \(redirection.file.path): \(problem)", hint: "check the folder exists and you may write there")])
        }
    }

    /// `.corpus DIR`: loads another corpus; on failure the current one stays.
    func load(corpusAt path: String) {
        let started = Clock.now
        do {
            let opener = CorpusOpener(snapshot: snapshot, environment: environment, progress: LoadReport.progress())
            let opened = try opener.open(.directory(path)) { notice in
                LoadReport.finish()
                errors.write(notice + "\n")
            }
            LoadReport.finish()
            if timer { errors.write(LoadReport.summary(opened.handle.corpus, milliseconds: Clock.elapsed(since: started), steps: opened.steps)) }
            report(opened.problems)
            handle = opened.handle
            loadSteps = opened.steps
            indexFile = opened.indexFile
            named = [:]
            output.write("loaded \(corpus.name): \(Plural.of(corpus.articles.count, "article")), \(Plural.of(corpus.entities.count, "entity", "entities")), \(Plural.of(corpus.events.count, "event"))\n")
        } catch is LoadInterrupted {
            LoadReport.finish()
            errors.write("load interrupted; \(corpus.name) is still loaded\n")
        } catch {
            LoadReport.finish()
            report((error as? CorpusLoadError)?.problems ?? [.error("cannot load \(path): \(error)")])
        }
    }

    /// A diagnostic of a piece of a longer text, moved to the text's line numbers.
    private static func shifted(_ diagnostic: Diagnostic, by lines: Int) -> Diagnostic {
        guard lines != 0, var span = diagnostic.span else { return diagnostic }
        var moved = diagnostic
        span.start.line += lines
        moved.span = span
        return moved
    }

    public func report(_ diagnostics: [Diagnostic]) {
        if diagnostics.contains(where: { $0.severity == .error }) { hadError = true }
        let renderer = DiagnosticRenderer(color: color)
        for diagnostic in diagnostics.map({ Self.shifted($0, by: lineShift) }) {
            errors.write(renderer.render(diagnostic) + "\n")
        }
    }
}
