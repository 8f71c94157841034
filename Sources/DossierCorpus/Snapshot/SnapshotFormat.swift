/// The layout of a snapshot file, all integers little-endian:
///
///     0   magic        8 bytes: 0x89 "DQS" CR LF 0x1A LF (a text-mode copy or a stray
///                      file fails at once, as PNG's signature does)
///     8   version      UInt32, `SnapshotFormat.version`
///     12  sections     UInt32, how many
///     16  length       UInt64, the whole file's length (a cut file is seen before any read)
///     24  checksum     UInt64, of the bytes from 32 to the end of the section table
///     32  build        UInt32 length, then the UTF-8 of the writer's build, padded to 8
///         table        per section: tag (8 bytes, ASCII, space-padded), offset, length,
///                      checksum (UInt64 each)
///         sections     each at an offset that is a multiple of 8
///
/// A section is an array of fixed-width records or a run of bytes, read where it lies in
/// the mapped file. See `CorpusSnapshot` for the sections of a corpus.
public enum SnapshotFormat {
    public static let version: UInt32 = 1
    static let magic: [UInt8] = [0x89, 0x44, 0x51, 0x53, 0x0D, 0x0A, 0x1A, 0x0A]
    static let headerSize = 32
    static let tableEntrySize = 32

    /// `n` rounded up to a multiple of 8.
    static func aligned(_ n: Int) -> Int { (n + 7) & ~7 }

    /// A little-endian integer at `offset`.
    static func integer<T: FixedWidthInteger>(_ bytes: UnsafeRawBufferPointer, _ offset: Int, _: T.Type) -> T {
        T(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: T.self))
    }

    /// Where the section table lies, as the header says: the number of sections, the length
    /// of the build's name, and the table's first and end offsets; nil when they do not fit.
    static func table(in bytes: UnsafeRawBufferPointer) -> (sections: Int, buildLength: Int, start: Int, end: Int)? {
        guard bytes.count >= headerSize + 4 else { return nil }
        let sections = Int(integer(bytes, 12, UInt32.self)), buildLength = Int(integer(bytes, 32, UInt32.self))
        let start = aligned(36 + buildLength)
        guard buildLength <= 4096, sections <= 4096, start + sections * tableEntrySize <= bytes.count else { return nil }
        return (sections, buildLength, start, start + sections * tableEntrySize)
    }
}
