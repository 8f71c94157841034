import DossierCorpus

/// Splits UTF-8 text into words for name matching, on bytes: runs of letters and digits,
/// joined by inner hyphens and apostrophes (straight or curly), so "Kassym-Jomart" and
/// "Tokayev’s" are one word each. Each word carries a key that matching compares: lower
/// case, every apostrophe `'`, every hyphen `-`.
struct WordScanner {
    struct Word {
        /// Byte range in the scanned text.
        var range: Range<Int>
        var key: String
        /// The key without a possessive ending ('s or a trailing '), or nil when it has none.
        var base: String?
        /// Starts with a capital letter (or a non-Latin letter, or a digit).
        var capitalized: Bool
        /// `FNV.hash(key)`, computed once: a word is looked up in many vocabularies.
        var hash: UInt64
        /// `FNV.hash(base)`, or 0 when there is no base.
        var baseHash: UInt64
    }

    static func words(in bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>) -> [Word] {
        var words: [Word] = []
        words.reserveCapacity((range.count / 6) + 1)
        var i = range.lowerBound
        let end = range.upperBound
        // One buffer for every key, emptied and refilled: no allocation per word.
        var key: [UInt8] = []
        key.reserveCapacity(64)
        while i < end {
            let length = wordScalarLength(bytes, at: i, end: end)
            guard length > 0 else { i += scalarLength(bytes[i]); continue }
            let start = i
            key.removeAll(keepingCapacity: true)
            var ascii = true
            while i < end {
                let n = wordScalarLength(bytes, at: i, end: end)
                if n > 0 {
                    let b = bytes[i]
                    if n > 1 { ascii = false }
                    if n == 1 { key.append(b >= 0x41 && b <= 0x5A ? b + 0x20 : b) } else { key.append(contentsOf: bytes[i..<(i + n)]) }
                    i += n
                    continue
                }
                // A joiner: - ' ’ ‐ ‑, kept when a word goes on after it.
                let b = bytes[i]
                var joinerLength = 0
                var folded: UInt8 = 0
                if b == 0x2D || b == 0x27 {
                    (joinerLength, folded) = (1, b)
                } else if b == 0xE2, i + 2 < end, bytes[i + 1] == 0x80, bytes[i + 2] == 0x99 || bytes[i + 2] == 0x90 || bytes[i + 2] == 0x91 {
                    (joinerLength, folded) = (3, bytes[i + 2] == 0x99 ? 0x27 : 0x2D)
                } else {
                    break
                }
                let after = i + joinerLength
                if after < end, wordScalarLength(bytes, at: after, end: end) > 0 {
                    key.append(folded)
                    i = after
                } else {
                    if folded == 0x27 {  // "protesters’": kept for the possessive rule
                        key.append(folded)
                        i = after
                    }
                    break
                }
            }
            let text: String
            let base: String?
            if ascii {
                text = String(decoding: key, as: UTF8.self)
                base = possessiveBase(key)
            } else {
                text = String(decoding: key, as: UTF8.self).lowercased()
                base = possessiveBase(text)
            }
            let first = bytes[start]
            let capitalized = (first >= 0x41 && first <= 0x5A) || (first >= 0x30 && first <= 0x39) || first >= 0xC3
            words.append(Word(range: start..<i, key: text, base: base, capitalized: capitalized,
                              hash: ascii ? FNV.hash(key) : FNV.hash(text), baseHash: base.map { FNV.hash($0) } ?? 0))
        }
        return words
    }

    /// The byte length of the scalar at `i` when it is a letter or digit, else 0. ASCII
    /// letters and digits count; of the other scalars, those of U+0080...U+00BF (« » © and
    /// the like) and of U+2000...U+2FFF (quotes, dashes, symbols) do not.
    @inline(__always)
    static func wordScalarLength(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, end: Int) -> Int {
        let b = bytes[i]
        if b < 0x80 {
            return (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39) ? 1 : 0
        }
        let n = scalarLength(b)
        guard b >= 0xC3, b != 0xE2, i + n <= end else { return 0 }
        return n
    }

    @inline(__always)
    static func scalarLength(_ lead: UInt8) -> Int {
        lead < 0xC0 ? 1 : (lead < 0xE0 ? 2 : (lead < 0xF0 ? 3 : 4))
    }

    /// "tokayev's" -> "tokayev", "protesters'" -> "protesters", from a key's bytes.
    static func possessiveBase(_ key: [UInt8]) -> String? {
        guard let last = key.last, last == 0x27 || last == 0x73 else { return nil }
        if last == 0x27 { return key.count > 1 ? String(decoding: key.dropLast(), as: UTF8.self) : nil }
        guard key.count > 2, key[key.count - 2] == 0x27 else { return nil }
        return String(decoding: key.dropLast(2), as: UTF8.self)
    }

    /// "tokayev's" -> "tokayev", "protesters'" -> "protesters".
    static func possessiveBase(_ key: String) -> String? {
        let utf8 = key.utf8
        guard let last = utf8.last, last == 0x27 || last == 0x73 else { return nil }
        if last == 0x27 { return utf8.count > 1 ? String(key.dropLast()) : nil }
        guard utf8.count > 2, utf8[utf8.index(utf8.endIndex, offsetBy: -2)] == 0x27 else { return nil }
        return String(decoding: utf8.dropLast(2), as: UTF8.self)
    }

    /// The words of a name (an alias from the gazetteer), as keys.
    static func keys(of name: String) -> [String] {
        var bytes = Array(name.utf8)
        return bytes.withUnsafeMutableBufferPointer { buffer in
            words(in: UnsafeBufferPointer(buffer), range: 0..<buffer.count).map(\.key)
        }
    }
}
