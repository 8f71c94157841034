import Glibc

/// A file mapped read-only into memory, unmapped when the last reference goes. Pages are
/// read from disk as they are touched and shared with every other process that maps the
/// same file.
public final class MappedFile: @unchecked Sendable {
    public let bytes: UnsafeRawBufferPointer
    /// The file's identity when it was mapped: device and inode.
    let device: UInt64
    let inode: UInt64

    private init(bytes: UnsafeRawBufferPointer, device: UInt64, inode: UInt64) {
        self.bytes = bytes
        self.device = device
        self.inode = inode
    }

    /// Maps the whole file; nil (with the reason) when it cannot be opened or mapped.
    public static func map(_ path: String) -> Result<MappedFile, SnapshotProblem> {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return .failure(.unreadable(String(cString: strerror(errno)))) }
        defer { close(fd) }
        var status = stat()
        guard fstat(fd, &status) == 0 else { return .failure(.unreadable(String(cString: strerror(errno)))) }
        guard status.st_mode & S_IFMT == S_IFREG else { return .failure(.unreadable("not a regular file")) }
        let size = Int(status.st_size)
        guard size > 0 else { return .failure(.truncated) }
        guard let address = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0), address != MAP_FAILED else {
            return .failure(.unreadable(String(cString: strerror(errno))))
        }
        return .success(MappedFile(bytes: UnsafeRawBufferPointer(start: address, count: size),
                                   device: UInt64(status.st_dev), inode: UInt64(status.st_ino)))
    }

    deinit {
        if let base = bytes.baseAddress { munmap(UnsafeMutableRawPointer(mutating: base), bytes.count) }
    }
}
