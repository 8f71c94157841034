/// Where words start and end, for `has`: a word is a run of letters and digits of any
/// script, so "war" is a word of "the war," and of "war-torn" (a dash separates words),
/// but not of "toward". Works on raw UTF-8, looking at the one scalar on each side of a
/// match.
public enum WordBoundary {
    /// Whether a scalar is part of words: a letter or a digit.
    public static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let v = scalar.value
            return (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A)
        }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    /// Whether the scalar that ends just before `index` (not before `lower`) is a word scalar.
    public static func wordScalar(endingAt index: Int, in bytes: UnsafeBufferPointer<UInt8>, lower: Int) -> Bool {
        guard index > lower else { return false }
        let last = bytes[index - 1]
        if last < 0x80 { return isWordScalar(Unicode.Scalar(last)) }
        var start = index - 1
        while start > lower, start > index - 4, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return scalar(in: bytes, start..<index).map(isWordScalar) ?? false
    }

    /// Whether the scalar that starts at `index` (before `upper`) is a word scalar.
    public static func wordScalar(startingAt index: Int, in bytes: UnsafeBufferPointer<UInt8>, upper: Int) -> Bool {
        guard index < upper else { return false }
        let first = bytes[index]
        if first < 0x80 { return isWordScalar(Unicode.Scalar(first)) }
        var end = index + 1
        while end < upper, end < index + 4, bytes[end] & 0xC0 == 0x80 { end += 1 }
        return scalar(in: bytes, index..<end).map(isWordScalar) ?? false
    }

    private static func scalar(in bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Unicode.Scalar? {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self).unicodeScalars.first
    }

    /// Whether the match `hit` of a phrase in `bytes[range]` stands as whole words: no word
    /// scalar just before it when the phrase starts with one, none just after it when the
    /// phrase ends with one.
    public static func isWhole(_ hit: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>,
                               startsWithWord: Bool, endsWithWord: Bool) -> Bool {
        if startsWithWord, wordScalar(endingAt: hit.lowerBound, in: bytes, lower: range.lowerBound) { return false }
        if endsWithWord, wordScalar(startingAt: hit.upperBound, in: bytes, upper: range.upperBound) { return false }
        return true
    }

    /// Whether `key` (a name key, see `NameKey`) occurs in `text` (a name key too) as whole
    /// words: the meaning of `has` on text that is not a stretch of an article.
    public static func holds(_ text: String, _ key: String) -> Bool {
        let needle = Array(key.utf8)
        guard let first = needle.first, let edges = edges(of: key) else { return false }
        return text.withBytes { bytes in
            var i = 0
            while i + needle.count <= bytes.count {
                if bytes[i] == first, bytes[i..<(i + needle.count)].elementsEqual(needle),
                   isWhole(i..<(i + needle.count), in: bytes, 0..<bytes.count, startsWithWord: edges.start, endsWithWord: edges.end) {
                    return true
                }
                i += 1
            }
            return false
        }
    }

    /// Whether a phrase starts and ends with a word scalar; nil for an empty phrase.
    public static func edges(of phrase: String) -> (start: Bool, end: Bool)? {
        guard let first = phrase.unicodeScalars.first, let last = phrase.unicodeScalars.last else { return nil }
        return (isWordScalar(first), isWordScalar(last))
    }
}
