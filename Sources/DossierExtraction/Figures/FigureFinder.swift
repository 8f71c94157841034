/// Finds the figures of a sentence: any number with what it counts or measures, found from
/// the grammar around it rather than from a list of nouns. "About 12,000 dockworkers",
/// "at least 14 cargo ships", "$800 million", "US$58.24", "30 million lari", "87 mph",
/// "between seventy and 500 soldiers", "fell 12 percent", "Nazarbayev, 81,", "dozens of
/// protesters". Years, dates, times of day, ordinals, scores, phone numbers and numbers
/// that are part of a name ("Galaxy S23", "5G") are not figures.
///
/// The units, currencies, number words and cue words are data (`Lexicon/`); the rules that
/// read them are in `FigureReader`.
struct FigureFinder: Sendable {
    /// A figure as found in a sentence.
    struct Found: Sendable, Equatable {
        /// The number; for a range, its low end.
        var value: Double
        /// A range's high end.
        var high: Double?
        /// The canonical name of the unit ("kilometre", "US dollar", "percent", "year of
        /// age"), nil for a count or a bare number.
        var unit: String?
        /// count, money, percent, length, time, age..., or number for a bare number.
        var family: String
        /// The value in the family's base unit (metres for a length), when a factor gives it.
        var base: Double?
        /// The number and unit as written, when the value is not the number as written
        /// ("84.75 cents", "twenty-six", "1/2 pound").
        var original: String?
        /// What is counted, as written (the head of its noun phrase: "dockworkers"), or what
        /// a measure is about ("border" in "a 4,750-mile land border").
        var what: String?
        /// killed, injured, arrested, evacuated, displaced or missing, when the clause says so.
        var outcome: String?
        /// up or down, for a change ("rose 6.5%", "down 19 cents").
        var change: String?
        var qualifier: String?
        /// An order of magnitude ("dozens of", "hundreds of") rather than a count.
        var vague: Bool
        /// UTF-8 byte range of the figure's words in the article body.
        var range: Range<Int>
    }

    let lexicon: Lexicon

    init(lexicon: Lexicon = .shared) {
        self.lexicon = lexicon
    }

    /// The figures of the sentence at `range`. `words` are its words as `WordScanner` read
    /// them: a sentence with neither a digit nor a number word is not read again.
    func figures(in bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>, words: [WordScanner.Word]) -> [Found] {
        guard mayHoldNumber(bytes, range, words) else { return [] }
        let tokens = TextScanner.tokens(in: bytes, range: range)
        return FigureReader(tokens: tokens, bytes: bytes, lexicon: lexicon).figures()
    }

    private func mayHoldNumber(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ words: [WordScanner.Word]) -> Bool {
        for word in words {
            guard let first = word.key.utf8.first else { continue }
            if first >= 0x30 && first <= 0x39 { return true }
            if lexicon.numbers.entry(word) != nil { return true }
            // "twenty-six", "four-cylinder"
            if word.key.containsByte(0x2D), let part = word.key.split(separator: "-").first, lexicon.numbers.entry(String(part)) != nil {
                return true
            }
        }
        // A number whose first word is not a word of its own (".500").
        return range.contains { bytes[$0] >= 0x30 && bytes[$0] <= 0x39 }
    }
}
