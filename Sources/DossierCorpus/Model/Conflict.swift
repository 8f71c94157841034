/// Figures of different articles on the same thing, in the same period, that disagree: the
/// death toll as each outlet gives it, the troops sent, the length of a border. Each
/// article's figures on it are read together ("26 criminals + 18 guards killed"); a
/// qualifier widens a figure ("at least 227" is 227 or more), and two articles disagree when
/// what they say cannot both be true. Two figures of one article are never a conflict.
public struct Conflict: Sendable {
    /// What the figures are about: what happened (killed, arrested...) or the thing counted
    /// or measured (troops, border).
    public var what: String
    /// How they are compared: count, a currency, or a family of units (length...).
    public var unit: String
    /// The month (or year) the figures speak of: their sentences' dates, else their articles'.
    public var period: PartialDate?
    /// Each article's reading, in article order.
    public var readings: [Reading]

    /// What one article says: its figures on the thing, and the bounds they give together.
    public struct Reading: Sendable {
        public var article: Int
        public var figures: [Int]
        public var low: Double
        /// `.infinity` for "at least" and "more than".
        public var high: Double

        public init(article: Int, figures: [Int], low: Double, high: Double) {
            self.article = article
            self.figures = figures
            self.low = low
            self.high = high
        }
    }

    public init(what: String, unit: String, period: PartialDate?, readings: [Reading]) {
        self.what = what
        self.unit = unit
        self.period = period
        self.readings = readings
    }

    /// Every figure of the conflict, in article order.
    public var figures: [Int] { readings.flatMap(\.figures) }
}
