@preconcurrency import Glibc
import DossierCorpus
import EditLineShim

/// What the process is connected to, asked once where needed: a terminal gets a prompt,
/// colour and sized tables; a pipe gets plain text.
public enum Terminal {
    public static func isTerminal(_ fd: Int32) -> Bool {
        isatty(fd) == 1
    }

    /// Columns of the terminal on `fd`, or nil when it is not a terminal.
    public static func width(_ fd: Int32 = STDOUT_FILENO) -> Int? {
        var size = winsize()
        guard isatty(fd) == 1, ioctl(fd, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }

    /// Rows of the terminal on `fd`, or nil when it is not a terminal.
    public static func height(_ fd: Int32 = STDOUT_FILENO) -> Int? {
        var size = winsize()
        guard isatty(fd) == 1, ioctl(fd, UInt(TIOCGWINSZ), &size) == 0, size.ws_row > 0 else { return nil }
        return Int(size.ws_row)
    }

    /// Shows text through `$PAGER` (default `less -FRX`) when standard output is a terminal
    /// and the text is taller than it, as psql does. Returns whether it did.
    static func page(_ text: String) -> Bool {
        guard let rows = height(), text.utf8.lazy.filter({ $0 == 0x0A }).count >= rows - 1 else { return false }
        let command = getenv("PAGER").map { String(cString: $0) } ?? "less -FRX"
        guard !command.trimmingSpaces().isEmpty, let pipe = popen(command, "w") else { return false }
        var bytes = Array(text.utf8)
        _ = bytes.withUnsafeMutableBytes { fwrite($0.baseAddress, 1, $0.count, pipe) }
        pclose(pipe)
        return true
    }

    /// Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org).
    public static func wantsColor(_ fd: Int32) -> Bool {
        guard isTerminal(fd), getenv("NO_COLOR") == nil else { return false }
        if let term = getenv("TERM"), String(cString: term) == "dumb" { return false }
        return true
    }
}
