/// A number the text states, with what it counts: "more than 4,000 people have been
/// arrested" is 4000 people, arrested, qualified "more than". Ids and offsets are stored in
/// 32 bits (see `Compact`).
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
    @Compact public var article: Int
    @Compact public var sentence: Int
    /// UTF-8 byte range of the figure's words (qualifier, number and unit).
    @CompactRange public var range: Range<Int>

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

/// Figures on the same quantity (what and unit) that disagree across articles: the troop
/// numbers, the death toll, the length of a border, as each outlet gives them.
public struct Conflict: Sendable {
    public var what: String
    public var unit: String
    /// The disagreeing figures, in article order.
    public var figures: [Int]

    /// Quantities worth comparing across articles; durations and ages are about different things.
    static let comparable: Set<String> = ["killed", "arrested", "injured", "troops", "border length", "population", "price"]

    /// Groups the figures by quantity and keeps the groups whose values differ by more than
    /// one percent between at least two articles.
    public static func find(in figures: [Figure]) -> [Conflict] {
        var groups: [String: [Int]] = [:]
        var order: [String] = []
        for (id, figure) in figures.enumerated() where comparable.contains(figure.what) {
            let key = figure.what + "\u{1F}" + figure.unit
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(id)
        }
        return order.compactMap { key in
            guard let ids = groups[key], Set(ids.map { figures[$0].article }).count >= 2 else { return nil }
            let values = ids.map { figures[$0].value }
            guard let low = values.min(), let high = values.max(), high > low * 1.01 else { return nil }
            let parts = key.split(separator: "\u{1F}").map(String.init)
            return Conflict(what: parts[0], unit: parts.count > 1 ? parts[1] : "", figures: ids)
        }
    }
}
