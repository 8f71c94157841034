import DossierCorpus
import DossierDiagnostics
import DossierQuery
import Testing

@Suite struct ParserTests {
    func errors(_ text: String) -> String {
        Parser.parse(text, file: "").diagnostics.map { DiagnosticRenderer(color: false).render($0) }.joined(separator: "\n")
    }

    func printed(_ text: String) -> [String] {
        let parsed = Parser.parse(text)
        #expect(parsed.diagnostics.isEmpty, "\(parsed.diagnostics)")
        return parsed.statements.map(Printer.print)
    }

    @Test func everyConstruct() {
        #expect(printed("""
            events where actor = "Tokayev" after 2022-01-05
            events where (kind = "protest" or kind = "arrest") and not place = "Almaty"
            events before 2022 ; events on 2022-01 ; events between 2022-01-02 and 2022-01-07
            articles sort by published desc, source limit 3
            articles show id, title
            events count
            events count by kind limit 3
            events distinct place
            let t = events where actors in ["Putin", "Tokayev"]
            t count
            explain events where date >= 2022-01-05
            articles where words > 1000 and translated = true and url != null
            sentences where text matches "troops?" or text contains “CSTO”
            events where kind not in ["speech"] limit $n
            """) == [
            "events where actor = \"Tokayev\" after 2022-01-05",
            "events where (kind = \"protest\" or kind = \"arrest\") and not place = \"Almaty\"",
            "events before 2022", "events on 2022-01", "events between 2022-01-02 and 2022-01-07",
            "articles sort by published desc, source limit 3",
            "articles show id, title",
            "events count",
            "events count by kind limit 3",
            "events distinct place",
            "let t = events where actors in [\"Putin\", \"Tokayev\"]",
            "t count",
            "explain events where date >= 2022-01-05",
            "articles where words > 1000 and translated = true and url != null",
            "sentences where text matches \"troops?\" or text contains \"CSTO\"",
            "events where kind not in [\"speech\"] limit $n",
        ])
    }

    @Test func theNewConstructsPrintAsTheyParse() {
        #expect(printed("""
            sentences where text has "war"
            quotes show speaker, speaker.description, sentence.text
            quotes where fragment = false count by speaker, article where count > 1
            figures where outcome = "killed" max value by article
            quotes count distinct article by speaker
            conflicts show what, high - low as spread, (high - low) / low, -low, 2 * (high + low) - 1
            events count by month(date)
            explain analyze figures sum value
            figures where value > -5 and value - 1 < 10
            """) == [
            "sentences where text has \"war\"",
            "quotes show speaker, speaker.description, sentence.text",
            "quotes where fragment = false count by speaker, article where count > 1",
            "figures where outcome = \"killed\" max value by article",
            "quotes count distinct article by speaker",
            "conflicts show what, high - low as spread, (high - low) / low, -low, 2 * (high + low) - 1",
            "events count by month(date)",
            "explain analyze figures sum value",
            "figures where value > -5 and value - 1 < 10",
        ])
    }

    @Test func precedenceIsNotThenAndThenOr() {
        #expect(printed("events where not kind = \"a\" or kind = \"b\" and place = \"c\"") == [
            "events where not kind = \"a\" or kind = \"b\" and place = \"c\"",
        ])
        let parsed = Parser.parse("events where not kind = \"a\" or kind = \"b\" and place = \"c\"")
        guard case .query(let query) = parsed.statements.first?.kind, case .where(let condition, _) = query.clauses.first else {
            Issue.record("no where clause")
            return
        }
        guard case .or(let parts) = condition, parts.count == 2, case .not = parts[0], case .and(let inner) = parts[1], inner.count == 2 else {
            Issue.record("wrong shape: \(condition)")
            return
        }
    }

    @Test func keywordsAreCaseInsensitive() {
        #expect(printed("EVENTS WHERE kind = \"protest\" LIMIT 5;") == ["EVENTS where kind = \"protest\" limit 5"])
    }

    @Test func statementsContinueAcrossLines() {
        #expect(printed("""
            events
              where actor = "Tokayev" and
                kind = "speech"
              after 2022-01-05
            articles count
            """) == [
            "events where actor = \"Tokayev\" and kind = \"speech\" after 2022-01-05",
            "articles count",
        ])
        #expect(printed("events where kind in [\n\"protest\",\n\"arrest\"]") == ["events where kind in [\"protest\", \"arrest\"]"])
    }

    @Test func roundTripGivesTheSameTree() {
        for text in ["events where actor = \"Tokayev\" after 2022-01-05 sort by date desc limit 3",
                     "events where (kind = \"a\" or kind = \"b\") and not (place = \"c\" or place = \"d\")",
                     "sentences where text contains \"quote \\\"inside\\\"\" count",
                     "let x = articles where published >= 2022-01 show id"] {
            let once = printed(text)
            let twice = printed(once.joined(separator: "\n"))
            #expect(once == twice)
        }
    }

    @Test func misspelledClauseSuggestsWhere() {
        #expect(errors("events wher actor = \"Tokayev\"") == """
            1:8: error: unknown clause 'wher'
             1 | events wher actor = "Tokayev"
               |        ^~~~
            hint: did you mean 'where'? e.g. events where kind = "protest"
            """)
    }

    @Test func unterminatedStringIsReportedAtItsOpeningQuote() {
        #expect(errors("events where kind = \"protest") == """
            1:21: error: unterminated string: the closing quote is missing
             1 | events where kind = "protest
               |                     ^
            hint: close it with a double quote: kind = "protest"
            """)
    }

    @Test func doubleEqualsSaysToUseOne() {
        #expect(errors("events where kind == \"protest\"") == """
            1:19: error: '==' is not DQL: equality is a single '='
             1 | events where kind == "protest"
               |                   ^~
            hint: kind = "Tokayev"
            """)
    }

    @Test func bareWordValueNeedsQuotes() {
        #expect(errors("events where kind = protest") == """
            1:21: error: text values take double quotes
             1 | events where kind = protest
               |                     ^~~~~~~
            hint: kind = "protest"
            """)
    }

    @Test func quotedDateSaysToWriteItBare() {
        #expect(errors("events after \"2022-01-05\"") == """
            1:14: error: dates are written without quotes
             1 | events after "2022-01-05"
               |              ^~~~~~~~~~~~
            hint: after 2022-01-05
            """)
    }

    @Test func sqlHabitsGetATranslation() {
        #expect(errors("SELECT * FROM events") == """
            1:1: error: DQL has no SELECT: a statement starts with its source
             1 | SELECT * FROM events
               | ^~~~~~
            hint: try: events
            """)
        #expect(errors("select date, summary from events where actor = 'Tokayev' limit 3") == """
            1:1: error: DQL has no SELECT: a statement starts with its source
             1 | select date, summary from events where actor = 'Tokayev' limit 3
               | ^~~~~~
            hint: try: events where actor = "Tokayev" show date, summary limit 3
            """)
        // What the translation cannot read gets the general advice.
        #expect(errors("SELECT a.x FROM events a JOIN quotes b ON a.id = b.id").hasSuffix(
            "hint: try `events show date, summary` or `events where actor = \"Tokayev\"`"))
    }

    @Test func conditionWithoutWhere() {
        #expect(errors("events kind = \"protest\"") == """
            1:8: error: a condition needs 'where' before it
             1 | events kind = "protest"
               |        ^~~~
            hint: events where kind ...
            """)
    }

    @Test func unclosedParenthesisNamesItsColumn() {
        #expect(errors("events where (kind = \"a\" or kind = \"b\"") == """
            1:39: error: expected ')' to close the '(' at column 14, found the end of the input
             1 | events where (kind = "a" or kind = "b"
               |                                       ^
            hint: events where (kind = "protest" or kind = "arrest") and place = "Almaty"
            """)
    }

    @Test func everyErrorOfAScriptIsReported() {
        let diagnostics = Parser.parse("events wher x\narticles count\nevents limit many\nsentences where text = \"ok\"\nlet = 3", file: "s.dq").diagnostics
        #expect(diagnostics.map { "\($0.file ?? ""):\($0.span?.start.description ?? "")" } == ["s.dq:1:8", "s.dq:3:14", "s.dq:5:5"])
    }

    @Test func incompleteInputIsDetectedByTheParser() {
        for text in ["events where", "events where kind =", "events where (kind = \"a\"", "events where kind in [\"a\",",
                     "events where kind = \"a\" and", "events between 2022-01-01 and", "events sort by", "events where kind = \"pro"] {
            #expect(Parser.isIncomplete(text), "\(text)")
        }
        for text in ["events", "events count", "events where kind = \"a\"", "events limit 3", ""] {
            #expect(!Parser.isIncomplete(text), "\(text)")
        }
    }

    @Test func parserIsTotalOnArbitraryInput() {
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array("events where and or not ( ) [ ] , ; = != < > \" “ ” $x 2022-01 12 count by show sort limit \n after between".utf8) + [0xFF, 0xC3]
        for _ in 0..<300 {
            let length = Int.random(in: 0..<80, using: &generator)
            let bytes = (0..<length).map { _ in alphabet.randomElement(using: &generator)! }
            _ = Parser.parse(String(decoding: bytes, as: UTF8.self))
        }
    }
}
