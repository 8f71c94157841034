import DossierCorpus

/// Recognises the residue that scraping leaves in an article: breadcrumbs, site-title
/// lines, bylines, photo credits and the captions before them, comment forms, "source site"
/// stamps, lone section numbers, duplicated paragraphs and the related-article teasers at
/// the end. Such paragraphs stay in the corpus, marked, and are kept out of extraction.
enum Boilerplate {
    /// What the rules look at, computed once per paragraph. Residue is short, so a long
    /// paragraph is only lower-cased at its head: the rules look at prefixes there, and the
    /// whole text only of paragraphs short enough to be a caption, a credit or a form.
    private struct Features {
        var trimmed: String
        /// Lower case: the whole paragraph when it has at most `shortWords` words, else its head.
        var lower: String
        var words: Int
        var isShort: Bool { words <= Features.shortWords }
        static let shortWords = 60
        static let headCharacters = 48

        init(_ text: String) {
            trimmed = text.trimmingSpaces()
            words = Features.countWords(trimmed)
            lower = words <= Features.shortWords ? trimmed.lowercased() : String(trimmed.prefix(Features.headCharacters)).lowercased()
        }

        /// Words, as runs of bytes between ASCII white space and no-break spaces.
        static func countWords(_ text: String) -> Int {
            text.withBytes { bytes in
                var count = 0
                var inWord = false
                var previous: UInt8 = 0
                for byte in bytes {
                    let space = byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || (previous == 0xC2 && byte == 0xA0)
                    if space {
                        // A no-break space's lead byte 0xC2 was counted as a word byte; that is
                        // harmless for counting, since it follows a word or starts one.
                        inWord = false
                    } else if !inWord, byte != 0xC2 {
                        inWord = true
                        count += 1
                    }
                    previous = byte
                }
                return count
            }
        }
    }

