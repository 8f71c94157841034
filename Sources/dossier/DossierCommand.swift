import Foundation
import ArgumentParser
import DossierCorpus
import DossierDiagnostics
import DossierQuery
import DossierShell

@main
struct DossierCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dossier",
        abstract: "Explore a corpus of news articles with DQL, the Dossier Query Language.",
        discussion: """
            With no statements or scripts, opens the REPL on the bundled corpus (five articles on \
            Kazakhstan's January 2022 unrest), or on --corpus DIR. When standard input is not a \
            terminal, reads statements from it.

            Examples:
              dossier -e 'articles count'
              dossier --format json -e 'events limit 3'
              dossier --corpus ~/my-corpus report.dq
              dossier export --corpus ~/my-corpus --to tables   (see dossier export --help)
              dossier sql --dialect sqlite -e 'events where actor = "Tokayev" count by kind'
                (prints the statement as SQL over the exported tables; docs/export.md)

            Exit status: 0 on success, 1 when a statement or script had an error, 2 for bad flags \
            or a corpus that cannot be loaded.
            """,
        version: DossierInfo.version
    )

    @Option(name: .long, help: ArgumentHelp("Load the corpus in this directory instead of the bundled one.", valueName: "dir"))
    var corpus: String?

    @Option(name: .customShort("e"), help: ArgumentHelp("Run a statement and exit (repeatable).", valueName: "statement"))
    var execute: [String] = []

    @Option(name: .long, help: "Output format: table, json or csv.")
    var format: OutputFormat = .table

    @Option(name: .long, help: ArgumentHelp("Give a value to $name in statements (repeatable).", valueName: "name=value"))
    var param: [String] = []

    @Flag(name: .long, help: "In tables, wrap long text onto more lines instead of cutting it.")
    var wrap = false

    @Flag(name: .long, help: "In scripts and piped input, run every statement that is right and report the others where they stand.")
    var keepGoing = false

    @Flag(name: .long, help: "Open the REPL with the interactive tutorial (resumes where you left it).")
    var tutorial = false

    @Option(name: .long, help: ArgumentHelp("Print help on a topic of the language (events, where, dates, formats...) and exit; 'topics' lists them.",
                                            valueName: "topic"))
    var helpTopic: String?

    @Flag(name: .long, help: "Treat any problem in the corpus files as fatal.")
    var strict = false

    @Flag(name: .long, help: "Print how long the load took (MB/s, peak memory), then each statement's time, as .timer on does.")
    var timer = false

    @Option(name: .long, help: ArgumentHelp("Keep the extracted corpus and its indexes in this snapshot file, instead of the cache ($XDG_CACHE_HOME/dossier/).",
                                            valueName: "file"))
    var snapshot: String?

    @Flag(name: .long, help: "Read and extract the corpus's files every time; keep no snapshot.")
    var noSnapshot = false

    @Argument(help: ArgumentHelp("Scripts (.dq files) to run, in order.", valueName: "script"))
    var scripts: [String] = []

    @Option(name: .long, help: ArgumentHelp("With dossier sql: the dialect, sqlite, duckdb (the default) or spark.", valueName: "dialect"))
    var dialect: SQLDialect?

    /// Set for `dossier sql ...`: statements are printed as SQL, not run.
    var compilesToSQL = false

    mutating func run() throws {
        if let helpTopic {
            guard let text = Help.text(of: helpTopic) else {
                let suggestion = Suggestions.closest(to: helpTopic.lowercased(), among: Help.topicNames)
                throw ValidationError("no help on '\(helpTopic)'; " + (suggestion.map { "did you mean --help-topic \($0)?" }
                                      ?? "--help-topic topics lists the topics"))
            }
            print(text, terminator: "")
            return
        }
        var options = LaunchOptions()
        options.tutorial = tutorial
        options.timer = timer
        options.corpus = corpus
        options.statements = execute
        options.scripts = scripts
        options.format = format
        options.strict = strict
        options.wrap = wrap
        options.keepGoing = keepGoing
        if noSnapshot && snapshot != nil {
            throw ValidationError("--snapshot and --no-snapshot contradict each other; give one, e.g. --snapshot corpus.snapshot")
        }
        if let snapshot {
            guard !snapshot.isEmpty else { throw ValidationError("--snapshot needs a file name, e.g. --snapshot corpus.snapshot") }
            options.snapshot = .file(snapshot)
        } else if noSnapshot {
            options.snapshot = .off
        }
        options.environment = ProcessInfo.processInfo.environment
        if compilesToSQL {
            guard !execute.isEmpty || !scripts.isEmpty else {
                throw ValidationError("dossier sql needs statements, e.g. dossier sql --dialect duckdb -e 'events where actor = \"Tokayev\"'")
            }
            options.sqlDialect = dialect ?? .duckdb
        } else if dialect != nil {
            throw ValidationError("--dialect goes with dossier sql, e.g. dossier sql --dialect sqlite -e 'events count by kind'")
        }
        for assignment in param {
            guard let equals = assignment.firstIndex(of: "="), equals != assignment.startIndex else {
                throw ValidationError("--param takes name=value, e.g. --param actor=Tokayev (got '\(assignment)')")
            }
            let name = String(assignment[..<equals]).trimmingPrefix("$")
            options.parameters[String(name)] = String(assignment[assignment.index(after: equals)...])
        }
        let status = Launcher.run(options)
        if status != .success { throw ExitCode(status.rawValue) }
    }

    /// Bad flags exit with status 2 (the default would be 64), help and version with 0.
    static func main() {
        Launcher.prepare()
        // `dossier export ...` is a command of its own; a script named export or sql is ./export, ./sql.
        let arguments = Array(CommandLine.arguments.dropFirst())
        if arguments.first == "export" {
            do {
                var command = try ExportCommand.parseAsRoot(Array(arguments.dropFirst()))
                try command.run()
            } catch {
                finish(error, command: ExportCommand.self)
            }
            return
        }
        // `dossier sql ...` takes the flags of dossier itself and prints SQL.
        let compiles = arguments.first == "sql"
        do {
            var command = try parseAsRoot(compiles ? Array(arguments.dropFirst()) : nil)
            if compiles, var dossier = command as? DossierCommand {
                dossier.compilesToSQL = true
                command = dossier
            }
            try command.run()
        } catch {
            finish(error, command: DossierCommand.self)
        }
    }

    /// Help and version exit with 0, bad flags with 2 (the default would be 64).
    private static func finish(_ error: Error, command: ParsableCommand.Type) -> Never {
        let code = command.exitCode(for: error)
        if code == .success || error is ExitCode {
            command.exit(withError: error)
        }
        FileHandleOutput.standardError(command.fullMessage(for: error) + "\n")
        command.exit(withError: ExitCode(ExitStatus.unusable.rawValue))
    }
}

extension OutputFormat: ExpressibleByArgument {}
extension SQLDialect: ExpressibleByArgument {}
