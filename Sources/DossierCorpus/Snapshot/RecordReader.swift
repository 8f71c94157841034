/// Reads the fields of fixed-width records in a mapped snapshot, clamping every value into
/// what the corpus allows: an article id to the articles, a byte range to its article's
/// body, a string number to the string table. Whatever the bytes, a row comes out that the
/// query layer can use without trapping.
///
/// A class, so that the closures that decode rows share one reader and a row costs no
/// reference counting of its tables.
final class RecordReader: @unchecked Sendable {
    let articleCount: Int
    let paragraphCount: Int
    let sentenceCount: Int
    let entityCount: Int
    /// The byte length of each article's body.
    private let lengths: UnsafeMutableBufferPointer<Int>
    let strings: [String]
    /// The `CANDIDAT` section: the candidate entities of ambiguous mentions, as Int32s.
    let candidates: UnsafeRawBufferPointer

    init(articleCount: Int, paragraphCount: Int, sentenceCount: Int, entityCount: Int, lengths: [Int], strings: [String],
         candidates: UnsafeRawBufferPointer) {
        (self.articleCount, self.paragraphCount, self.sentenceCount, self.entityCount) = (articleCount, paragraphCount, sentenceCount, entityCount)
        self.lengths = UnsafeMutableBufferPointer<Int>.allocate(capacity: lengths.count)
        _ = self.lengths.initialize(from: lengths)
        self.strings = strings
        self.candidates = candidates
    }

    deinit { lengths.deallocate() }

    @inline(__always)
    static func int32(_ p: UnsafeRawPointer, _ offset: Int) -> Int {
        Int(Int32(littleEndian: p.loadUnaligned(fromByteOffset: offset, as: Int32.self)))
    }

    @inline(__always)
    static func double(_ p: UnsafeRawPointer, _ offset: Int) -> Double {
        Double(bitPattern: UInt64(littleEndian: p.loadUnaligned(fromByteOffset: offset, as: UInt64.self)))
    }

    @inline(__always)
    static func byte(_ p: UnsafeRawPointer, _ offset: Int) -> UInt8 {
        p.load(fromByteOffset: offset, as: UInt8.self)
    }

    /// An id below `bound`; 0 for one that is not.
    @inline(__always)
    func index(_ p: UnsafeRawPointer, _ offset: Int, below bound: Int) -> Int {
        let value = Self.int32(p, offset)
        return value >= 0 && value < bound ? value : 0
    }

    /// An id below `bound`, or nil (-1, or one out of bounds).
    @inline(__always)
    func optionalIndex(_ p: UnsafeRawPointer, _ offset: Int, below bound: Int) -> Int? {
        let value = Self.int32(p, offset)
        return value >= 0 && value < bound ? value : nil
    }

    @inline(__always)
    func article(_ p: UnsafeRawPointer, _ offset: Int) -> Int { index(p, offset, below: articleCount) }

    @inline(__always)
    func length(of article: Int) -> Int { article < lengths.count ? lengths[article] : 0 }

    /// A byte range of an article's body, at `offset` (start) and `offset + 4` (end).
    @inline(__always)
    func range(_ p: UnsafeRawPointer, _ offset: Int, in article: Int) -> Range<Int> {
        let limit = length(of: article)
        let low = min(max(Self.int32(p, offset), 0), limit)
        return low..<min(max(Self.int32(p, offset + 4), low), limit)
    }

    /// A range that may be absent (both ends -1).
    @inline(__always)
    func optionalRange(_ p: UnsafeRawPointer, _ offset: Int, in article: Int) -> Range<Int>? {
        Self.int32(p, offset) < 0 ? nil : range(p, offset, in: article)
    }

    @inline(__always)
    func optionalString(_ p: UnsafeRawPointer, _ offset: Int) -> String? {
        let number = Int(UInt32(littleEndian: p.loadUnaligned(fromByteOffset: offset, as: UInt32.self)))
        return number < strings.count ? strings[number] : nil
    }

    @inline(__always)
    func string(_ p: UnsafeRawPointer, _ offset: Int) -> String { optionalString(p, offset) ?? "" }

    @inline(__always)
    static func date(_ p: UnsafeRawPointer, _ offset: Int) -> PartialDate? {
        PartialDate(bits: Int32(littleEndian: p.loadUnaligned(fromByteOffset: offset, as: Int32.self)))
    }

    @inline(__always)
    static func optionalDouble(_ p: UnsafeRawPointer, _ offset: Int) -> Double? {
        byte(p, offset) == 0 ? nil : double(p, offset + 1)
    }
}
