import DossierQuery
import Testing

@Suite struct LexerTests {
    func kinds(_ text: String) -> [Token.Kind] {
        Lexer.tokenize(text).map(\.kind)
    }

    func texts(_ text: String) -> [String] {
        let bytes = Array(text.utf8)
        return Lexer.tokenize(text).dropLast().map { String(decoding: bytes[$0.range], as: UTF8.self) }
    }

    @Test func everyTokenKind() {
        #expect(kinds("events where actor = \"Tokayev\" after 2022-01-05 limit 3 ( ) [ ] , ; $who != < <= > >= <>\n") == [
            .identifier, .identifier, .identifier, .equal, .string, .identifier, .date, .identifier, .number,
            .leftParen, .rightParen, .leftBracket, .rightBracket, .comma, .semicolon, .parameter,
            .notEqual, .less, .lessEqual, .greater, .greaterEqual, .notEqual, .newline, .endOfInput,
        ])
    }

    @Test func datesNumbersAndYears() {
        #expect(kinds("2022-01-05 2022-01 2022 7.5 42") == [.date, .date, .number, .number, .number, .endOfInput])
        #expect(texts("2022-01-05 2022-01 2022 7.5") == ["2022-01-05", "2022-01", "2022", "7.5"])
    }

    @Test func curlyAndStraightQuotesWithEscapes() {
        #expect(kinds("“Tokayev” \"say \\\"hi\\\"\" “mixed\"") == [.string, .string, .string, .endOfInput])
    }

    @Test func commentsAreSkipped() {
        #expect(kinds("events # all of them\n-- SQL style too\ncount") == [.identifier, .newline, .newline, .identifier, .endOfInput])
    }

    @Test func positionsCountLinesAndUnicodeColumns() {
        let tokens = Lexer.tokenize("sentences where text contains \"Алматы\" and\n  index < 3")
        let contains = tokens[3]
        #expect((contains.line, contains.column) == (1, 22))
        let string = tokens[4]
        #expect((string.column, string.width) == (31, 8))
        let and = tokens[5]
        #expect((and.line, and.column) == (1, 40))
        let index = tokens[7]
        #expect((index.line, index.column) == (2, 3))
    }

    @Test func badInputBecomesErrorTokensNotCrashes() {
        #expect(kinds("\"open") == [.error(.unterminatedString), .identifier, .endOfInput])
        #expect(kinds("a == b").contains(.error(.doubleEquals)))
        #expect(kinds("'single'").first == .error(.singleQuote))
        #expect(kinds("@").first == .error(.unexpectedCharacter))
        #expect(kinds("2022-01-05x").first == .error(.malformedDate))
        #expect(kinds("$").first == .error(.bareDollar))
    }

    @Test func invalidUTF8AndHugeLinesTerminate() {
        let bytes: [UInt8] = [0x65, 0xFF, 0xC3, 0x28, 0x22, 0xE2, 0x80]
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(Lexer.tokenize(text).last?.kind == .endOfInput)
        let long = String(repeating: "events where text contains \"x\" and ", count: 20_000) + "index > 1"
        #expect(Lexer.tokenize(long).count == 20_000 * 6 + 4)
    }
}
