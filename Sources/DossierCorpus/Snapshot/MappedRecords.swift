/// Fixed-width records in a mapped snapshot section, each decoded when it is read (see `Rows`). The
/// decoding never traps, whatever the bytes: every id and range is clamped into bounds
/// (the section's checksum has already refused damage; this guards against a file made to
/// look whole), so a statement can read any row without a check of its own.
final class MappedRecords<Element: Sendable>: @unchecked Sendable {
    /// Holds the mapping open while any row can be read.
    let file: MappedFile
    let base: UnsafeRawPointer?
    let count: Int
    let width: Int
    let decode: @Sendable (UnsafeRawPointer) -> Element

    init(file: MappedFile, section: SnapshotSection, width: Int, decode: @escaping @Sendable (UnsafeRawPointer) -> Element) throws {
        guard width > 0, section.bytes.count % width == 0 else { throw SnapshotProblem.corrupt(section: section.tag) }
        self.file = file
        self.base = section.bytes.baseAddress
        self.count = section.bytes.count / width
        self.width = width
        self.decode = decode
    }

}
