/// A piece of a sentence as the figure and quote finders read it: a word, a number written
/// in digits, or a symbol (`$`, `%`, `-`, `,`, `“`...). Tokens keep their byte range, so what
/// is found can point back at the exact words it came from.
struct TextToken: Sendable {
    enum Kind: UInt8, Sendable {
        case word, number, symbol
    }

    var kind: Kind
    /// UTF-8 byte range in the article body.
    var range: Range<Int>
    /// Whether white space stands between this token and the one before (true at the start).
    var spaced: Bool
    /// A word in lower case, a symbol as written, a number's digits without their grouping
    /// commas ("7500", "0.5").
    var key: String
    /// A word written with a capital first letter.
    var capitalized: Bool = false
    /// A number's value.
    var value: Double = 0
    /// A number: digits after its decimal point (0 for a whole number).
    var decimals: Int = 0
    /// A number written with thousands separators ("7,500").
    var grouped: Bool = false
    /// A number: how many digits stand before its decimal point.
    var integerDigits: Int = 0

    var isWord: Bool { kind == .word }
    var isNumber: Bool { kind == .number }
    var isSymbol: Bool { kind == .symbol }
    /// Joined to the token before it, with no space between.
    var glued: Bool { !spaced }

    func isSymbol(_ text: String) -> Bool { kind == .symbol && key == text }
    func isWord(_ text: String) -> Bool { kind == .word && key == text }
}