    /// Whether two paragraphs have the same words, case aside: `normalized` equality, read on
    /// bytes when both are ASCII (the usual case), without building either string.
    private static func sameWords(_ a: String, _ b: String) -> Bool {
        var x = a.utf8.makeIterator()
        var y = b.utf8.makeIterator()
        // Each side gives its next word's bytes, lower-cased, with one space between words.
        func next(_ it: inout String.UTF8View.Iterator, _ pendingSpace: inout Bool, _ started: inout Bool) -> UInt16? {
            while let byte = it.next() {
                if byte >= 0x80 { return 0x100 }  // not ASCII: leave it to `normalized`
                if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
                    if started { pendingSpace = true }
                    continue
                }
                started = true
                if pendingSpace {
                    pendingSpace = false
                    // The byte after the space is read again on the next call.
                    return 0x200 | UInt16(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)
                }
                return UInt16(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)
            }
            return nil
        }
        var spaceX = false, spaceY = false, startedX = false, startedY = false
        while true {
            let p = next(&x, &spaceX, &startedX)
            let q = next(&y, &spaceY, &startedY)
            if p == 0x100 || q == 0x100 { return normalized(a) == normalized(b) }
            if p != q { return false }
            if p == nil { return true }
        }
    }

    /// Lower case with white space runs made single spaces: for spotting duplicates.
    private static func normalized(_ text: String) -> String {
        text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// Why each paragraph is boilerplate, or nil when it is text.
    static func classify(_ paragraphs: [String]) -> [String?] {
        let features = paragraphs.map(Features.init)
        var reasons: [String?] = features.enumerated().map { index, f in reason(f, isFirst: index == 0) }
        // Duplicates: only paragraphs with as many words as the one before are compared.
        let same = { (i: Int) in features[i].words == features[i - 1].words && sameWords(features[i].trimmed, features[i - 1].trimmed) }
        var duplicate = [Bool](repeating: false, count: features.count)
        for i in features.indices.dropFirst() where same(i) { duplicate[i] = true }
        for i in features.indices.dropFirst() where reasons[i] == nil && duplicate[i] {
            reasons[i] = "duplicate of the paragraph before"
        }
        // A short paragraph just before a credit line is its caption (and so is its twin).
        for i in features.indices.dropLast() where reasons[i + 1] == "photo credit" {
            var k = i
            while k >= 0, features[k].words <= 30, reasons[k] == nil || reasons[k] == "duplicate of the paragraph before" {
                reasons[k] = "photo caption"
                if k > 0, duplicate[k] { k -= 1 } else { break }
            }
        }
        markTeasers(features, &reasons)
        return reasons
    }

    private static func reason(_ f: Features, isFirst: Bool) -> String? {
        let (trimmed, lower, words) = (f.trimmed, f.lower, f.words)
        if (f.isShort && endsWithCredit(lower, words: words))
            || (words <= 12 && creditAgencies.contains { lower.hasSuffix($0) } && trimmed.utf8.contains(0x2F)) {
            return "photo credit"
        }
        if f.isShort && commentForm.contains(where: { TextSearch.containsExactly(lower, $0) }) { return "comment form" }
        if lower.hasPrefix("source site") || lower.hasPrefix("original source of article") { return "source stamp" }
        if isFirst && lower.hasPrefix("home ") { return "breadcrumb" }
        if words <= 20 && trimmed.hasSuffix(" | " + (trimmed.split(separator: "|").last.map { $0.trimmingSpaces() } ?? "")) && TextSearch.containsExactly(trimmed, " | ") {
            return "site title"
        }
        if isByline(trimmed, lower: lower, words: words) { return "byline" }
        if trimmed.allSatisfy({ $0.isNumber }) || siteLabels.contains(lower) { return "page furniture" }
        if lower.hasPrefix("more details") || lower.hasPrefix("read more") || lower.hasPrefix("related:") { return "related-article teaser" }
        return nil
    }

    /// "By Valerie Hopkins", "Written by ...": a few capitalised words, no full stop.
    private static func isByline(_ text: String, lower: String, words: Int) -> Bool {
        guard words <= 7, !text.hasSuffix("."), let prefix = ["written by ", "written through ", "by "].first(where: lower.hasPrefix) else {
            return false
        }
        let name = text.dropFirst(prefix.count).split(whereSeparator: \.isWhitespace)
        return !name.isEmpty && name.allSatisfy { $0.first?.isUppercase == true }
    }

    /// A credit ("Photograph: X / EPA", "© imago images") at the start, or closing a short
    /// caption.
    private static func endsWithCredit(_ lower: String, words: Int) -> Bool {
        let bytes = Array(lower.utf8)
        for prefix in creditPrefixes {
            let needle = Array(prefix.utf8)
            guard let found = lastIndex(of: needle, in: bytes) else { continue }
            let creditWords = bytes[found...].split(whereSeparator: { $0 == 0x20 || $0 == 0x0A }).count
            if creditWords <= 12 && (found == 0 || words <= 60) { return true }
        }
        return false
    }

    private static func lastIndex(of needle: [UInt8], in bytes: [UInt8]) -> Int? {
        guard needle.count <= bytes.count else { return nil }
        var i = bytes.count - needle.count
        while i >= 0 {
            if bytes[i] == needle[0] && bytes[i..<(i + needle.count)].elementsEqual(needle) { return i }
            i -= 1
        }
        return nil
    }

    /// From the end, a run of short paragraphs without a full stop that holds a teaser
    /// marker is the related-articles block.
    private static func markTeasers(_ features: [Features], _ reasons: inout [String?]) {
        var start = features.count
        var sawMarker = false
        while start > 0 {
            let f = features[start - 1]
            let reason = reasons[start - 1]
            let teaserLike = f.words <= 16 && !(f.trimmed.last.map { ".!?”\"".contains($0) } ?? false)
            guard reason != nil || teaserLike else { break }
            if reason == "related-article teaser" || reason == "source stamp" { sawMarker = true }
            start -= 1
        }
        guard sawMarker else { return }
        for i in start..<features.count where reasons[i] == nil || reasons[i] == "duplicate of the paragraph before" {
            reasons[i] = "related-article teaser"
        }
    }

    static let creditPrefixes = ["©", "photograph:", "photo:", "image:", "picture:", "foto:"]
    static let creditAgencies = ["epa", "afp", "reuters", "ap", "getty images", "shutterstock", "dpa", "tass", "itar-tass", "xinhua",
                                 "rex", "ria novosti", "sputnik", "anadolu", "alamy", "imago"]
    static let commentForm = ["leave a reply", "your email address will not be published", "required fields are marked",
                              "save my name, email", "post comment", "cancel reply"]
    static let siteLabels: WordSet = ["featured", "advertisement", "share", "subscribe", "sponsored", "related", "tags"]
}
