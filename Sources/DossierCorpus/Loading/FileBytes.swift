import Glibc

/// Reads a whole file into one buffer sized from `fstat`, without Foundation's `Data`. Only
/// regular files are read: a FIFO would block and a device (`/dev/zero`) never ends, so both
/// are refused; so is a file over the limit.
public enum FileBytes {
    public enum Problem: Equatable {
        case notRegular
        case tooLarge(Int)
        /// An errno.
        case system(Int32)
    }

    public enum Outcome { case bytes([UInt8]), directory, problem(Problem) }

    public static func read(_ path: String, limit: Int) -> Outcome {
        // O_NONBLOCK: opening a FIFO with no writer must not wait; regular files ignore it.
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else {
            let code = errno
            return isDirectory(path) ? .directory : .problem(.system(code))
        }
        defer { close(fd) }
        var status = stat()
        guard fstat(fd, &status) == 0 else { return .problem(.system(errno)) }
        switch status.st_mode & S_IFMT {
        case S_IFDIR: return .directory
        case S_IFREG: break
        default: return .problem(.notRegular)
        }
        guard Int(status.st_size) <= limit else { return .problem(.tooLarge(Int(status.st_size))) }
        // Room for the whole file and one byte more, so that the first read takes it all and
        // the second, returning 0, says it has ended; a file that grows meanwhile gets more
        // room, up to the limit.
        var bytes = [UInt8](repeating: 0, count: max(Int(status.st_size), 0) + 1)
        var filled = 0
        while true {
            if filled == bytes.count {
                guard filled <= limit else { return .problem(.tooLarge(filled)) }
                bytes += [UInt8](repeating: 0, count: bytes.count)
            }
            let count = bytes.withUnsafeMutableBytes { buffer in
                buffer.baseAddress.map { Glibc.read(fd, $0 + filled, buffer.count - filled) } ?? 0
            }
            if count < 0 {
                if errno == EINTR { continue }
                return .problem(.system(errno))
            }
            if count == 0 { break }
            filled += count
        }
        bytes.removeLast(bytes.count - filled)
        return .bytes(bytes)
    }

    private static func isDirectory(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFDIR
    }
}
