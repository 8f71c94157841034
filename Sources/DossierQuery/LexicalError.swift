/// What the lexer could not read, carried by an `.error` token. The parser matches the
/// case (an `&&` gets the hint of `and`), and `message` is what the user reads.
public enum LexicalError: Sendable, Equatable {
    case doubleEquals
    case loneBang
    case doubleAmpersand
    case doublePipe
    case singleQuote
    case bareDollar
    case unexpectedCharacter
    case unterminatedString
    case malformedDate
    case malformedNumber

    public var message: String {
        switch self {
        case .doubleEquals: return "'==' is not DQL: equality is a single '='"
        case .loneBang: return "'!' alone is not an operator: write != or not"
        case .doubleAmpersand: return "'&&' is not DQL: write 'and'"
        case .doublePipe: return "'||' is not DQL: write 'or'"
        case .singleQuote: return "strings take double quotes: \"like this\""
        case .bareDollar: return "'$' must be followed by a parameter name, e.g. $actor"
        case .unexpectedCharacter: return "unexpected character"
        case .unterminatedString: return "unterminated string: the closing quote is missing"
        case .malformedDate: return "malformed date"
        case .malformedNumber: return "malformed number"
        }
    }
}
