import DossierCorpus

/// Reads DQL text into tokens, one at a time, from UTF-8 bytes.
///
/// Never fails: bad input becomes an `.error` token carrying the message, which the parser
/// reports, so only one place prints. Strings take straight or curly double quotes (people
/// paste from articles) and backslash escapes.
public struct Lexer: Sendable {
    public let bytes: [UInt8]
    private var offset = 0
    private var line = 1
    private var lineStart = 0
    private var columnCache = (offset: 0, column: 1)


    public init(_ text: String) {
        self.bytes = Array(text.utf8)
    }

    /// Every token up to and including `.endOfInput`.
    public static func tokenize(_ text: String) -> [Token] {
        var lexer = Lexer(text)
        var tokens: [Token] = []
        while true {
            let token = lexer.next()
            tokens.append(token)
            if token.kind == .endOfInput { return tokens }
        }
    }

    public mutating func next() -> Token {
        skipSpaceAndComments()
        let start = offset
        let startLine = line
        let startColumn = column(of: start)
        guard let c = peek() else { return make(.endOfInput, from: start, line: startLine, column: startColumn) }
        let kind: Token.Kind
        switch c {
        case 0x0A:
            advance()
            kind = .newline
            line += 1
            lineStart = offset
            return Token(kind: kind, range: start..<offset, line: startLine, column: startColumn, width: 1)
        case UInt8(ascii: "("): advance(); kind = .leftParen
        case UInt8(ascii: ")"): advance(); kind = .rightParen
        case UInt8(ascii: "["): advance(); kind = .leftBracket
        case UInt8(ascii: "]"): advance(); kind = .rightBracket
        case UInt8(ascii: ","): advance(); kind = .comma
        case UInt8(ascii: ";"): advance(); kind = .semicolon
        case UInt8(ascii: "="):
            advance()
            kind = match(UInt8(ascii: "=")) ? .error(.doubleEquals) : .equal
        case UInt8(ascii: "!"):
            advance()
            kind = match(UInt8(ascii: "=")) ? .notEqual : .error(.loneBang)
        case UInt8(ascii: "&"):
            advance()
            _ = match(UInt8(ascii: "&"))
            kind = .error(.doubleAmpersand)
        case UInt8(ascii: "|"):
            advance()
            _ = match(UInt8(ascii: "|"))
            kind = .error(.doublePipe)
        case UInt8(ascii: "*"): advance(); kind = .times
        case UInt8(ascii: "+"): advance(); kind = .plus
        case UInt8(ascii: "-"): advance(); kind = .minus
        case UInt8(ascii: "/"): advance(); kind = .divide
        case UInt8(ascii: "<"):
            advance()
            kind = match(UInt8(ascii: "=")) ? .lessEqual : (match(UInt8(ascii: ">")) ? .notEqual : .less)
        case UInt8(ascii: ">"):
            advance()
            kind = match(UInt8(ascii: "=")) ? .greaterEqual : .greater
        case UInt8(ascii: "\""):
            kind = string(closing: [UInt8(ascii: "\"")])
        case 0xE2 where peek(1) == 0x80 && (peek(2) == 0x9C || peek(2) == 0x9D):
            kind = string(closing: [0xE2, 0x80, 0x9D], alsoStraight: true)
        case UInt8(ascii: "'"):
            advance()
            kind = .error(.singleQuote)
            skipWordChars()
        case UInt8(ascii: "$"):
            advance()
            let nameStart = offset
            skipWordChars()
            kind = offset > nameStart ? .parameter : .error(.bareDollar)
        case UInt8(ascii: "0")...UInt8(ascii: "9"):
            kind = numberOrDate()
        default:
            if isWordStart(c) {
                skipWordChars()
                kind = .identifier
            } else {
                advanceScalar()
                kind = .error(.unexpectedCharacter)
            }
        }
        return make(kind, from: start, line: startLine, column: startColumn)
    }

    // MARK: - Pieces

