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
        return "\(c.articles.count) articles, \(c.entities.count) entities, \(c.events.count) events"
    }
}

/// The REPL's dot-commands.
enum DotCommand {
    enum Outcome { case done, quit }

    static let table: [(name: String, usage: String, help: String)] = [
        ("help", ".help [topic]", "an overview, or help on a source, clauses, dates, formats or a command"),
        ("schema", ".schema [source]", "the sources and their fields, with types"),
        ("format", ".format table|json|csv", "set the output format"),
        ("param", ".param [name [value]]", "list parameters, or set $name for statements"),
        ("names", ".names", "the results kept with let"),
        ("read", ".read FILE", "run a script in this session"),
        ("output", ".output [FILE]", "send results to FILE (written whole when done), or back to the screen"),
        ("once", ".once FILE", "send the next result to FILE"),
        ("timer", ".timer on|off", "print the time each statement takes"),
        ("corpus", ".corpus [DIR]", "show the corpus, or load the one in DIR"),
        ("history", ".history", "the statements typed so far"),
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
            } else {
                let key = arguments[0].hasPrefix("$") ? String(arguments[0].dropFirst()) : arguments[0]
                session.parameters[key] = arguments.dropFirst().joined(separator: " ")
            }
        case "names":
            let lines = session.named.keys.sorted().map { key -> String in
                switch session.named[key]! {
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
                session.output.write("\(c.name): \(c.articles.count) articles, \(c.sentences.count) sentences, \(c.entities.count) entities, \(c.events.count) events, \(c.quotes.count) quotes, \(c.figures.count) figures\n")
            }
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

    /// Topics of `.help`: the sources, the clauses, dates, and the commands.
    static var helpTopics: [String] {
        Schema.sources.map(\.name) + ["clauses", "dates", "formats"] + table.map(\.name)
    }

    /// `.help` alone: an overview; `.help TOPIC`: a source's fields, the clauses, dates and
    /// precision, the output formats, or one command.
    static func help(_ topic: String?, session: Session) -> String {
        guard let topic = topic.map({ String($0.lowercased().drop { $0 == "." }) }) else {
            var text = "Statements start with a source, then clauses: events where actor = \"Tokayev\" after 2022-01-05\n"
            text += "Sources: " + Schema.sources.map(\.name).joined(separator: ", ") + "\n"
            text += "Clauses: " + Parser.clauseList + "\n"
            text += "More: .help SOURCE, .help clauses, .help dates, .help formats, .help COMMAND\n\nCommands:\n"
            for command in table { text += "  " + command.usage.padding(26) + command.help + "\n" }
            return text
        }
        if Schema.source(named: topic) != nil { return schema(topic, session: session) }
        if let command = table.first(where: { $0.name == topic }) { return "\(command.usage)\n  \(command.help)\n" }
        switch topic {
        case "clauses":
            return """
                where COND            keep the rows where COND holds: = != < <= > >= contains matches in, with not, and, or
                after D, before D     rows whose date lies wholly after, or before, D
                on D                  rows whose date lies within D (on 2022-01: every day of January)
                between D1 and D2     rows whose date lies within D1...D2, both ends included
                sort by F [desc], ... order the rows
                limit N               the first N rows
                show F1, F2           only these fields
                count, count by F     how many rows, or how many per value of F
                distinct F            the values of F

                """
        case "dates":
            return """
                Dates are written bare: 2022-01-05 (a day), 2022-01 (a month), 2022 (a year).
                A date in the corpus has a precision too, and the clauses are honest about it:
                an event dated 2022-01 is not after 2022-01-05 (it may not be), and is on 2022-01.

                """
        case "formats":
            return "Results print as a table (default), json or csv: .format json, or dossier --format csv\n"
        default:
            let suggestion = Suggestions.closest(to: topic, among: helpTopics)
            session.report([.error("no help on '\(topic)'",
                                   hint: suggestion.map { "did you mean .help \($0)?" } ?? "topics: " + helpTopics.joined(separator: ", "))])
            return ""
        }
    }

    /// `.schema`: every source with its fields and types, from the schema the checker uses.
    static func schema(_ sourceName: String?, session: Session) -> String {
        let sources: [SourceSchema]
        if let sourceName {
            guard let source = Schema.source(named: sourceName) else {
                let suggestion = Suggestions.closest(to: sourceName, among: Schema.sources.map(\.name))
                session.report([.error("unknown source '\(sourceName)'",
                                       hint: suggestion.map { "did you mean '\($0)'?" } ?? "sources are \(Parser.sourceList)")])
                return ""
            }
            sources = [source]
        } else {
            sources = Schema.sources
        }
        var text = ""
        for source in sources {
            text += "\(source.name): \(source.summary)\n"
            for field in source.fields {
                let synonyms = field.synonyms.isEmpty ? "" : " (also: \(field.synonyms.joined(separator: ", ")))"
                text += "  " + field.name.padding(12) + field.type.rawValue.padding(18) + field.summary + synonyms + "\n"
            }
        }
        return text
    }
}

extension String {
    func padding(_ width: Int) -> String {
        count >= width ? self + " " : self + String(repeating: " ", count: width - count)
    }
}
