/// Splits a sentence into the tokens the figure and quote finders read, on UTF-8 bytes: words (runs of
/// letters, with inner apostrophes: "year's"), numbers in digits ("7,500", "1.5", ".500") and
/// single symbols. Hyphens and slashes split words, so "4,750-mile" is a number, a hyphen and
/// a word, each marked as glued to the one before.
enum TextScanner {
    static func tokens(in bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>) -> [TextToken] {
        var tokens: [TextToken] = []
        tokens.reserveCapacity(range.count / 5 + 1)
        var i = range.lowerBound
        let end = range.upperBound
        var spaced = true
        while i < end {
            let b = bytes[i]
            if b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D {
                spaced = true
                i += 1
                continue
            }
            // A no-break space (C2 A0) or a thin space (E2 80 89/AF) is white space too.
            if b == 0xC2, i + 1 < end, bytes[i + 1] == 0xA0 { spaced = true; i += 2; continue }
            if b == 0xE2, i + 2 < end, bytes[i + 1] == 0x80, bytes[i + 2] == 0x89 || bytes[i + 2] == 0xAF || bytes[i + 2] == 0x8A {
                spaced = true
                i += 3
                continue
            }
            let start = i
            if isDigit(b) || (b == 0x2E && i + 1 < end && isDigit(bytes[i + 1]) && (i == range.lowerBound || !isDigit(bytes[i - 1]))) {
                var token = number(bytes, at: i, end: end)
                token.spaced = spaced
                tokens.append(token)
                i = token.range.upperBound
            } else if let length = letterLength(bytes, at: i, end: end) {
                i += length
                var ascii = length == 1
                while i < end {
                    if let n = letterLength(bytes, at: i, end: end) {
                        if n > 1 { ascii = false }
                        i += n
                        continue
                    }
                    // An apostrophe inside a word: "year's", "O’Neill".
                    let apostrophe = bytes[i] == 0x27 ? 1 : (bytes[i] == 0xE2 && i + 2 < end && bytes[i + 1] == 0x80 && bytes[i + 2] == 0x99 ? 3 : 0)
                    if apostrophe > 0, i + apostrophe < end, letterLength(bytes, at: i + apostrophe, end: end) != nil {
                        i += apostrophe
                        ascii = false
                        continue
                    }
                    break
                }
                var key = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)
                let capitalized = (b >= 0x41 && b <= 0x5A) || (b >= 0xC3 && key.first?.isUppercase == true)
                if ascii {
                    if key.utf8.contains(where: { $0 >= 0x41 && $0 <= 0x5A }) { key = key.lowercased() }
                } else {
                    key = key.lowercased().replacingApostrophes()
                }
                tokens.append(TextToken(kind: .word, range: start..<i, spaced: spaced, key: key, capitalized: capitalized))
            } else {
                let n = min(WordScanner.scalarLength(b), end - i)
                i += max(1, n)
                let key = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)
                tokens.append(TextToken(kind: .symbol, range: start..<i, spaced: spaced, key: key))
            }
            spaced = false
        }
        return tokens
    }

    @inline(__always)
    static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

    /// The byte length of a letter at `i`, or nil. ASCII letters count, and of the other
    /// scalars those from U+00C0 on, except the multiplication and division signs and the
    /// punctuation, quotes, dashes and symbols of U+2000...U+2BFF.
    @inline(__always)
    static func letterLength(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, end: Int) -> Int? {
        let b = bytes[i]
        if b < 0x80 { return (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) ? 1 : nil }
        let n = WordScanner.scalarLength(b)
        guard i + n <= end, b >= 0xC3 else {
            // µ (the micro sign, C2 B5) is read as a letter: "µm".
            return b == 0xC2 && i + 1 < end && bytes[i + 1] == 0xB5 ? 2 : nil
        }
        if b == 0xC3 && (bytes[i + 1] == 0x97 || bytes[i + 1] == 0xB7) { return nil }  // × ÷
        if b == 0xE2 { return nil }
        return n
    }

    /// Digits with thousands separators and a decimal part: "7,500", "1,000,000", "7.5",
    /// ".500". A comma groups only three digits not followed by another digit.
    private static func number(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int, end: Int) -> TextToken {
        var i = start
        var digits: [UInt8] = []
        var grouped = false
        var decimals = 0
        while i < end, isDigit(bytes[i]) { digits.append(bytes[i]); i += 1 }
        let leadingDigits = digits.count
        // Thousands groups: ",ddd" not followed by a digit, after at most three digits first.
        if leadingDigits >= 1 && leadingDigits <= 3 {
            while i + 3 < end, bytes[i] == 0x2C, isDigit(bytes[i + 1]), isDigit(bytes[i + 2]), isDigit(bytes[i + 3]),
                  i + 4 == end || !isDigit(bytes[i + 4]) {
                digits.append(contentsOf: bytes[(i + 1)...(i + 3)])
                grouped = true
                i += 4
            }
        }
        let integerDigits = digits.count
        if i + 1 < end, bytes[i] == 0x2E, isDigit(bytes[i + 1]) {
            if digits.isEmpty { digits.append(0x30) }  // ".500"
            digits.append(0x2E)
            i += 1
            while i < end, isDigit(bytes[i]) { digits.append(bytes[i]); i += 1; decimals += 1 }
        }
        let key = String(decoding: digits, as: UTF8.self)
        return TextToken(kind: .number, range: start..<i, spaced: true, key: key, value: Double(key) ?? 0,
                             decimals: decimals, grouped: grouped, integerDigits: integerDigits)
    }
}

extension String {
    /// The text with every curly apostrophe made straight.
    func replacingApostrophes() -> String {
        guard containsByte(0xE2) else { return self }
        return String(map { $0 == "\u{2019}" ? "'" : $0 })
    }
}
