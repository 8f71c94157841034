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
        while true {
            switch editor.readLine(prompt: "dossier> ") {
            case .endOfInput:
                session.output.write("\n")
                return
            case .interrupted:
                session.output.write("^C\n")
            case .line(let line):
                let trimmed = line.trimmingCharacters(in: " \t")
                guard !trimmed.isEmpty else { continue }
                editor.remember(line)
                if trimmed.hasPrefix(".") {
                    if DotCommand.run(trimmed, session: session) == .quit { return }
                } else {
                    session.run(line, file: "")
                }
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
        ("help", ".help", "list commands"),
        ("format", ".format table|json|csv", "set the output format"),
        ("quit", ".quit", "leave (Ctrl-D does too)"),
    ]

    static func run(_ line: String, session: Session) -> Outcome {
        let words = line.dropFirst().split(separator: " ").map(String.init)
        let name = words.first?.lowercased() ?? ""
        switch name {
        case "quit", "exit", "q":
            return .quit
        case "help":
            var text = "Statements: a source and clauses, e.g. `articles`, `events limit 5`, `entities count`.\n"
            text += "Sources: " + Schema.sources.map(\.name).joined(separator: ", ") + "\n"
            for command in table { text += "  " + command.usage.padding(24) + command.help + "\n" }
            session.output.write(text)
        case "format":
            if words.count == 2, let format = OutputFormat(rawValue: words[1].lowercased()) {
                session.format = format
            } else if words.count == 1 {
                session.output.write(session.format.rawValue + "\n")
            } else {
                session.report([.error("unknown format '\(words.dropFirst().joined(separator: " "))'", hint: ".format json (formats: table, json, csv)")])
            }
        default:
            let suggestion = Suggestions.closest(to: name, among: table.map(\.name) + ["exit"])
            session.report([.error("unknown command '.\(name)'",
                                   hint: suggestion.map { "did you mean '.\($0)'?" } ?? "type .help for the list of commands")])
        }
        return .done
    }
}

extension String {
    func trimmingCharacters(in set: String) -> String {
        var s = Substring(self)
        while let f = s.first, set.contains(f) { s.removeFirst() }
        while let l = s.last, set.contains(l) { s.removeLast() }
        return String(s)
    }

    func padding(_ width: Int) -> String {
        count >= width ? self + " " : self + String(repeating: " ", count: width - count)
    }
}
