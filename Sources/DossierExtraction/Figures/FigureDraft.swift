/// A figure being read: what the grammar around a number has found so far. The reader fills
/// it from the number outward, then turns it into a `FigureFinder.Found`.
struct FigureDraft: Sendable {
    var number: NumberReading
    var value: Double
    /// The high end of a range ("between seventy and 500 soldiers").
    var high: Double?
    /// The first token of the figure: its qualifier, sign or currency symbol.
    var start: Int
    /// The last token of the figure: its unit, or its counted noun.
    var end: Int
    var measure: Measure?
    /// The tokens of the measure as written, before or after the number.
    var measureTokens: Range<Int>?
    /// The unit of a rate: "a month" in "$14.95 a month".
    var per: String?
    /// An age ("an 81-year-old", "Nazarbayev, 81,").
    var age: Measure.Unit?
    /// The head of the counted noun phrase ("12,000 dockworkers").
    var head: Int?
    /// A word taken for a currency because the sentence is about money ("30 million lari").
    var unknownCurrency: Int?
    var qualifier: String?
    var change: QuantityWords.Change?
    var outcome: String?
    /// What a measure is about: the noun it modifies or that governs it ("a 4,750-mile land
    /// border", "a penalty of $52,000").
    var about: Int?

    init(number: NumberReading) {
        self.number = number
        value = number.value
        start = number.first
        end = number.last
    }

    var hasMeasure: Bool { measure != nil || age != nil || unknownCurrency != nil }
}
