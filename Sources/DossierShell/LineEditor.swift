@preconcurrency import Glibc
@preconcurrency import CEditLine
@preconcurrency import EditLineShim

/// Line editing through libedit: one object owns the `EditLine*` and its history, and
/// libedit's C callbacks find it again through the editor's client data.
final class LineEditor {
    enum Input {
        case line(String)
        /// Ctrl-C at the prompt: the typed line is dropped.
        case interrupted
        /// Ctrl-D on an empty line, or input closed.
        case endOfInput
    }

    private let editor: OpaquePointer
    private let history: OpaquePointer
    private var historyFile: String?
    /// What went wrong with the history file (a FIFO, a folder, not a history, not writable),
    /// said once in one line each; the session goes on without it.
    private(set) var warnings: [String] = []
    private var promptText: UnsafeMutablePointer<CChar>
    /// Answers Tab: the candidates for the line up to the cursor.
    var complete: ((String) -> Completer.Completion)?

    init?(program: String, historyFile: String?) {
        LineEditor.useUTF8Locale()
        guard let editor = dossier_el_init(program, dossier_stdin(), dossier_stdout(), dossier_stderr()) else { return nil }
        guard let history = dossier_history_init(1000) else {
            dossier_el_end(editor)
            return nil
        }
        self.editor = editor
        self.history = history
        self.historyFile = historyFile
        self.promptText = strdup("") ?? UnsafeMutablePointer<CChar>.allocate(capacity: 1)
        dossier_history_unique(history, 1)
        dossier_el_set_history(editor, history)
        dossier_el_set_editor(editor, "emacs")
        dossier_el_set_signal(editor, 1)
        dossier_el_set_client_data(editor, Unmanaged.passUnretained(self).toOpaque())
        dossier_el_set_prompt(editor) { editor in
            guard let editor, let data = dossier_el_get_client_data(editor) else { return nil }
            return UnsafePointer(Unmanaged<LineEditor>.fromOpaque(data).takeUnretainedValue().promptText)
        }
        dossier_el_add_function(editor, "dossier-complete", "Complete the word at the cursor") { editor, _ in
            guard let editor, let data = dossier_el_get_client_data(editor) else { return UInt8(CC_ERROR) }
            return Unmanaged<LineEditor>.fromOpaque(data).takeUnretainedValue().completeAtCursor()
        }
        dossier_el_source(editor, nil)  // ~/.editrc first, then the keys Dossier needs
        dossier_el_bind(editor, "^I", "dossier-complete")
        if let historyFile { loadHistory(historyFile) }
    }

    /// Loads the history file when it is a regular file that libedit can read; a missing one
    /// is made by the first save. Anything else is a warning, and history is not kept.
    private func loadHistory(_ path: String) {
        var status = stat()
        guard stat(path, &status) == 0 else {
            if errno != ENOENT { dropHistory("cannot read the history file \(path): \(String(cString: strerror(errno)))") }
            return
        }
        guard status.st_mode & S_IFMT == S_IFREG else {
            dropHistory("the history file \(path) is not a regular file (a folder, a pipe or a device)")
            return
        }
        guard access(path, R_OK) == 0 else {
            dropHistory("cannot read the history file \(path): \(String(cString: strerror(errno)))")
            return
        }
        if status.st_size > 0, dossier_history_load(history, path) < 0 {
            dropHistory("the history file \(path) is not one Dossier wrote (move it away to keep a new history)")
        }
    }

    private func dropHistory(_ warning: String) {
        warnings.append(warning + "; history is not saved this session")
        historyFile = nil
    }

    deinit {
        dossier_history_end(history)
        dossier_el_end(editor)
        free(promptText)
    }

    func readLine(prompt: String) -> Input {
        free(promptText)
        promptText = strdup(prompt) ?? UnsafeMutablePointer<CChar>.allocate(capacity: 1)
        // A Ctrl-C that came between two prompts counts as one at this prompt.
        if dossier_interrupted() != 0 {
            dossier_clear_interrupt()
            return .interrupted
        }
        var count: Int32 = 0
        guard let line = el_gets(editor, &count) else {
            if dossier_interrupted() != 0 || (count == -1 && errno == EINTR) {
                dossier_clear_interrupt()
                return .interrupted
            }
            return .endOfInput
        }
        var text = String(cString: line)
        if text.hasSuffix("\n") { text.removeLast() }
        return .line(text)
    }

