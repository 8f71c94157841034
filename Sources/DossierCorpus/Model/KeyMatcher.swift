import Foundation

/// Finds a name key (see `NameKey`) in raw UTF-8 text without building the text's key: ASCII
/// letters compared without case, any run of white space for one space, curly and other
/// apostrophes for `'`, dashes for `-`. This is what `contains` runs on every row, so it
/// allocates nothing and reads each byte about once. Only ASCII keys are handled; `init`
/// returns nil for others, and callers fall back to comparing keys.
public struct KeyMatcher: Sendable {
    private let key: [UInt8]
    /// Bytes that can start a match: the key's first byte in both cases.
    private let firstLower: UInt8
    private let firstUpper: UInt8

    public init?(key: String) {
        let bytes = Array(key.utf8)
        guard let first = bytes.first, bytes.allSatisfy({ $0 < 0x80 }), first != 0x20, first != 0x27, first != 0x2D else { return nil }
        self.key = bytes
        firstLower = first
        firstUpper = (first >= 0x61 && first <= 0x7A) ? first - 0x20 : first
    }

    /// Whether the key occurs in `bytes[range]`.
    public func occurs(in bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        var i = range.lowerBound
        let end = range.upperBound
        while i < end {
            let b = bytes[i]
            if (b == firstLower || b == firstUpper), matches(bytes, at: i, end: end) { return true }
            i += 1
        }
        return false
    }

    /// Every match in `bytes[range]`, one for each byte a match starts at (so overlapping
    /// matches are all there), in order. The scan looks for the key's rarest letter among
    /// those before its first space, apostrophe or dash (fixed distance from the start), eight
    /// bytes at a time, and tries a match only where that letter is.
    public func occurrences(in bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> [Range<Int>] {
        var hits: [Range<Int>] = []
        guard let base = bytes.baseAddress else { return hits }
        let end = range.upperBound
        ByteScan.positions(of: anchor.byte, foldingCase: anchor.folds, in: base, from: range.lowerBound + anchor.offset, to: end) { at in
            let start = at - anchor.offset
            if let stop = matchEnd(bytes, at: start, end: end) { hits.append(start..<stop) }
        }
        return hits
    }

    /// The byte the scan looks for and its distance from the start of a match.
    private var anchor: (byte: UInt8, offset: Int, folds: Bool) {
        let fixed = key.prefix { $0 != 0x20 && $0 != 0x27 && $0 != 0x2D }
        let offset = fixed.indices.min { ByteScan.frequency(fixed[$0]) < ByteScan.frequency(fixed[$1]) } ?? 0
        let byte = key[offset]
        return (byte, offset, byte >= 0x61 && byte <= 0x7A)
    }

    private func matches(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int, end: Int) -> Bool {
        matchEnd(bytes, at: start, end: end) != nil
    }

    /// Where a match starting at `start` ends, or nil when none starts there.
    private func matchEnd(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int, end: Int) -> Int? {
        var i = start
        for k in key {
            guard i < end else { return nil }
            switch k {
            case 0x20:
                let after = skipSpace(bytes, i, end)
                guard after > i else { return nil }
                i = after
            case 0x27:
                guard let n = apostrophe(bytes, i, end) else { return nil }
                i += n
            case 0x2D:
                guard let n = dash(bytes, i, end) else { return nil }
                i += n
            default:
                let b = bytes[i]
                guard (b >= 0x41 && b <= 0x5A ? b + 0x20 : b) == k else { return nil }
                i += 1
            }
        }
        return i
    }

    /// Past a run of white space: ASCII, no-break (U+00A0) and the spaces of U+2000...U+200A, U+202F.
    private func skipSpace(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int {
        var i = start
        while i < end {
            let b = bytes[i]
            if b == 0x20 || (b >= 0x09 && b <= 0x0D) {
                i += 1
            } else if b == 0xC2, i + 1 < end, bytes[i + 1] == 0xA0 {
                i += 2
            } else if b == 0xE2, i + 2 < end, bytes[i + 1] == 0x80, bytes[i + 2] <= 0x8A || bytes[i + 2] == 0xAF {
                i += 3
            } else {
                break
            }
        }
        return i
    }

    /// The length of an apostrophe at `i`: ' ` ´ ‘ ’ ‛ ʼ.
    private func apostrophe(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Int? {
        let b = bytes[i]
        if b == 0x27 || b == 0x60 { return 1 }
        if b == 0xC2, i + 1 < end, bytes[i + 1] == 0xB4 { return 2 }
        if b == 0xCA, i + 1 < end, bytes[i + 1] == 0xBC { return 2 }
        if b == 0xE2, i + 2 < end, bytes[i + 1] == 0x80, [0x98, 0x99, 0x9B].contains(bytes[i + 2]) { return 3 }
        return nil
    }

    /// The length of a hyphen or dash at `i`: - and U+2010...U+2015, U+2212, soft hyphen.
    private func dash(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Int? {
        let b = bytes[i]
        if b == 0x2D { return 1 }
        if b == 0xC2, i + 1 < end, bytes[i + 1] == 0xAD { return 2 }
        if b == 0xE2, i + 2 < end, bytes[i + 1] == 0x80, (0x90...0x95).contains(bytes[i + 2]) { return 3 }
        if b == 0xE2, i + 2 < end, bytes[i + 1] == 0x88, bytes[i + 2] == 0x92 { return 3 }
        return nil
    }
}

extension NameKey {
    /// Whether `text`'s key equals `key`, without building it when `text` is plain ASCII
    /// (the usual case for kinds, units and outlets).
    public static func matches(_ text: String, key: String) -> Bool {
        let t = text.utf8
        let k = key.utf8
        if t.count == k.count, t.allSatisfy({ $0 < 0x80 && $0 != 0x20 && !($0 >= 0x09 && $0 <= 0x0D) && $0 != 0x60 }) {
            return zip(t, k).allSatisfy { a, b in (a >= 0x41 && a <= 0x5A ? a + 0x20 : a) == b }
        }
        return NameKey.of(text) == key
    }
}
