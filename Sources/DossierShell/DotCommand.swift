@preconcurrency import Glibc
import DossierCorpus
import DossierDiagnostics
import DossierQuery

/// The dot-commands of the REPL and of scripts: one line each (`.output results.csv`). Their
/// mistakes are reported like a statement's, with file, line, column, the line and a caret.
enum DotCommand {
    enum Outcome { case done, quit }

    /// Where a command line comes from, for its diagnostics.
    struct Origin {
        var file = ""
        var line = 1
    }

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
        ("corpus", ".corpus [DIR]", "show the corpus and where its snapshot is, or load the one in DIR (from its snapshot when its files are unchanged)"),
        ("indexes", ".indexes", "the indexes statements have built on this corpus so far (explain says when one is built)"),
        ("history", ".history", "the statements typed so far"),
        ("tutorial", ".tutorial [hint|answer|skip|restart|quit]", "questions that teach the language and check your answers"),
        ("quit", ".quit", "leave (Ctrl-D does too)"),
    ]

    static func run(_ line: String, session: Session, origin: Origin = Origin()) -> Outcome {
        let command = CommandText(line)
        let name = command.name.lowercased()
        let arguments = command.words.map(\.text)
        /// Reports a mistake in this line, under the columns given.
        func fail(_ message: String, hint: String, at column: Int, length: Int = 1) {
            session.report([Diagnostic(.error, file: origin.file.isEmpty ? nil : origin.file,
                                       span: SourceSpan(line: origin.line, column: column, length: length),
                                       sourceLine: line, message: message, hint: hint)])
        }
        /// The one path the command takes: quoted when it holds spaces.
        func path(_ example: String) -> String? {
            switch command.path() {
            case .some(.success(let path)): return path
            case .some(.failure(let problem)):
                fail(problem.message, hint: "quote a name with spaces: .\(name) \"\(example)\"", at: problem.column, length: problem.length)
                return nil
            case .none: return nil
            }
        }
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
                fail("unknown format '\(arguments.joined(separator: " "))'", hint: ".format json (formats: table, json, csv)",
                     at: command.argumentColumn, length: command.argumentLength)
            }
        case "param":
            if arguments.isEmpty {
                let lines = session.parameters.keys.sorted().map { "$\($0) = \(session.parameters[$0] ?? "")" }
                session.output.write(lines.isEmpty ? "no parameters are set; set one with .param actor Tokayev\n" : lines.joined(separator: "\n") + "\n")
            } else if arguments.count == 1 {
                session.output.write(session.parameters[arguments[0]].map { "$\(arguments[0]) = \($0)\n" } ?? "$\(arguments[0]) is not set\n")
            } else if let (name, value) = parameterAssignment(line) {
                // In a script, a default: a value given on the command line stays.
                if origin.file.isEmpty || !session.fixedParameters.contains(name) { session.parameters[name] = value }
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
            guard !arguments.isEmpty else {
                fail(".read needs a file", hint: ".read samples/scripts/timeline.dq", at: command.argumentColumn)
                break
            }
            guard let path = path("my script.dq") else { break }
            switch ScriptFile.read(path, depth: session.readDepth) {
            case .success(let text):
                session.readDepth += 1
                defer { session.readDepth -= 1 }
                session.runScript(text, file: path, keepGoing: true)
            case .failure(let problem):
                fail(problem.message, hint: problem.hint, at: command.argumentColumn, length: command.argumentLength)
            }
        case "output", "once":
            if !arguments.isEmpty {
                guard let path = path("my results.csv") else { break }
                if let problem = session.redirect(to: path, once: name == "once") {
                    fail(problem.message, hint: problem.hint, at: command.argumentColumn, length: command.argumentLength)
                }
            } else if name == "output" {
                session.endRedirection()
            } else {
                fail(".once needs a file", hint: ".once result.csv", at: command.argumentColumn)
            }
        case "timer":
            switch arguments.first?.lowercased() {
            case "on": session.timer = true
            case "off": session.timer = false
            default: session.output.write("timer is \(session.timer ? "on" : "off")\n")
            }
        case "indexes":
            let built = session.handle.builtIndexes
            session.output.write(built.isEmpty
                ? "no index built yet: the first statement that needs one builds it (explain says which)\n"
                : built.joined(separator: "\n") + "\n")
        case "corpus":
            if !arguments.isEmpty {
                guard let path = path("my corpus") else { break }
                session.load(corpusAt: path)
            } else {
                let c = session.corpus
                session.output.write("\(c.name): \(Plural.of(c.articles.count, "article")), \(Plural.of(c.sentences.count, "sentence")), \(Plural.of(c.entities.count, "entity", "entities")), \(Plural.of(c.events.count, "event")), \(Plural.of(c.quotes.count, "quote")), \(Plural.of(c.figures.count, "figure"))\n")
                session.output.write(session.loadSteps.snapshotLine)
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
            fail("unknown command '.\(command.name)'", hint: suggestion.map { "did you mean '.\($0)'?" } ?? "type .help for the list of commands",
                 at: command.nameColumn - 1, length: command.name.unicodeScalars.count + 1)
        }
        return .done
    }

    /// `.param NAME VALUE`: the name (without `$`) and the value; nil for any other line.
    static func parameterAssignment(_ line: String) -> (String, String)? {
        let words = line.trimmingSpaces().dropFirst().split(separator: " ", omittingEmptySubsequences: true)
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