    /// Tab: one candidate is inserted; several are narrowed to their common prefix, or
    /// listed in columns when there is nothing more to insert.
    private func completeAtCursor() -> UInt8 {
        guard let complete, let info = el_line(editor) else { return UInt8(CC_ERROR) }
        let start = UnsafeRawPointer(info.pointee.buffer)
        let cursor = UnsafeRawPointer(info.pointee.cursor)
        guard let start, let cursor else { return UInt8(CC_ERROR) }
        let length = cursor - start
        let line = String(decoding: UnsafeRawBufferPointer(start: start, count: max(0, length)), as: UTF8.self)
        let completion = complete(line)
        guard !completion.candidates.isEmpty else { return UInt8(CC_ERROR) }
        if completion.candidates.count == 1 {
            let candidate = completion.candidates[0]
            replace(completion.partial, with: candidate.hasSuffix("/") ? candidate : candidate + " ")
            return UInt8(CC_REFRESH)
        }
        let common = LineEditor.commonPrefix(completion.candidates)
        if common.unicodeScalars.count > completion.partial.unicodeScalars.count {
            replace(completion.partial, with: common)
            return UInt8(CC_REFRESH)
        }
        let width = terminalWidth ?? 80
        TextSink.standardOutput.write("\n" + LineEditor.columns(completion.candidates, width: width))
        return UInt8(CC_REDISPLAY)
    }

    private func replace(_ partial: String, with text: String) {
        el_deletestr(editor, Int32(partial.unicodeScalars.count))
        el_insertstr(editor, text)
    }

    static func commonPrefix(_ words: [String]) -> String {
        guard var prefix = words.first.map({ Array($0.unicodeScalars) }) else { return "" }
        for word in words.dropFirst() {
            let scalars = Array(word.unicodeScalars)
            var n = 0
            while n < prefix.count, n < scalars.count, prefix[n] == scalars[n] { n += 1 }
            prefix = Array(prefix[..<n])
        }
        var text = String.UnicodeScalarView()
        text.append(contentsOf: prefix)
        return String(text)
    }

    /// Candidates in columns, filled down then across, as shells list them.
    static func columns(_ words: [String], width: Int) -> String {
        let cell = (words.map(\.count).max() ?? 0) + 2
        let perRow = max(1, width / max(1, cell))
        let rows = (words.count + perRow - 1) / perRow
        var out = ""
        for r in 0..<rows {
            var line = ""
            for c in 0..<perRow {
                let index = c * rows + r
                guard index < words.count else { break }
                line += words[index].padding(cell)
            }
            out += line.trimmingSpaces() + "\n"
        }
        return out
    }

    /// The history, oldest first.
    var entries: [String] {
        guard let historyFile, let text = TextFile.read(historyFile) else { return [] }
        return text.split(separator: "\n").dropFirst().map { LineEditor.unvis(String($0)) }
    }

    /// libedit saves entries with strvis(3) encoding (a space is "\\040"); decodes the octal escapes.
    static func unvis(_ line: String) -> String {
        var bytes: [UInt8] = []
        let source = Array(line.utf8)
        var i = 0
        while i < source.count {
            if source[i] == 0x5C, i + 3 < source.count,
               let value = UInt8(String(decoding: source[(i + 1)...(i + 3)], as: UTF8.self), radix: 8) {
                bytes.append(value)
                i += 4
            } else {
                bytes.append(source[i])
                i += 1
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Adds an entry and saves the history file at once, so a crash loses nothing.
    func remember(_ entry: String) {
        dossier_history_enter(history, entry)
        if let historyFile, dossier_history_save(history, historyFile) < 0 {
            dropHistory("cannot write the history file \(historyFile)")
        }
    }

    var terminalWidth: Int? {
        let width = Int(dossier_el_get_terminal_width(editor))
        return width > 0 ? width : nil
    }

    /// libedit decodes input with the current locale; without a UTF-8 one, "Алматы" and
    /// curly quotes are dropped. Use the environment's locale, else C.UTF-8.
    static func useUTF8Locale() {
        setlocale(LC_ALL, "")
        let codeset = String(cString: nl_langinfo(nl_item(CODESET)))
        if codeset.uppercased().replacingOccurrences(of: "-", with: "") != "UTF8" {
            setlocale(LC_CTYPE, "C.UTF-8")
        }
    }

    /// `$XDG_STATE_HOME/dossier/history`, else `~/.local/state/dossier/history`; the folder is
    /// made when missing. Nil when there is no home to put it in.
    static func defaultHistoryFile() -> String? {
        let base: String
        // The XDG spec: a relative path in the variable is ignored.
        if let state = getenv("XDG_STATE_HOME"), state.pointee == 0x2F {
            base = String(cString: state)
        } else if let home = getenv("HOME"), home.pointee == 0x2F {
            base = String(cString: home) + "/.local/state"
        } else {
            return nil
        }
        let directory = base + "/dossier"
        var path = ""
        for part in directory.split(separator: "/") {
            path += "/" + part
            mkdir(path, 0o755)
        }
        return directory + "/history"
    }
}