    private mutating func string(closing: [UInt8], alsoStraight: Bool = false) -> Token.Kind {
        let opener = offset
        advanceScalar()
        while let c = peek() {
            if c == 0x0A { break }
            if c == UInt8(ascii: "\\") {
                advance()
                if peek() != nil && peek() != 0x0A { advanceScalar() }
                continue
            }
            if c == UInt8(ascii: "\"") && (closing == [UInt8(ascii: "\"")] || alsoStraight) {
                advance()
                return .string
            }
            if c == 0xE2 && peek(1) == 0x80 && (peek(2) == 0x9D || peek(2) == 0x9C) && closing.count == 3 {
                advance(3)
                return .string
            }
            advanceScalar()
        }
        offset = opener
        advanceScalar()
        return .error(.unterminatedString)
    }

    /// `2022-01-05`, `2022-01` lex as dates; `2022`, `42`, `7.5` as numbers.
    private mutating func numberOrDate() -> Token.Kind {
        let start = offset
        skipDigits()
        if offset - start == 4, peek() == UInt8(ascii: "-"), isDigit(peek(1)) {
            advance()
            skipDigits()
            if peek() == UInt8(ascii: "-"), isDigit(peek(1)) {
                advance()
                skipDigits()
            }
            if let c = peek(), isWordChar(c) { skipWordChars(); return .error(.malformedDate) }
            return .date
        }
        if peek() == UInt8(ascii: "."), isDigit(peek(1)) {
            advance()
            skipDigits()
        }
        if let c = peek(), isWordChar(c) {
            skipWordChars()
            return .error(.malformedNumber)
        }
        return .number
    }

    private mutating func skipSpaceAndComments() {
        while let c = peek() {
            if c == 0x20 || c == 0x09 || c == 0x0D {
                advance()
            } else if c == UInt8(ascii: "#") {
                while let d = peek(), d != 0x0A { advance() }
            } else if c == UInt8(ascii: "-"), peek(1) == UInt8(ascii: "-") {
                // SQL comments are accepted too: people paste them.
                while let d = peek(), d != 0x0A { advance() }
            } else {
                return
            }
        }
    }

    // MARK: - Cursor

    private func peek(_ ahead: Int = 0) -> UInt8? {
        offset + ahead < bytes.count ? bytes[offset + ahead] : nil
    }

    private mutating func advance(_ count: Int = 1) {
        offset = min(bytes.count, offset + count)
    }

    private mutating func match(_ c: UInt8) -> Bool {
        guard peek() == c else { return false }
        advance()
        return true
    }

    /// Advances over one UTF-8 sequence (or one stray byte of a bad one).
    private mutating func advanceScalar() {
        advance()
        while let c = peek(), c & 0xC0 == 0x80 { advance() }
    }

    private mutating func skipDigits() {
        while isDigit(peek()) { advance() }
    }

    /// A word, and the words after it joined by dots with no space (`speaker.description`):
    /// a dotted path is one identifier.
    private mutating func skipWordChars() {
        while let c = peek() {
            if isWordChar(c) {
                c >= 0x80 ? advanceScalar() : advance()
            } else if c == UInt8(ascii: "."), let next = peek(1), isWordStart(next) {
                advance()
            } else {
                return
            }
        }
    }

    private func isDigit(_ c: UInt8?) -> Bool {
        guard let c else { return false }
        return c >= 0x30 && c <= 0x39
    }

    private func isWordStart(_ c: UInt8) -> Bool {
        (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A || c == UInt8(ascii: "_") || c >= 0xC0
    }

    private func isWordChar(_ c: UInt8) -> Bool {
        isWordStart(c) || isDigit(c) || (c >= 0x80 && c < 0xC0)
    }

    /// Column of a byte offset on the current line, in Unicode scalars. Tokens come in order,
    /// so counting resumes from the last position asked about: linear even on a huge line.
    private mutating func column(of position: Int) -> Int {
        if columnCache.offset < lineStart || columnCache.offset > position {
            columnCache = (lineStart, 1)
        }
        var (i, count) = columnCache
        while i < position {
            if bytes[i] & 0xC0 != 0x80 { count += 1 }
            i += 1
        }
        columnCache = (position, count)
        return count
    }

    private func make(_ kind: Token.Kind, from start: Int, line: Int, column: Int) -> Token {
        var width = 0
        for b in bytes[start..<offset] where b & 0xC0 != 0x80 { width += 1 }
        return Token(kind: kind, range: start..<offset, line: line, column: column, width: max(1, width))
    }
}
