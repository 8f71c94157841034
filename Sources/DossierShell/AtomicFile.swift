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

/// Reads whole text files: scripts, standard input, the history file.
enum TextFile {
    /// The file's text, or nil (with errno set) when it cannot be opened.
    static func read(_ path: String) -> String? {
        guard let file = fopen(path, "rb") else { return nil }
        defer { fclose(file) }
        return read(file)
    }

    static func read(_ file: UnsafeMutablePointer<FILE>) -> String {
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = fread(&buffer, 1, buffer.count, file)
            if n <= 0 { break }
            bytes.append(contentsOf: buffer[0..<n])
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

/// Wall-clock time for `.timer`.
enum Clock {
    static var now: timespec {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return time
    }

    static func milliseconds(since start: timespec) -> String {
        format(elapsed(since: start))
    }

    static func elapsed(since start: timespec) -> Double {
        let end = now
        return Double(end.tv_sec - start.tv_sec) * 1000 + Double(end.tv_nsec - start.tv_nsec) / 1_000_000
    }

    static func format(_ ms: Double) -> String {
        ms < 10 ? String(Double(Int(ms * 100)) / 100) : String(Int(ms.rounded()))
    }
}
