/// An open snapshot: the mapped file, its header checked (magic, version, length, build,
/// the table's checksum) and its sections found. A section's checksum is checked the first
/// time it is read, so a damaged section is refused before a byte of it is used.
public final class SnapshotFile: @unchecked Sendable {
    public let file: MappedFile
    /// Who wrote it, as the writer named its build.
    public let build: String
    /// The checksum of its header and section table: it names this very file, so that a
    /// file written for it (the indexes saved later) is never read with another.
    public let identity: UInt64
    private var table: [String: (range: Range<Int>, checksum: UInt64)] = [:]
    private(set) var tags: [String] = []

    /// Opens the snapshot at `path`, checking it was written by `build` (any build, with nil).
    public static func open(_ path: String, build: String?) -> Result<SnapshotFile, SnapshotProblem> {
        switch MappedFile.map(path) {
        case .failure(let problem): return .failure(problem)
        case .success(let mapped):
            do { return .success(try SnapshotFile(mapped, build: build)) } catch let problem as SnapshotProblem {
                return .failure(problem)
            } catch {
                return .failure(.unreadable("\(error)"))
            }
        }
    }

    init(_ file: MappedFile, build expected: String?) throws {
        self.file = file
        let bytes = file.bytes
        guard bytes.count >= SnapshotFormat.headerSize + 4 else {
            throw bytes.starts(with: SnapshotFormat.magic.prefix(bytes.count)) ? SnapshotProblem.truncated : .foreign
        }
        guard bytes.starts(with: SnapshotFormat.magic) else { throw SnapshotProblem.foreign }
        func load<T: FixedWidthInteger>(_ offset: Int, _ type: T.Type) -> T { SnapshotFormat.integer(bytes, offset, type) }
        let version = load(8, UInt32.self)
        guard version == SnapshotFormat.version else { throw SnapshotProblem.version(found: version) }
        let length = load(16, UInt64.self)
        guard length <= UInt64(bytes.count) else { throw SnapshotProblem.truncated }
        guard length == UInt64(bytes.count) else { throw SnapshotProblem.corrupt(section: "header") }
        guard let (sections, buildLength, tableStart, tableEnd) = SnapshotFormat.table(in: bytes) else {
            throw SnapshotProblem.corrupt(section: "header")
        }
        guard SnapshotHasher.sum(UnsafeRawBufferPointer(rebasing: bytes[32..<tableEnd])) == load(24, UInt64.self) else {
            throw SnapshotProblem.corrupt(section: "header")
        }
        identity = load(24, UInt64.self)
        build = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[36..<(36 + buildLength)]), as: UTF8.self)
        guard expected == nil || build == expected else { throw SnapshotProblem.otherBuild(build) }
        for n in 0..<sections {
            let entry = tableStart + n * SnapshotFormat.tableEntrySize
            let tag = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[entry..<(entry + 8)]), as: UTF8.self)
                .trimmingSpaces()
            let offset = load(entry + 8, UInt64.self), size = load(entry + 16, UInt64.self)
            guard offset >= UInt64(tableEnd), size <= UInt64(bytes.count), offset <= UInt64(bytes.count) - size else {
                throw SnapshotProblem.corrupt(section: "header")
            }
            table[tag] = (Int(offset)..<Int(offset + size), load(entry + 24, UInt64.self))
            tags.append(tag)
        }
        // Sections do not overlap, and the bytes between them (padding to a multiple of 8)
        // are zero: no byte of the file escapes a check.
        var end = tableEnd
        for range in table.values.map(\.range).sorted(by: { ($0.lowerBound, $0.upperBound) < ($1.lowerBound, $1.upperBound) }) {
            guard range.lowerBound >= end, range.lowerBound - end < 8,
                  bytes[end..<range.lowerBound].allSatisfy({ $0 == 0 }) else { throw SnapshotProblem.corrupt(section: "header") }
            end = range.upperBound
        }
        guard end == bytes.count else { throw SnapshotProblem.corrupt(section: "header") }
    }

    public func has(_ tag: String) -> Bool { table[tag] != nil }

    /// A section's bytes, its checksum checked; `corrupt` when it is missing or damaged.
    public func section(_ tag: String) throws -> SnapshotSection {
        guard let (range, checksum) = table[tag] else { throw SnapshotProblem.corrupt(section: tag) }
        let bytes = UnsafeRawBufferPointer(rebasing: file.bytes[range])
        guard SectionChecksum.sum(bytes) == checksum else { throw SnapshotProblem.corrupt(section: tag) }
        return SnapshotSection(tag: tag, bytes: bytes)
    }
}
