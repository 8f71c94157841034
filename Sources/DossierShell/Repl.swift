@preconcurrency import Glibc
import DossierCorpus
import DossierQuery
@preconcurrency import EditLineShim

/// The interactive loop: prompt, read a line with libedit, run it, remember it.
public struct Repl {
    let session: Session

    public init(session: Session) {
        self.session = session
    }

    /// Runs until Ctrl-D or `.quit`.
    public func run() {
        guard let editor = LineEditor(program: "dossier", historyFile: LineEditor.defaultHistoryFile()) else {
            session.report([.error("cannot start the line editor", hint: "pipe statements in instead: echo 'articles count' | dossier")])
            return
        }
        dossier_install_interrupt_handler()
        session.width = { editor.terminalWidth ?? Terminal.width() }
        session.output.write("Dossier \(DossierInfo.version) on \(session.corpus.name): \(summary). Type .help for help, .quit to leave.\n")
        if let tutorial = session.tutorial { session.output.write("\n" + tutorial.introduction()) }
        session.isCancelled = { dossier_interrupted() != 0 }
        editor.complete = { [session] line in Completer(corpus: session.corpus, named: session.named).complete(line) }
        session.history = { editor.entries }
        session.pager = { text in Terminal.page(text) }
        var lastInterrupt: timespec?
        defer { session.endRedirection() }
        var pending = ""
        while true {
            switch editor.readLine(prompt: pending.isEmpty ? "dossier> " : "    ...> ") {
            case .endOfInput:
                session.output.write("\n")
                return
            case .interrupted:
                // A second Ctrl-C within a second of the first, on an empty line, leaves.
                if pending.isEmpty, let last = lastInterrupt, Double(Clock.milliseconds(since: last)) ?? 2000 < 1000 {
                    session.output.write("^C\n")
                    return
                }
                lastInterrupt = Clock.now
                session.output.write("^C\n")
                pending = ""
            case .line(let line):
                if pending.isEmpty {
                    let trimmed = line.trimmingSpaces()
                    guard !trimmed.isEmpty else { continue }
                    if trimmed.hasPrefix(".") {
                        editor.remember(trimmed)
                        if DotCommand.run(trimmed, session: session) == .quit { return }
                        continue
                    }
                    // "help", "quit" typed without the dot do what they say.
                    let words = trimmed.split(separator: " ")
                    if let first = words.first?.lowercased(), words.count <= 2, ["help", "quit", "exit", "tutorial"].contains(first),
                       session.named[String(words[0])] == nil {
                        editor.remember(trimmed)
                        if DotCommand.run("." + trimmed, session: session) == .quit { return }
                        continue
                    }
                }
                pending += pending.isEmpty ? line : "\n" + line
                // The parser, not a guess, says whether the statement goes on.
                if Parser.isIncomplete(pending) { continue }
                editor.remember(pending.split(separator: "\n").map { $0.trimmingSpaces() }.joined(separator: " "))
                dossier_clear_interrupt()
                session.run(pending, file: "")
                dossier_clear_interrupt()  // a Ctrl-C that stopped the statement is spent
                pending = ""
            }
        }
    }

    private var summary: String {
        let c = session.corpus
        return "\(Plural.of(c.articles.count, "article")), \(Plural.of(c.entities.count, "entity", "entities")), \(Plural.of(c.events.count, "event"))"
    }
}

/// The REPL's dot-commands.
enum DotCommand {
    enum Outcome { case done, quit }

    static let table: [(name: String, usage: String, help: String)] = [
        ("help", ".help [topic]", "an overview, or help on a source, a clause, operators, dates, formats or a command"),
        ("schema", ".schema [source]", "the sources and their fields, with types"),
        ("format", ".format table|json|csv", "set the output format"),
        ("param", ".param [name [value]]", "list parameters, or set $name for statements"),
        ("names", ".names", "the results kept with let"),
        ("read", ".read FILE", "run a script in this session"),
        ("output", ".output [FILE]", "send results to FILE (written whole when done), or back to the screen"),
        ("once", ".once FILE", "send the next result to FILE"),
        ("timer", ".timer on|off", "print the time of each statement (and of the query part) and of each .corpus load"),
        ("corpus", ".corpus [DIR]", "show the corpus, or load the one in DIR"),
        ("history", ".history", "the statements typed so far"),
        ("tutorial", ".tutorial [hint|answer|skip|restart|quit]", "questions that teach the language and check your answers"),
        ("quit", ".quit", "leave (Ctrl-D does too)"),
    ]

