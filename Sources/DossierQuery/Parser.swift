import DossierCorpus

/// The recursive-descent parser of DQL (rules in `grammar/dql.ebnf`).
///
/// Total over any input: it never throws and never loops without consuming a token. On an
/// error it records a diagnostic, skips to the end of the statement and goes on, so a script
/// with several mistakes reports them all.
public struct Parser {
    public static let clauseKeywords = ["count", "limit"]

    private let text: SourceText
    private var lexer: Lexer
    private var current: Token
    private(set) var diagnostics: [Diagnostic] = []

    public init(_ text: String, file: String = "<query>") {
        self.text = SourceText(name: file, text: text)
        self.lexer = Lexer(text)
        self.current = lexer.next()
    }

    /// Parses every statement; returns those that parsed and every diagnostic.
    public static func parse(_ text: String, file: String = "<query>") -> (statements: [Statement], diagnostics: [Diagnostic]) {
        var parser = Parser(text, file: file)
        let statements = parser.statements()
        return (statements, parser.diagnostics)
    }

    /// script = { separator } [ statement { separator { separator } statement } ] { separator } ;
    mutating func statements() -> [Statement] {
        var result: [Statement] = []
        while true {
            skipSeparators()
            if current.kind == .endOfInput { return result }
            let before = current.range.lowerBound
            if let statement = statement() {
                result.append(statement)
            } else {
                recoverToNextStatement()
            }
            if current.range.lowerBound == before && current.kind != .endOfInput { advance() }  // always progress
        }
    }

    /// statement = source { clause } ;
    mutating func statement() -> Statement? {
        let start = current
        guard let source = sourceName() else { return nil }
        var clauses: [Clause] = []
        while !isSeparator(current.kind) {
            guard let clause = clause() else { return nil }
            clauses.append(clause)
        }
        let width = max(1, previousEnd - start.range.lowerBound)
        return Statement(query: Query(source: source, clauses: clauses), span: SourceSpan(start.location, length: width))
    }

    /// source = "articles" | "sentences" | "entities" | "events" ;
    private mutating func sourceName() -> Name? {
        let token = current
        guard case .identifier = token.kind else {
            report(at: token, "expected a source at the start of a statement, found \(describe(token))",
                   hint: "start with one of: \(sourceList), e.g. events count")
            return nil
        }
        let word = self.word(token)
        guard Schema.source(named: word) != nil else {
            let suggestion = Suggestions.closest(to: word, among: Schema.sources.map(\.name))
            report(at: token, "unknown source '\(word)'",
                   hint: suggestion.map { "did you mean '\($0)'? e.g. \($0) count" } ?? "sources are: \(sourceList)")
            return nil
        }
        advance()
        return Name(text: word.lowercased(), span: token.span)
    }

    /// clause = "count" | "limit" number ;
    private mutating func clause() -> Clause? {
        let token = current
        guard case .identifier = token.kind else {
            report(at: token, "expected a clause, found \(describe(token))",
                   hint: "clauses are: \(Parser.clauseKeywords.joined(separator: ", ")), e.g. articles limit 3")
            return nil
        }
        let word = self.word(token).lowercased()
        switch word {
        case "count":
            advance()
            return .count(token.span)
        case "limit":
            advance()
            let number = current
            guard number.kind == .number, let n = Int(self.word(number)), n >= 0 else {
                report(at: number, "'limit' takes a whole number, found \(describe(number))", hint: "articles limit 3")
                return nil
            }
            advance()
            return .limit(n, SourceSpan(token.location, length: number.range.upperBound - token.range.lowerBound))
        default:
            let suggestion = Suggestions.closest(to: word, among: Parser.clauseKeywords)
            report(at: token, "unknown clause '\(self.word(token))'",
                   hint: suggestion.map { "did you mean '\($0)'?" } ?? "clauses are: \(Parser.clauseKeywords.joined(separator: ", ")), e.g. articles count")
            return nil
        }
    }

    // MARK: - Helpers

    private var sourceList: String { Schema.sources.map(\.name).joined(separator: ", ") }
    private var previousEnd = 0

    private mutating func advance() {
        previousEnd = current.range.upperBound
        if current.kind != .endOfInput { current = lexer.next() }
    }

    private func isSeparator(_ kind: Token.Kind) -> Bool {
        kind == .newline || kind == .semicolon || kind == .endOfInput
    }

    private mutating func skipSeparators() {
        while current.kind == .newline || current.kind == .semicolon { advance() }
    }

    private mutating func recoverToNextStatement() {
        while !isSeparator(current.kind) { advance() }
    }

    private func word(_ token: Token) -> String {
        String(decoding: lexer.bytes[token.range], as: UTF8.self)
    }

    private func describe(_ token: Token) -> String {
        switch token.kind {
        case .endOfInput: return "the end of the input"
        case .newline: return "the end of the line"
        case .error(let message): return message
        default: return "'\(word(token))'"
        }
    }

    private mutating func report(at token: Token, _ message: String, hint: String? = nil) {
        var message = message
        if case .error(let lexical) = token.kind { message = lexical }
        diagnostics.append(text.diagnostic(at: token.span, message, hint: hint))
    }
}
