/// A number the text states, with what it counts: "more than 4,000 people have been
/// arrested" is 4000 people, arrested, qualified "more than".
public struct Figure: Sendable {
    public var value: Double
    /// The unit, normalised where a standard one exists ("km" for miles too).
    public var unit: String
    /// The value and unit as written, when normalising changed them ("4750 mile").
    public var original: String?
    /// What is counted: killed, arrested, injured, troops, border length, distance, price,
    /// population, age, duration, percentage, or the noun counted.
    public var what: String
    /// "at least", "more than", "about", "nearly"...; nil when the number is given flat.
    public var qualifier: String?
    public var article: Int
    public var sentence: Int
    /// UTF-8 byte range of the figure's words (qualifier, number and unit).
    public var range: Range<Int>

    public init(value: Double, unit: String, original: String?, what: String, qualifier: String?, article: Int,
                sentence: Int, range: Range<Int>) {
        self.value = value
        self.unit = unit
        self.original = original
        self.what = what
        self.qualifier = qualifier
        self.article = article
        self.sentence = sentence
        self.range = range
    }
}
