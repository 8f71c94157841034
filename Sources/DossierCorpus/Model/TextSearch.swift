/// Finds a phrase quoted from an article in the article's text, forgiving what copying a
/// phrase by hand changes: letter case, curly or straight quotes and apostrophes, dash
/// variants and runs of white space.
public enum TextSearch {
    /// Whether `text` holds `needle` byte for byte: a plain scan of the UTF-8 bytes, many
    /// times faster than `String.contains` or Foundation's `range(of:)` on hot paths.
    public static func containsExactly(_ text: String, _ needle: String) -> Bool {
        firstIndex(of: needle, in: text) != nil
    }

    /// The byte offset of the first occurrence of `needle` in `text`, byte for byte.
    public static func firstIndex(of needle: String, in text: String) -> Int? {
        var haystack = text
        return haystack.withUTF8 { firstIndex(of: needle, in: $0) }
    }

    /// The byte offset of the first occurrence of `needle` in `bytes`, byte for byte.
    static func firstIndex(of needle: String, in h: UnsafeBufferPointer<UInt8>) -> Int? {
        var pattern = needle
        return pattern.withUTF8 { n in
            guard let first = n.first else { return 0 }
            guard n.count <= h.count else { return nil }
            var i = 0
            let last = h.count - n.count
            while i <= last {
                if h[i] == first {
                    var k = 1
                    while k < n.count && h[i + k] == n[k] { k += 1 }
                    if k == n.count { return i }
                }
                i += 1
            }
            return nil
        }
    }

    /// `find` in an article's body, which is not copied when the phrase is there as written.
    public static func find(_ phrase: String, in text: ArticleText) -> Range<Int>? {
        if let exact = text.withBytes({ firstIndex(of: phrase, in: $0) }) { return exact..<(exact + phrase.utf8.count) }
        return find(phrase, in: text.string)
    }

    /// The UTF-8 byte range of the first occurrence of `phrase` in `text`: byte for byte when
    /// it is there as written, else after folding case, quotes, dashes and spaces.
    public static func find(_ phrase: String, in text: String) -> Range<Int>? {
        if let exact = firstIndex(of: phrase, in: text) { return exact..<(exact + phrase.utf8.count) }
        let needle = folded(phrase)
        guard !needle.units.isEmpty else { return nil }
        let haystack = folded(text)
        let n = needle.units
        let h = haystack.units
        guard n.count <= h.count else { return nil }
        let first = n[0]
        var i = 0
        while i + n.count <= h.count {
            if h[i] == first {
                var k = 1
                while k < n.count && h[i + k] == n[k] { k += 1 }
                if k == n.count {
                    return haystack.offsets[i]..<haystack.ends[i + n.count - 1]
                }
            }
            i += 1
        }
        return nil
    }

    /// Scalars reduced to a comparable form, each with the byte range it came from.
    private static func folded(_ text: String) -> (units: [UInt32], offsets: [Int], ends: [Int]) {
        var units: [UInt32] = []
        var offsets: [Int] = []
        var ends: [Int] = []
        units.reserveCapacity(text.utf8.count)
        var offset = 0
        var lastWasSpace = false
        for scalar in text.unicodeScalars {
            let width = UTF8.width(scalar)
            defer { offset += width }
            if scalar.isASCII ? (scalar == " " || scalar == "\n" || scalar == "\t" || scalar == "\r") : scalar.properties.isWhitespace {
                if lastWasSpace, !units.isEmpty {
                    ends[ends.count - 1] = offset + width
                    continue
                }
                lastWasSpace = true
                units.append(0x20)
            } else {
                lastWasSpace = false
                units.append(fold(scalar))
            }
            offsets.append(offset)
            ends.append(offset + width)
        }
        return (units, offsets, ends)
    }

    private static func fold(_ scalar: Unicode.Scalar) -> UInt32 {
        switch scalar.value {
        case 0x41...0x5A: return scalar.value + 0x20
        case 0x2018, 0x2019, 0x201B, 0x02BC, 0x0060, 0x00B4: return 0x27
        case 0x201C, 0x201D, 0x201E, 0x00AB, 0x00BB: return 0x22
        case 0x2010...0x2015, 0x2212: return 0x2D
        default:
            if scalar.isASCII { return scalar.value }
            return scalar.properties.lowercaseMapping.unicodeScalars.first?.value ?? scalar.value
        }
    }
}
