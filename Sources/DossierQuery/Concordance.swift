import DossierCorpus

/// Keyword in context and sentences in context, the two views of a concordancer (CQP's
/// `cat`, AntConc's KWIC): each hit with the text around it.
struct Concordance {
    let corpus: Corpus

    /// The columns of a KWIC table: the article, the text before the hit (cut to `width`
    /// characters, right-aligned so that hits line up), the hit as written, the text after
    /// it, and the words just before and after the hit, to sort by.
    static let kwicColumns = ["article", "left", "hit", "right", "leftword", "rightword"]
    static let contextColumns = ["article", "index", "hit", "text"]

    /// One row per occurrence of `key` (a name key) in each sentence: as whole words, or,
    /// for a `contains`, anywhere.
    func kwic(sentences rows: [Int], key: String, wholeWords: Bool, width: Int) -> [[Value]] {
        guard let found = WordBoundary.edges(of: key) else { return [] }
        let edges = wholeWords ? found : (start: false, end: false)
        let matcher = KeyMatcher(key: key)
        var table: [[Value]] = []
        for row in rows {
            let sentence = corpus.sentences[row]
            let body = corpus.articles[sentence.article].body
            let hits: [Range<Int>] = body.withBytes { bytes in
                if let matcher {
                    return matcher.occurrences(in: bytes, sentence.range).filter {
                        WordBoundary.isWhole($0, in: bytes, sentence.range, startsWithWord: edges.start, endsWithWord: edges.end)
                    }
                }
                return Concordance.scalarHits(of: key, in: bytes, sentence.range, edges: edges)
            }
            for hit in hits { table.append(line(article: sentence.article, hit: hit, width: width)) }
        }
        return table
    }

    /// One row per row of a source whose words lie in an article (a mention, a quotation, a
    /// figure, a date): its own words are the hit.
    func kwic(rows: [Int], slice: (Corpus, Int) -> (article: Int, range: Range<Int>), width: Int) -> [[Value]] {
        rows.map { row in
            let place = slice(corpus, row)
            return line(article: place.article, hit: place.range, width: width)
        }
    }

    /// Each hit sentence with `n` sentences of its article either side, each once, in order.
    func context(_ rows: [Int], n: Int) -> [[Value]] {
        var table: [[Value]] = []
        let hits = Set(rows)
        var last = -1
        for row in rows {
            let article = corpus.sentences[row].article
            let bounds = corpus.articles[article].sentences
            let window = max(bounds.lowerBound, row - n, last + 1)..<min(bounds.upperBound, row + n + 1)
            for id in window {
                let sentence = corpus.sentences[id]
                table.append([.text(corpus.articles[article].id), .number(Double(sentence.index)), .bool(hits.contains(id)),
                              .text(corpus.text(of: sentence))])
                last = id
            }
        }
        return table
    }

    /// A KWIC line: the words around `hit` in the article, on one line.
    private func line(article: Int, hit: Range<Int>, width: Int) -> [Value] {
        // The article's text as a string, to cut it at characters around the hit.
        let body = corpus.articles[article].body.string
        let utf8 = body.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: hit.lowerBound)
        let end = utf8.index(utf8.startIndex, offsetBy: hit.upperBound)
        let before = Concordance.flat(body[..<start].suffix(width * 2))
        let after = Concordance.flat(body[end...].prefix(width * 2))
        var left = String(before.suffix(width))
        if before.count > width { left = "…" + left.dropFirst() }
        var right = String(after.prefix(width))
        if after.count > width { right = right.dropLast() + "…" }
        left = String(repeating: " ", count: max(0, width - left.count)) + left
        return [.text(corpus.articles[article].id), .text(left), .text(Concordance.flat(body[start..<end])), .text(right),
                Concordance.word(before, last: true), Concordance.word(after, last: false)]
    }

    /// Text on one line: line breaks and runs of white space become one space.
    private static func flat(_ text: Substring) -> String {
        let words = text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        return (text.first?.isWhitespace == true ? " " : "") + words + (text.last?.isWhitespace == true && !words.isEmpty ? " " : "")
    }

    /// The word nearest the hit, lower-cased, for sorting: the last word of the text before
    /// it, or the first of the text after it.
    private static func word(_ text: String, last: Bool) -> Value {
        let words = text.split { !$0.isLetter && !$0.isNumber }
        guard let word = last ? words.last : words.first else { return .null }
        return .text(word.lowercased())
    }

    /// Whole-word hits of a key that is not ASCII. The sentence's name key is built scalar
    /// by scalar (see `NameKey`), each of its bytes remembering the stretch of the text it
    /// comes from, so that a hit in the key is a hit in the text.
    private static func scalarHits(of key: String, in bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>,
                                   edges: (start: Bool, end: Bool)) -> [Range<Int>] {
        let needle = Array(key.utf8)
        var folded: [UInt8] = []
        var origin: [Range<Int>] = []
        var offset = range.lowerBound
        for scalar in String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self).unicodeScalars {
            let width = UTF8.width(scalar)
            let place = offset..<(offset + width)
            offset += width
            if scalar.properties.isWhitespace {
                if let last = folded.last, last != 0x20 {
                    folded.append(0x20)
                    origin.append(place)
                }
                continue
            }
            for byte in NameKey.of(String(scalar)).utf8 {
                folded.append(byte)
                origin.append(place)
            }
        }
        guard !needle.isEmpty, needle.count <= folded.count else { return [] }
        var hits: [Range<Int>] = []
        for i in 0...(folded.count - needle.count) where folded[i..<(i + needle.count)].elementsEqual(needle) {
            let hit = origin[i].lowerBound..<origin[i + needle.count - 1].upperBound
            if WordBoundary.isWhole(hit, in: bytes, range, startsWithWord: edges.start, endsWithWord: edges.end), hits.last != hit {
                hits.append(hit)
            }
        }
        return hits
    }
}
