/// Splits an article body into paragraphs (blocks separated by blank lines) and sentences,
/// by byte ranges, working on UTF-8 bytes.
///
/// The sentence rule: a sentence ends at `.`, `!`, `?` or `…`, possibly followed by closing
/// quotes or brackets, when white space and then a capital, a digit or an opening quote
/// follow, unless the word before the stop is a known abbreviation ("Mr.", "Jan.", "U.S.")
/// or a single capital (an initial).
public enum Segmenter {
    /// A paragraph's byte range and the byte ranges of its sentences.
    public struct Block: Sendable {
        public var paragraph: Range<Int>
        public var sentences: [Range<Int>]
    }

    /// The paragraphs of a body and their sentences, in order.
    public static func segment(_ text: String) -> [Block] {
        let bytes = Array(text.utf8)
        return paragraphs(bytes).map { Block(paragraph: $0, sentences: sentences(bytes, in: $0)) }
    }

    /// Byte ranges of the paragraphs, trimmed of surrounding white space.
    static func paragraphs(_ bytes: [UInt8]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var lineStart = 0
        var blockStart: Int?
        var blockEnd = 0
        for i in 0...bytes.count where i == bytes.count || bytes[i] == 0x0A {
            if isBlank(bytes, lineStart..<i) {
                if let start = blockStart { result.append(trimmed(bytes, start..<blockEnd)) }
                blockStart = nil
            } else {
                if blockStart == nil { blockStart = lineStart }
                blockEnd = i
            }
            lineStart = i + 1
        }
        if let start = blockStart { result.append(trimmed(bytes, start..<blockEnd)) }
        return result
    }

    /// Byte ranges of the sentences within one paragraph's range.
    static func sentences(_ bytes: [UInt8], in range: Range<Int>) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = range.lowerBound
        var i = range.lowerBound
        while i < range.upperBound {
            if let end = sentenceEnd(bytes, at: i, limit: range.upperBound) {
                let sentence = trimmed(bytes, start..<end)
                if !sentence.isEmpty { result.append(sentence) }
                start = end
                i = end
            } else {
                i += 1
            }
        }
        let last = trimmed(bytes, start..<range.upperBound)
        if !last.isEmpty { result.append(last) }
        return result
    }

    /// When a sentence ends with the stop at `i`, the offset just past it (and its closing
    /// quotes); otherwise nil.
    static func sentenceEnd(_ b: [UInt8], at i: Int, limit: Int) -> Int? {
        let stopLength: Int
        switch b[i] {
        case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"): stopLength = 1
        case 0xE2 where i + 2 < limit && b[i + 1] == 0x80 && b[i + 2] == 0xA6: stopLength = 3  // …
        default: return nil
        }
        var end = i + stopLength
        // More stops ("?!", "..."), then closing quotes and brackets.
        while end < limit {
            if b[end] == UInt8(ascii: ".") || b[end] == UInt8(ascii: "!") || b[end] == UInt8(ascii: "?")
                || b[end] == UInt8(ascii: "\"") || b[end] == UInt8(ascii: "'") || b[end] == UInt8(ascii: ")") {
                end += 1
            } else if end + 2 < limit, b[end] == 0xE2, b[end + 1] == 0x80, b[end + 2] == 0x9D || b[end + 2] == 0x99 || b[end + 2] == 0xA6 {
                end += 3  // ” ’ …
            } else {
                break
            }
        }
        guard end < limit, isSpace(b[end]) else { return nil }
        var next = end
        while next < limit && isSpace(b[next]) { next += 1 }
        guard next < limit, startsSentence(b, at: next) else { return nil }
        if b[i] == UInt8(ascii: "."), isAbbreviation(b, before: i) { return nil }
        // "4 a.m. EDT Thursday": a time zone goes on with its time.
        if b[i] == UInt8(ascii: "."), i >= 3, b[i - 1] | 0x20 == UInt8(ascii: "m"), b[i - 2] == UInt8(ascii: "."),
           b[i - 3] | 0x20 == UInt8(ascii: "a") || b[i - 3] | 0x20 == UInt8(ascii: "p"), isZone(b, at: next, limit: limit) {
            return nil
        }
        return end
    }

    private static func startsSentence(_ b: [UInt8], at i: Int) -> Bool {
        let c = b[i]
        if c >= UInt8(ascii: "A") && c <= UInt8(ascii: "Z") { return true }
        if c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9") { return true }
        if c == UInt8(ascii: "\"") || c == UInt8(ascii: "'") || c == UInt8(ascii: "(") { return true }
        if c == 0xE2, i + 2 < b.count, b[i + 1] == 0x80, b[i + 2] == 0x9C || b[i + 2] == 0x98 { return true }  // “ ‘
        if c == 0xC2, i + 1 < b.count, b[i + 1] == 0xAB { return true }  // «
        // A letter of another script: assume a capital. Not the dashes, marks and symbols of
        // U+2000 to U+2FFF ("afraid.” ― Krystal Correa" is one sentence).
        if c >= 0xC3 && c != 0xE2 { return true }
        return false
    }

    private static func isAbbreviation(_ b: [UInt8], before stop: Int) -> Bool {
        var start = stop
        while start > 0, !isSpace(b[start - 1]), b[start - 1] != UInt8(ascii: "(") && b[start - 1] != UInt8(ascii: "\"") { start -= 1 }
        let word = String(decoding: b[start..<stop], as: UTF8.self).lowercased()
        let capitalized = start < stop && b[start] >= UInt8(ascii: "A") && b[start] <= UInt8(ascii: "Z")
        if Lexicon.shared.abbreviations.contains(word, capitalized: capitalized) { return true }
        // A single capital letter is an initial: "Diana T. Kudaibergenova"; so are capitals
        // joined by stops: "T.J. Marlow".
        if stop - start == 1, b[start] >= UInt8(ascii: "A"), b[start] <= UInt8(ascii: "Z") { return true }
        if stop - start >= 3, b[start..<stop].enumerated().allSatisfy({ offset, c in
            offset % 2 == 0 ? c >= UInt8(ascii: "A") && c <= UInt8(ascii: "Z") : c == UInt8(ascii: ".")
        }) {
            return true
        }
        return false
    }

    /// Two to four capitals, then no letter: "EDT", "GMT", "CEST".
    private static func isZone(_ b: [UInt8], at i: Int, limit: Int) -> Bool {
        var k = i
        while k < limit, b[k] >= UInt8(ascii: "A"), b[k] <= UInt8(ascii: "Z") { k += 1 }
        let isLetter = k < limit && ((b[k] | 0x20) >= UInt8(ascii: "a") && (b[k] | 0x20) <= UInt8(ascii: "z") || b[k] >= 0x80)
        return (2...4).contains(k - i) && !isLetter
    }

    private static func isSpace(_ c: UInt8) -> Bool {
        c == 0x20 || c == 0x0A || c == 0x09 || c == 0x0D
    }

    private static func isBlank(_ b: [UInt8], _ range: Range<Int>) -> Bool {
        b[range].allSatisfy(isSpace)
    }

    private static func trimmed(_ b: [UInt8], _ range: Range<Int>) -> Range<Int> {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper && isSpace(b[lower]) { lower += 1 }
        while upper > lower && isSpace(b[upper - 1]) { upper -= 1 }
        return lower..<upper
    }
}
