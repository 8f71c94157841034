/// The body of an article: a string just read from its file, or bytes read in place from
/// a snapshot's mapped file (never copied: a reopened corpus of 700 MB of text costs no
/// memory of its own for it, and its pages are shared with every process that maps the
/// snapshot). Either way it is UTF-8, and ranges into it are byte offsets.
public struct ArticleText: Sendable {
    private enum Storage: Sendable {
        case string(String)
        /// `count` bytes at `start` in `file`, checked to be UTF-8 when the snapshot was opened.
        case mapped(MappedFile, start: Int, count: Int)
    }

    private let storage: Storage

    public init(_ string: String) {
        storage = .string(string)
    }

    init(mapped file: MappedFile, start: Int, count: Int) {
        storage = .mapped(file, start: start, count: count)
    }

    /// The number of UTF-8 bytes.
    public var byteCount: Int {
        switch storage {
        case .string(let string): return string.utf8.count
        case .mapped(_, _, let count): return count
        }
    }

    /// Calls `body` with the bytes, without copying them.
    public func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        switch storage {
        case .string(var string):
            return try string.withUTF8(body)
        case .mapped(let file, let start, let count):
            let bytes = UnsafeRawBufferPointer(rebasing: file.bytes[start..<(start + count)])
            return try body(bytes.bindMemory(to: UInt8.self))
        }
    }

    /// The whole text as a string (a copy when it is mapped).
    public var string: String {
        switch storage {
        case .string(let string): return string
        case .mapped: return withBytes { String(decoding: $0, as: UTF8.self) }
        }
    }

    /// The text of a byte range.
    public func text(_ range: Range<Int>) -> String {
        withBytes { bytes in
            let clamped = range.clamped(to: 0..<bytes.count)
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[clamped]), as: UTF8.self)
        }
    }
}
