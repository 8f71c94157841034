import Foundation

/// Finds exact bytes, case and all, with the C library's `memchr` and `memcmp`: the literal that a
/// regular expression requires (see `RegexLiteral`) is looked for with it before the
/// expression runs.
public struct LiteralMatcher: Sendable {
    public let bytes: [UInt8]

    public init?(_ bytes: [UInt8]) {
        guard !bytes.isEmpty else { return nil }
        self.bytes = bytes
    }

    /// Every occurrence in `text[range]`, overlapping ones included, in order: `memchr`
    /// finds the needle's rarest byte, `memcmp` checks the rest.
    public func occurrences(in text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> [Range<Int>] {
        var hits: [Range<Int>] = []
        guard let base = text.baseAddress else { return hits }
        let offset = bytes.indices.min { ByteScan.frequency(bytes[$0]) < ByteScan.frequency(bytes[$1]) } ?? 0
        let anchor = Int32(bytes[offset])
        let last = range.upperBound - bytes.count + offset + 1
        var i = range.lowerBound + offset
        bytes.withUnsafeBufferPointer { needle in
            guard let needleBase = needle.baseAddress else { return }
            while i < last, let hit = memchr(base + i, anchor, last - i) {
                let at = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                if memcmp(base + at - offset, needleBase, needle.count) == 0 { hits.append((at - offset)..<(at - offset + needle.count)) }
                i = at + 1
            }
        }
        return hits
    }
}
