/// Finds quotations by their marks: “...”, „...“, «...», "...". A mark is read by where it
/// stands, not by its glyph, since scraped and back-translated copies misplace glyphs: a
/// mark after a space and before a word opens, a mark after a word and before a space or a
/// stop closes. An opening glyph that stands where a quotation ends (`possible, “Tokayev
/// said`) closes it when a verb of speech follows. A quotation left open at the end of a
/// paragraph goes on when the next paragraph opens with a mark, as news style writes a long
/// quotation.
enum QuoteMarks {
    struct Span: Sendable {
        /// Byte offset of the opening mark.
        var open: Int
        /// First byte inside.
        var start: Int
        /// The byte after the last byte inside.
        var end: Int
        /// The byte after the closing mark.
        var close: Int
    }

    /// The quotations of an article's text paragraphs. `speechFollows(offset)` tells whether
    /// a verb of speech comes within the first words after a byte offset.
    static func spans(_ b: UnsafeBufferPointer<UInt8>, _ paragraphs: [Range<Int>], speechFollows: (Int) -> Bool) -> [Span] {
        var result: [Span] = []
        var open: (mark: Int, start: Int)?
        for (p, paragraph) in paragraphs.enumerated() {
            var i = paragraph.lowerBound
            if let current = open, p > 0 {
                // Carried over only into the very next paragraph, when it reopens.
                let between = paragraphs[p - 1].upperBound..<paragraph.lowerBound
                if between.allSatisfy({ b[$0] == 0x0A || b[$0] == 0x20 || b[$0] == 0x0D }), let length = markLength(b, at: i, end: paragraph.upperBound),
                   !spaceOrStop(b, at: i + length, end: paragraph.upperBound) {
                    open = current
                    i += length
                } else {
                    open = nil
                }
            }
            while i < paragraph.upperBound {
                guard let length = markLength(b, at: i, end: paragraph.upperBound) else { i += 1; continue }
                let after = i + length
                let spaceBefore = i == paragraph.lowerBound || opensAfter(b, before: i)
                let spaceAfter = spaceOrStop(b, at: after, end: paragraph.upperBound)
                let glyph = glyphDirection(b, at: i)
                var closes: Bool
                if spaceBefore && !spaceAfter {
                    // Looks like an opening mark; where a quotation ends, before "said X", it closes.
                    closes = open != nil && stopBefore(b, i, from: paragraph.lowerBound) && speechFollows(after)
                } else if !spaceBefore && spaceAfter {
                    closes = true
                } else if after >= paragraph.upperBound {
                    closes = true
                } else {
                    closes = glyph.map { !$0 } ?? (open != nil)
                    if open != nil && glyph == true && stopBefore(b, i, from: paragraph.lowerBound) && speechFollows(after) { closes = true }
                }
                if closes {
                    if let current = open {
                        result.append(Span(open: current.mark, start: current.start, end: i, close: after))
                        open = nil
                    }
                } else {
                    open = (i, after)
                }
                i = after
            }
        }
        return result
    }

    /// The byte length of a quotation mark at `i`, or nil.
    private static func markLength(_ b: UnsafeBufferPointer<UInt8>, at i: Int, end: Int) -> Int? {
        switch b[i] {
        case 0x22:
            return 1
        case 0xE2 where i + 2 < end && b[i + 1] == 0x80 && (0x9C...0x9F).contains(b[i + 2]):
            return 3  // “ ” „ ‟
        case 0xC2 where i + 1 < end && (b[i + 1] == 0xAB || b[i + 1] == 0xBB):
            return 2  // « »
        default:
            return nil
        }
    }

    /// True for a glyph written to open (“ „ «), false for one written to close (” »), nil
    /// for the straight mark.
    private static func glyphDirection(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool? {
        switch b[i] {
        case 0xE2: return b[i + 2] != 0x9D
        case 0xC2: return b[i + 1] == 0xAB
        default: return nil
        }
    }

    /// What stands before `i` lets a quotation open: a space, a bracket, a dash or a colon.
    private static func opensAfter(_ b: UnsafeBufferPointer<UInt8>, before i: Int) -> Bool {
        let c = b[i - 1]
        if c == 0x20 || c == 0x0A || c == 0x09 || c == 0x28 || c == 0x5B || c == 0x7B || c == 0x2D { return true }
        // a no-break space, or an em or en dash
        if c == 0xA0, i >= 2, b[i - 2] == 0xC2 { return true }
        if (c == 0x94 || c == 0x93), i >= 3, b[i - 3] == 0xE2, b[i - 2] == 0x80 { return true }
        return false
    }

    /// A space, a stop, a closing bracket or the paragraph's end at `i`.
    private static func spaceOrStop(_ b: UnsafeBufferPointer<UInt8>, at i: Int, end: Int) -> Bool {
        guard i < end else { return true }
        switch b[i] {
        case 0x20, 0x0A, 0x09, 0x0D, 0x2E, 0x2C, 0x3B, 0x3A, 0x21, 0x3F, 0x29, 0x5D, 0x7D: return true
        case 0xC2: return i + 1 < end && b[i + 1] == 0xA0
        case 0xE2: return i + 2 < end && b[i + 1] == 0x80 && (b[i + 2] == 0x94 || b[i + 2] == 0x93 || b[i + 2] == 0xA6)
        default: return false
        }
    }

    /// A stop or a comma ends the words before `i`, past spaces: where a quotation ends.
    private static func stopBefore(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, from start: Int) -> Bool {
        var k = i - 1
        while k >= start, b[k] == 0x20 { k -= 1 }
        guard k >= start else { return false }
        return [0x2C, 0x2E, 0x21, 0x3F].contains(b[k]) || (b[k] == 0xA6 && k >= 2 && b[k - 2] == 0xE2)
    }
}
