/// A number as the figure finder read it from the tokens of a sentence: "7,500", "1.2
/// million", "twenty-six", "a dozen", "two-thirds", "hundreds of".
struct NumberReading: Sendable {
    var value: Double
    /// The first and last token of the number, its scale included ("1.2 million").
    var first: Int
    var last: Int
    /// Written in words ("twenty-six"), which count only with a unit or a counted noun.
    var inWords = false
    /// Multiplied by a scale or its abbreviation ("million", "bn", "k").
    var scaled = false
    /// An order of magnitude rather than a count: "dozens of", "hundreds of".
    var vague = false
    /// Digits alone: a whole number without separators, decimals or scale ("2019", "23").
    var plain = false
    /// A fraction ("1/2", "a third", "three and a half").
    var fraction = false
}
