@preconcurrency import Glibc

/// Writes a file so that readers see the old contents or the new, never half: the text goes
/// to a temporary file beside it, which is then renamed over the target.
enum AtomicFile {
    /// Nil on success, else what went wrong.
    static func write(_ text: String, to path: String) -> String? {
        let temporary = path + ".tmp-\(getpid())"
        guard let file = fopen(temporary, "wb") else { return String(cString: strerror(errno)) }
        var bytes = Array(text.utf8)
        let written = bytes.withUnsafeMutableBytes { fwrite($0.baseAddress, 1, $0.count, file) }
        let flushed = fflush(file) == 0 && fsync(fileno(file)) == 0
        fclose(file)
        guard written == bytes.count, flushed, rename(temporary, path) == 0 else {
            let problem = String(cString: strerror(errno))
            unlink(temporary)
            return problem
        }
        return nil
    }
}