    static func run(_ line: String, session: Session) -> Outcome {
        let words = line.dropFirst().split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        let name = words.first?.lowercased() ?? ""
        let arguments = Array(words.dropFirst())
        switch name {
        case "quit", "exit", "q":
            return .quit
        case "help":
            session.output.write(help(arguments.first, session: session))
        case "schema":
            session.output.write(schema(arguments.first, session: session))
        case "format":
            if arguments.count == 1, let format = OutputFormat(rawValue: arguments[0].lowercased()) {
                session.format = format
            } else if arguments.isEmpty {
                session.output.write(session.format.rawValue + "\n")
            } else {
                session.report([.error("unknown format '\(arguments.joined(separator: " "))'", hint: ".format json (formats: table, json, csv)")])
            }
        case "param":
            if arguments.isEmpty {
                let lines = session.parameters.keys.sorted().map { "$\($0) = \(session.parameters[$0] ?? "")" }
                session.output.write(lines.isEmpty ? "no parameters are set; set one with .param actor Tokayev\n" : lines.joined(separator: "\n") + "\n")
            } else if arguments.count == 1 {
                session.output.write(session.parameters[arguments[0]].map { "$\(arguments[0]) = \($0)\n" } ?? "$\(arguments[0]) is not set\n")
            } else if let (name, value) = parameterAssignment(line) {
                session.parameters[name] = value
            }
        case "names":
            let lines = session.named.sorted { $0.key < $1.key }.map { key, named -> String in
                switch named {
                case .rows(let source, let rows): return "\(key): \(rows.count) \(source)"
                case .table(let table): return "\(key): a table of \(table.rows.count) rows (\(table.columns.joined(separator: ", ")))"
                }
            }
            session.output.write(lines.isEmpty ? "no named results; keep one with let t = events where kind = \"protest\"\n" : lines.joined(separator: "\n") + "\n")
        case "read":
            guard let path = arguments.first else {
                session.report([.error(".read needs a file", hint: ".read samples/scripts/timeline.dq")])
                break
            }
            guard let text = TextFile.read(path) else {
                session.report([.error("cannot read \(path)", hint: "check the path; .read takes a .dq script")])
                break
            }
            session.runScript(text, file: path, keepGoing: true)
        case "output", "once":
            if let path = arguments.first {
                session.redirect(to: path, once: name == "once")
            } else if name == "output" {
                session.endRedirection()
            } else {
                session.report([.error(".once needs a file", hint: ".once result.csv")])
            }
        case "timer":
            switch arguments.first?.lowercased() {
            case "on": session.timer = true
            case "off": session.timer = false
            default: session.output.write("timer is \(session.timer ? "on" : "off")\n")
            }
        case "corpus":
            if let path = arguments.first {
                session.load(corpusAt: path)
            } else {
                let c = session.corpus
                session.output.write("\(c.name): \(Plural.of(c.articles.count, "article")), \(Plural.of(c.sentences.count, "sentence")), \(Plural.of(c.entities.count, "entity", "entities")), \(Plural.of(c.events.count, "event")), \(Plural.of(c.quotes.count, "quote")), \(Plural.of(c.figures.count, "figure"))\n")
            }
        case "tutorial":
            let tutorial = session.tutorial ?? Tutorial(progressFile: Tutorial.defaultProgressFile())
            session.tutorial = tutorial
            session.output.write(tutorial.command(arguments.first))
        case "history":
            let entries = session.history()
            session.output.write(entries.enumerated().map { "\($0.offset + 1)  \($0.element)" }.joined(separator: "\n") + (entries.isEmpty ? "" : "\n"))
        default:
            let suggestion = Suggestions.closest(to: name, among: table.map(\.name) + ["exit"])
            session.report([.error("unknown command '.\(name)'",
                                   hint: suggestion.map { "did you mean '.\($0)'?" } ?? "type .help for the list of commands")])
        }
        return .done
    }

    /// `.param NAME VALUE`: the name (without `$`) and the value; nil for any other line.
    static func parameterAssignment(_ line: String) -> (String, String)? {
        let words = line.dropFirst().split(separator: " ", omittingEmptySubsequences: true)
        guard words.count >= 3, words[0].lowercased() == "param" else { return nil }
        let name = words[1].hasPrefix("$") ? String(words[1].dropFirst()) : String(words[1])
        return (name, words.dropFirst(2).joined(separator: " "))
    }

    /// Topics of `.help`, for completion.
    static var helpTopics: [String] { Help.topicNames }

    /// `.help` alone: an overview; `.help TOPIC`: that topic, or an error with a suggestion.
    static func help(_ topic: String?, session: Session) -> String {
        guard let topic else { return Help.overview }
        if let text = Help.text(of: topic) { return text }
        let suggestion = Suggestions.closest(to: topic.lowercased(), among: helpTopics)
        session.report([.error("no help on '\(topic)'",
                               hint: suggestion.map { "did you mean .help \($0)?" } ?? "topics: " + helpTopics.joined(separator: ", "))])
        return ""
    }

    /// `.schema`: every source with its fields and types, from the schema the checker uses.
    static func schema(_ sourceName: String?, session: Session) -> String {
        guard let sourceName else { return Schema.sources.map { Help.schemaText($0, examples: false) }.joined() }
        guard let source = Schema.source(named: sourceName) else {
            let suggestion = Suggestions.closest(to: sourceName, among: Schema.sources.map(\.name))
            session.report([.error("unknown source '\(sourceName)'",
                                   hint: suggestion.map { "did you mean '\($0)'?" } ?? "sources are \(Parser.sourceList)")])
            return ""
        }
        return Help.schemaText(source, examples: false)
    }
}

extension String {
    func padding(_ width: Int) -> String {
        count >= width ? self + " " : self + String(repeating: " ", count: width - count)
    }
}
