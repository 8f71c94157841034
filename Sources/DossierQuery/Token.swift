import DossierCorpus
import DossierDiagnostics

/// A token of DQL, pointing into the statement text by byte range; the lexer never copies
/// lexemes, the parser asks for a token's text when it needs it.
public struct Token: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case identifier      // sources, fields, keywords (keywords are identifiers the parser knows)
        case string          // "..." or “...”
        case number          // 42, 7.5, 7,500 is not a number: 7500 is
        case date            // 2022-01-05, 2022-01 (a bare year lexes as a number)
        case parameter       // $name
        case equal, notEqual, less, lessEqual, greater, greaterEqual
        case leftParen, rightParen, leftBracket, rightBracket, comma, semicolon
        case plus, minus, times, divide
        case newline
        case endOfInput
        /// Text the lexer could not read, and why.
        case error(LexicalError)
    }

    public var kind: Kind
    /// UTF-8 byte range in the statement text.
    public var range: Range<Int>
    public var line: Int
    /// 1-based, in Unicode scalars.
    public var column: Int
    /// Length in Unicode scalars, for carets.
    public var width: Int

    public var location: SourceLocation { SourceLocation(line: line, column: column) }
    public var span: SourceSpan { SourceSpan(location, length: width) }
}
