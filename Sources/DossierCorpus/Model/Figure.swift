/// A number the text states, with what it counts or measures: "more than 4,000 people
/// have been arrested" is 4000, a count of people, arrested, qualified "more than". Ids and
/// offsets are stored in 32 bits (see `Compact`).
public struct Figure: Sendable {
    /// The number; for a range, its low end. Cents and pence are given in their currency.
    public var value: Double
    /// A range's high end ("between seventy and 500 soldiers": 70 to 500).
    public var high: Double?
    /// The canonical name of the unit ("kilometre", "US dollar", "percent", "year of age"),
    /// nil for a count or a bare number.
    public var unit: String?
    /// What kind of quantity it is: count, money, percent, length, time, age... (the unit
    /// table's families), share for a fraction, number for a bare number.
    public var family: String
    /// The value in the family's base unit (metres, kilograms, seconds...; a count's value),
    /// when a factor gives it.
    public var base: Double?
    /// The number and unit as written, when the value is not the number as written: "84.75
    /// cents" (given as 0.8475 US dollar), "twenty-six", "1/2 pound".
    public var original: String?
    /// What is counted, as written (its noun phrase's head: "dockworkers", "soldiers"), or
    /// what a measure is about ("border").
    public var what: String?
    /// What happened to what is counted, when the clause says: killed, injured, arrested,
    /// evacuated, displaced or missing.
    public var outcome: String?
    /// up or down, for a figure of change ("rose 6.5%", "down 19 cents", "-1.3%").
    public var change: String?
    /// "at least", "more than", "about", "nearly"...; nil when the number is given flat.
    public var qualifier: String?
    /// An order of magnitude rather than a count: "dozens of", "hundreds of".
    public var vague: Bool
    @Compact public var article: Int
    @Compact public var sentence: Int
    /// UTF-8 byte range of the figure's words (qualifier, number and unit).
    @CompactRange public var range: Range<Int>

    public init(value: Double, high: Double? = nil, unit: String?, family: String, base: Double? = nil, original: String?,
                what: String?, outcome: String? = nil, change: String? = nil, qualifier: String?, vague: Bool = false,
                article: Int, sentence: Int, range: Range<Int>) {
        self.value = value
        self.high = high
        self.unit = unit
        self.family = family
        self.base = base
        self.original = original
        self.what = what
        self.outcome = outcome
        self.change = change
        self.qualifier = qualifier
        self.vague = vague
        self.article = article
        self.sentence = sentence
        self.range = range
    }
}
