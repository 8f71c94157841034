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
    private let historyFile: String?
    private var promptText: UnsafeMutablePointer<CChar>

    init?(program: String, historyFile: String?) {
        LineEditor.useUTF8Locale()
        guard let editor = dossier_el_init(program, stdin, stdout, stderr) else { return nil }
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
        dossier_el_source(editor, nil)  // ~/.editrc
        if let historyFile { dossier_history_load(history, historyFile) }
    }

    deinit {
        dossier_history_end(history)
        dossier_el_end(editor)
        free(promptText)
    }

    func readLine(prompt: String) -> Input {
        free(promptText)
        promptText = strdup(prompt) ?? UnsafeMutablePointer<CChar>.allocate(capacity: 1)
        dossier_clear_interrupt()
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

    /// Adds an entry and saves the history file at once, so a crash loses nothing.
    func remember(_ entry: String) {
        dossier_history_enter(history, entry)
        if let historyFile { dossier_history_save(history, historyFile) }
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
        if let state = getenv("XDG_STATE_HOME"), state.pointee != 0 {
            base = String(cString: state)
        } else if let home = getenv("HOME"), home.pointee != 0 {
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

extension String {
    func replacingOccurrences(of target: String, with replacement: String) -> String {
        split(separator: Character(target), omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
