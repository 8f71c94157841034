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
        dossier_install_stop_handlers()
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
        var warned = (editor: 0, tutorial: 0)
        while true {
            // SIGTERM or SIGHUP: the session ends; history is saved line by line, and results
            // sent to a file are put in place by the deferred endRedirection.
            if dossier_stop_signal() != 0 { return }
            for warning in editor.warnings.dropFirst(warned.editor) { session.errors.write("warning: \(warning)\n") }
            for warning in (session.tutorial?.warnings ?? []).dropFirst(warned.tutorial) { session.errors.write("warning: \(warning)\n") }
            warned = (editor.warnings.count, session.tutorial?.warnings.count ?? 0)
            switch editor.readLine(prompt: pending.isEmpty ? "dossier> " : "    ...> ") {
            case .endOfInput:
                session.output.write("\n")
                return
            case .interrupted:
                if dossier_stop_signal() != 0 { return }
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
