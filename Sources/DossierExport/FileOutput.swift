import Glibc

/// Writes one file through a buffer into a temporary name beside it, renamed over the file
/// only when every byte is written: an export that fails midway leaves no half file.
final class FileOutput {
    let path: String
    private let temporary: String
    private var fd: Int32
    private var buffer: [UInt8] = []

    init(path: String) throws {
        self.path = path
        temporary = "\(path).tmp-\(getpid())"
        fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw ExportError("cannot write \(path): \(String(cString: strerror(errno)))") }
        buffer.reserveCapacity(1 << 20)
    }

    deinit {
        if fd >= 0 {
            close(fd)
            unlink(temporary)
        }
    }

    func write(_ text: String) throws {
        var text = text
        text.withUTF8 { buffer.append(contentsOf: $0) }
        if buffer.count >= 1 << 20 { try flush() }
    }

    private func flush() throws {
        var done = 0
        while done < buffer.count {
            let count = buffer.withUnsafeBytes { bytes in bytes.baseAddress.map { Glibc.write(fd, $0 + done, bytes.count - done) } ?? 0 }
            if count < 0 {
                if errno == EINTR { continue }
                throw ExportError("cannot write \(path): \(String(cString: strerror(errno)))")
            }
            done += count
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Writes what is left and puts the file in place.
    func finish() throws {
        try flush()
        let status = close(fd)
        fd = -1
        guard status == 0, rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw ExportError("cannot write \(path): \(reason)")
        }
    }
}
