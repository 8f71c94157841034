@preconcurrency import Glibc
import DossierCorpus
@preconcurrency import EditLineShim

/// What the user sees of a load: a progress line redrawn in place on standard error when
/// that is a terminal (nothing otherwise), Ctrl-C to stop it, and with `.timer on` (or
/// `--timer`) how long it took, measured as the benchmark measures it.
enum LoadReport {
    /// Progress for a load; on a terminal it draws its line, and Ctrl-C (the interrupt flag)
    /// cancels it either way.
    static func progress() -> LoadProgress {
        let draws = Terminal.isTerminal(STDERR_FILENO)
        return LoadProgress(report: { snapshot in
            if draws { TextSink.standardError.write("\r\u{1B}[K" + line(snapshot)) }
        }, isCancelled: { dossier_interrupted() != 0 }, quietSeconds: 0.5)
    }

    /// Clears the progress line, if one was drawn.
    static func finish() {
        if Terminal.isTerminal(STDERR_FILENO) { TextSink.standardError.write("\r\u{1B}[K") }
    }

    /// "extracting 3,000 of 10,000 articles (30%), 20.4 MB at 8.1 MB/s, about 9 s left"
    static func line(_ s: LoadProgress.Snapshot) -> String {
        let percent = s.total > 0 ? s.done * 100 / s.total : 100
        let counted = s.stage == .saving ? "saving the snapshot: \(s.done) of \(s.total) sections"
            : "\(s.stage.rawValue) \(grouped(s.done)) of \(grouped(s.total)) articles"
        var text = "\(counted) (\(percent)%), "
            + "\(megabytes(Double(s.bytes))) MB at \(megabytes(s.rate)) MB/s"
        if let left = s.secondsLeft, s.done < s.total { text += ", about \(Int(left.rounded(.up))) s left" }
        return text + " (Ctrl-C stops)"
    }

    /// "load: 10,000 articles, 67.9 MB of text in 7.95 s (8.5 MB/s), peak memory 492 MB;
    /// extracted, then saved to PATH (list files 9.1 ms, read and extract 7512 ms, ...)"
    static func summary(_ corpus: Corpus, milliseconds: Double, steps: LoadSteps) -> String {
        let bytes = corpus.articles.reduce(0) { $0 + $1.body.byteCount }
        let seconds = milliseconds / 1000
        let took = seconds < 1 ? "\(Clock.format(milliseconds)) ms"
            : seconds < 10 ? "\(Double(Int(seconds * 100)) / 100) s" : "\(Int(seconds.rounded())) s"
        return "load: \(grouped(corpus.articles.count)) articles, \(megabytes(Double(bytes))) MB of text in \(took) "
            + "(\(megabytes(seconds > 0 ? Double(bytes) / seconds : 0)) MB/s), peak memory \(Int(LoadProgress.peakMegabytes())) MB; "
            + steps.description + "\n"
    }

    static func megabytes(_ bytes: Double) -> String {
        bytes < 10_000_000 ? String(Double(Int(bytes / 10_000)) / 100) : String(Double(Int(bytes / 100_000)) / 10)
    }

    static func grouped(_ n: Int) -> String {
        var digits = String(n)
        var groups: [Substring] = []
        while digits.count > 3 {
            groups.insert(Substring(digits.suffix(3)), at: 0)
            digits.removeLast(3)
        }
        groups.insert(Substring(digits), at: 0)
        return groups.joined(separator: ",")
    }
}
