/// A section to write: its tag, and what writes its bytes, in pieces and only when the
/// writer reaches it, so that one section's buffer is alive at a time and the section of
/// every article body is never copied into one.
public struct SnapshotPart {
    public let tag: String
    let write: ((UnsafeRawBufferPointer) -> Void) -> Void

    public init(tag: String, write: @escaping ((UnsafeRawBufferPointer) -> Void) -> Void) {
        self.tag = tag
        self.write = write
    }

    /// A section whose bytes are encoded when it is written.
    public static func encoded(_ tag: String, _ encode: @escaping () -> [UInt8]) -> SnapshotPart {
        SnapshotPart(tag: tag) { emit in encode().withUnsafeBytes(emit) }
    }
}
