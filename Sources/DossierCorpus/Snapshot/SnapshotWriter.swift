import Glibc

/// Writes a snapshot atomically: into a temporary file beside the target, which is renamed
/// over it only once every byte is written. A run that is stopped or fails midway leaves
/// the previous snapshot (or none) and a temporary file that the next write removes; a
/// reader never sees half a file. Two processes writing at once each rename a whole file:
/// the later one wins.
public struct SnapshotWriter {
    public let path: String
    public let build: String

    public init(path: String, build: String) {
        self.path = path
        self.build = build
    }

    /// Writes the parts; returns why not when the file could not be written (the target is
    /// then untouched). `isCancelled` is asked between parts.
    public func write(_ parts: [SnapshotPart], isCancelled: () -> Bool = { false }) -> String? {
        switch written(parts, progress: nil, isCancelled: isCancelled) {
        case .success: return nil
        case .failure(let failure): return failure.reason
        }
    }

    /// Why a snapshot could not be written.
    public struct Failure: Error {
        public let reason: String

        public init(reason: String) {
            self.reason = reason
        }
    }

    /// Writes the parts; the new file's identity (see `SnapshotFile.identity`), or why not.
    public func written(_ parts: [SnapshotPart], progress: LoadProgress? = nil,
                        isCancelled: () -> Bool = { false }) -> Result<UInt64, Failure> {
        progress?.begin(.saving, total: parts.count)
        var identity: UInt64 = 0
        removeStaleTemporaries()
        let temporary = "\(path).tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else { return .failure(Failure(reason: String(cString: strerror(errno)))) }
        var output = BufferedOutput(fd: fd)
        let buildBytes = Array(build.utf8)
        let tableStart = SnapshotFormat.aligned(36 + buildBytes.count)
        var offset = tableStart + parts.count * SnapshotFormat.tableEntrySize
        var table: [UInt8] = []
        output.skip(to: offset)
        var failure: String?
        for part in parts {
            if isCancelled() { failure = "stopped"; break }
            offset = SnapshotFormat.aligned(offset)
            output.skip(to: offset)
            var hasher = SectionChecksum()
            var written = 0
            part.write { piece in
                hasher.update(piece)
                output.write(piece)
                written += piece.count
            }
            progress?.advance(bytes: written)
            let tag = Array((part.tag + String(repeating: " ", count: 8)).utf8.prefix(8))
            table += tag
            for value in [UInt64(offset), UInt64(written), hasher.finish()] { withUnsafeBytes(of: value.littleEndian) { table += $0 } }
            offset += written
        }
        if failure == nil { failure = output.flush() }
        if failure == nil {
            var header = SnapshotFormat.magic
            for value in [SnapshotFormat.version, UInt32(parts.count)] { withUnsafeBytes(of: value.littleEndian) { header += $0 } }
            withUnsafeBytes(of: UInt64(offset).littleEndian) { header += $0 }
            var covered: [UInt8] = []
            withUnsafeBytes(of: UInt32(buildBytes.count).littleEndian) { covered += $0 }
            covered += buildBytes
            covered += [UInt8](repeating: 0, count: tableStart - 32 - covered.count)
            covered += table
            let checksum = covered.withUnsafeBytes(SnapshotHasher.sum)
            identity = checksum
            withUnsafeBytes(of: checksum.littleEndian) { header += $0 }
            header += covered
            failure = BufferedOutput.writeAll(fd, header, at: 0)
        }
        if close(fd) != 0, failure == nil { failure = String(cString: strerror(errno)) }
        if failure == nil, rename(temporary, path) != 0 { failure = String(cString: strerror(errno)) }
        if let failure {
            unlink(temporary)
            return .failure(Failure(reason: failure))
        }
        return .success(identity)
    }

    /// Temporary files of earlier writes whose process is gone (stopped by a signal or a
    /// power cut before it could rename or remove its file).
    private func removeStaleTemporaries() {
        let folder = path.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let directory = opendir(folder.isEmpty ? "." : folder) else { return }
        defer { closedir(directory) }
        while let entry = readdir(directory) {
            let file = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            guard file.hasPrefix(name + ".tmp-") else { continue }
            let pid = file.dropFirst(name.count + 5).split(separator: "-").first.flatMap { Int32($0) } ?? 0
            // A live process may be writing it; kill(pid, 0) fails with ESRCH when none has that id.
            if pid > 0, kill(pid, 0) == 0 || errno != ESRCH { continue }
            unlink((folder.isEmpty ? "" : folder + "/") + file)
        }
    }
}

/// Writes through a buffer of a few megabytes, so that millions of small pieces cost a few
/// hundred system calls.
private struct BufferedOutput {
    let fd: Int32
    private var buffer: [UInt8] = []
    private var position = 0
    private var failure: String?

    init(fd: Int32) {
        self.fd = fd
        buffer.reserveCapacity(Self.capacity)
    }

    private static let capacity = 4 << 20

    /// Pads with zeros up to `offset`.
    mutating func skip(to offset: Int) {
        let gap = offset - position - buffer.count
        if gap > 0 { write([UInt8](repeating: 0, count: gap)) }
    }

    mutating func write(_ bytes: [UInt8]) { bytes.withUnsafeBytes { write($0) } }

    mutating func write(_ piece: UnsafeRawBufferPointer) {
        if buffer.count + piece.count > Self.capacity { _ = flush() }
        if piece.count >= Self.capacity {
            if failure == nil { failure = Self.writeAll(fd, piece, at: position) }
            position += piece.count
            return
        }
        buffer.append(contentsOf: piece)
    }

    /// Writes what is buffered; the first failure, if any.
    mutating func flush() -> String? {
        if !buffer.isEmpty {
            if failure == nil { failure = Self.writeAll(fd, buffer, at: position) }
            position += buffer.count
            buffer.removeAll(keepingCapacity: true)
        }
        return failure
    }

    static func writeAll(_ fd: Int32, _ bytes: [UInt8], at offset: Int) -> String? {
        bytes.withUnsafeBytes { writeAll(fd, $0, at: offset) }
    }

    static func writeAll(_ fd: Int32, _ bytes: UnsafeRawBufferPointer, at offset: Int) -> String? {
        var done = 0
        while done < bytes.count {
            guard let base = bytes.baseAddress else { return nil }
            let count = pwrite(fd, base + done, bytes.count - done, off_t(offset + done))
            if count < 0 {
                if errno == EINTR { continue }
                return String(cString: strerror(errno))
            }
            done += count
        }
        return nil
    }
}
