@preconcurrency import Glibc
import DossierQuery
@preconcurrency import EditLineShim

/// Statements piped on standard input, run as they arrive, as sqlite3 runs them: a line at a
/// time, each statement once the parser says it is complete, each dot-command at once. So
/// `tail -f statements.dq | dossier` answers each statement when it comes, and an endless
/// stream (`yes 'articles count' | dossier`) runs in constant memory. Without `--keep-going`
/// the first statement that fails ends the input.
enum StandardInput {
    /// A line longer than this is cut into an error, not held in memory without end.
    static let maximumLineBytes = 16 << 20

    static func run(session: Session, keepGoing: Bool) {
        let input = dossier_stdin()
        var buffer: UnsafeMutablePointer<CChar>?
        var capacity = 0
        defer { free(buffer) }
        var pending = ""
        var pendingStart = 1
        var number = 0
        while !session.interrupted, dossier_stop_signal() == 0 {
            errno = 0
            let count = getline(&buffer, &capacity, input)
            guard count >= 0, let buffer else {
                if errno == EINTR, dossier_interrupted() == 0 { clearerr(input); continue }
                break
            }
            number += 1
            guard count <= maximumLineBytes else {
                session.report([.error("line \(number) of standard input is longer than \(maximumLineBytes) bytes; it was skipped",
                                       file: "<stdin>", hint: "put one statement per line, or a few lines each")])
                if !keepGoing { return }
                continue
            }
            var line = String(decoding: UnsafeRawBufferPointer(start: buffer, count: count), as: UTF8.self)
            if line.hasSuffix("\n") { line.removeLast() }
            if line.hasSuffix("\r") { line.removeLast() }
            if pending.isEmpty {
                let trimmed = line.trimmingSpaces()
                if trimmed.isEmpty { continue }
                if trimmed.hasPrefix(".") {
                    let before = session.hadError
                    if DotCommand.run(line, session: session, origin: DotCommand.Origin(file: "<stdin>", line: number)) == .quit { return }
                    if session.hadError && !before && !keepGoing { return }
                    continue
                }
                pendingStart = number
                pending = line
            } else {
                pending += "\n" + line
            }
            if Parser.isIncomplete(pending) { continue }
            let ok = keepGoing
                ? session.runEach(pending, file: "<stdin>", firstLine: pendingStart)
                : session.run(pending, file: "<stdin>", firstLine: pendingStart)
            pending = ""
            if !ok && !keepGoing { return }
        }
        // An unfinished statement at the end gets its error ("expected ...").
        if !pending.isEmpty, !session.interrupted {
            _ = keepGoing
                ? session.runEach(pending, file: "<stdin>", firstLine: pendingStart)
                : session.run(pending, file: "<stdin>", firstLine: pendingStart)
        }
    }
}
