import DossierCorpus
import DossierExtraction
import DossierQuery
import DossierShell
import Testing
import TestSupport

/// The mistakes a newcomer makes most, each with the message and the hint Dossier answers
/// with: the hint must say what to write instead. Run on the bundled corpus, as typed.
@Suite struct BeginnerMistakeTests {
    struct Mistake: Sendable, CustomTestStringConvertible {
        var typed: String
        var message: String
        var hint: String
        var testDescription: String { typed }
    }

    static let mistakes: [Mistake] = [
        // 1. Text without quotes.
        Mistake(typed: "events where actor = Tokayev", message: "1:22: error: text values take double quotes", hint: "actor = \"Tokayev\""),
        // 2. Single quotes, as in SQL.
        Mistake(typed: "events where actor = 'Tokayev'", message: "1:22: error: strings take double quotes: \"like this\"",
                hint: "actor = \"...\""),
        // 3. == for =.
        Mistake(typed: "events where actor == \"Tokayev\"", message: "1:20: error: '==' is not DQL: equality is a single '='",
                hint: "actor = \"Tokayev\""),
        // 4. A date in quotes.
        Mistake(typed: "events after \"2022-01-05\"", message: "1:14: error: dates are written without quotes", hint: "after 2022-01-05"),
        // 5. A date clause inside where.
        Mistake(typed: "events where after 2022-01-05", message: "1:14: error: 'after' is a clause of its own, not a condition after 'where'",
                hint: "after 2022-01-05"),
        // 6. between used as an operator.
        Mistake(typed: "events where date between 2022-01-01 and 2022-01-05",
                message: "1:19: error: 'between' is a clause of its own: it filters on the source's date, with no field before it",
                hint: "events between 2022-01-01 and 2022-01-05"),
        // 7. A field of another source.
        Mistake(typed: "events where speaker = \"Tokayev\"", message: "1:14: error: events have no field 'speaker' (quotes do)",
                hint: "fields of events: date, actors, place"),
        // 8. A misspelled name.
        Mistake(typed: "events where actor = \"Tokaev\"", message: "1:22: error: no entity is named 'Tokaev'", hint: "did you mean \"Tokayev\"?"),
        // 9. A misspelled value.
        Mistake(typed: "events where kind = \"protests\"", message: "1:21: error: no events have kind 'protests'", hint: "did you mean \"protest\"?"),
        // 10. A misspelled clause.
        Mistake(typed: "events wher kind = \"protest\"", message: "1:8: error: unknown clause 'wher'", hint: "did you mean 'where'?"),
        // 11. A singular source.
        Mistake(typed: "event count", message: "1:1: error: unknown source or name 'event'", hint: "did you mean 'events'?"),
        // 12. SQL's SELECT ... FROM, translated.
        Mistake(typed: "SELECT date, summary FROM events WHERE kind = 'protest' ORDER BY date",
                message: "1:1: error: DQL has no SELECT: a statement starts with its source",
                hint: "try: events where kind = \"protest\" sort by date show date, summary"),
        Mistake(typed: "SELECT * FROM events", message: "1:1: error: DQL has no SELECT: a statement starts with its source", hint: "try: events"),
        // 13. GROUP BY.
        Mistake(typed: "events group by kind", message: "1:8: error: DQL has no GROUP BY: count by counts the rows per value",
                hint: "events count by kind"),
        // 14. count(*).
        Mistake(typed: "events count(*)", message: "1:13: error: count takes no parentheses: it counts the rows", hint: "events count"),
        // 15. && and ||.
        Mistake(typed: "events where kind = \"protest\" && place = \"Almaty\"", message: "1:31: error: '&&' is not DQL: write 'and'",
                hint: " and kind = "),
        // 16. Fields without commas.
        Mistake(typed: "events show date summary", message: "1:18: error: fields are separated by commas", hint: "show date, summary"),
        // 17. IS NULL.
        Mistake(typed: "quotes where speaker is null", message: "1:22: error: DQL has no 'is': compare with null using = or !=",
                hint: "speaker = null"),
        // 18. One field for two values.
        Mistake(typed: "events where kind = \"protest\" or \"speech\"", message: "1:34: error: each side of 'or' needs a field and an operator",
                hint: "kind = \"protest\" or kind = \"speech\", or kind in [\"protest\", \"speech\"]"),
        // 19. Thousands separators.
        Mistake(typed: "figures where value > 1,000", message: "1:23: error: numbers are written without thousands separators",
                hint: "value > 1000"),
        // 20. A date written day first.
        Mistake(typed: "events where date = 05/01/2022", message: "1:21: error: dates are written year first: YYYY-MM-DD",
                hint: "date = 2022-01-05"),
        // 21. A month by name.
        Mistake(typed: "events on January 2022", message: "1:11: error: dates are written as numbers, year first", hint: "on 2022-01 (a month)"),
        // 22. A list in parentheses.
        Mistake(typed: "events where actor in (\"Tokayev\", \"Putin\")", message: "1:23: error: 'in' takes a list in square brackets, found '('",
                hint: "actor in [\"Tokayev\", \"Putin\"]"),
        // 23. LIKE.
        Mistake(typed: "events where summary like \"%CSTO%\"", message: "1:22: error: DQL has no 'like'", hint: "contains"),
        // 24. descending spelled out.
        Mistake(typed: "events sort by date descending", message: "1:21: error: write 'desc', not 'descending'", hint: "events sort by date desc"),
        // 25. A command without its dot.
        Mistake(typed: "help", message: "1:1: error: 'help' is a command, and commands start with a dot", hint: ".help"),
        // 26. show *.
        Mistake(typed: "events show *", message: "1:13: error: '*' is not DQL", hint: "leave out show for the usual columns"),
        // 27. A condition without where.
        Mistake(typed: "events kind = \"protest\"", message: "1:8: error: a condition needs 'where' before it", hint: "events where kind"),
        // 28. A number in quotes.
        Mistake(typed: "articles where words > \"1500\"", message: "1:24: error: numbers are written without quotes", hint: "words > 1500"),
        // 29. An unclosed string.
        Mistake(typed: "events where actor = \"Tokayev", message: "1:22: error: unterminated string", hint: "actor = \"Tokayev\""),
        // between on a number.
        Mistake(typed: "sentences where index between 15 and 17",
                message: "1:23: error: 'between' is for dates; a range of numbers is two comparisons", hint: "index >= 15 and index <= 17"),
        // A named result where a list goes.
        Mistake(typed: "quotes where speaker in analysts", message: "1:25: error: 'in' takes a list in square brackets, found 'analysts'",
                hint: "speaker in [\"Tokayev\", \"Putin\"]"),
        // A condition on a column the shape dropped.
        Mistake(typed: "events show date, summary where kind = \"speech\"",
                message: "1:33: error: 'kind' is not a column of the table made before this 'where' (date, summary)",
                hint: "filter the rows before the shape: events where kind ... show date, summary"),
    ]

    static let corpus = try! CorpusBuilder().load(BundledCorpus.source).corpus

    @Test(arguments: mistakes) func aMistakeGetsAMessageThatSaysWhatToWrite(_ mistake: Mistake) {
        let session = Session(corpus: Self.corpus, format: .table, output: .capturing(), errors: .capturing())
        #expect(!session.run(mistake.typed, file: ""))
        let errors = session.errors.captured
        #expect(errors.hasPrefix(mistake.message), "\(errors)")
        let hint = errors.split(separator: "\n").first { $0.hasPrefix("hint: ") } ?? ""
        #expect(hint.contains(mistake.hint), "\(errors)")
        // The source line and a caret come with every message.
        #expect(errors.contains(" 1 | \(mistake.typed)\n"), "\(errors)")
        #expect(errors.contains("^"), "\(errors)")
        #expect(session.output.captured == "")
    }

    /// Habits that DQL accepts as they are: they must simply work.
    @Test func habitsThatAreFine() {
        let session = Session(corpus: Self.corpus, format: .table, output: .capturing(), errors: .capturing())
        #expect(session.run("events LIMIT 5;"))
        #expect(session.run("EVENTS WHERE KIND = \"protest\" COUNT"))
        #expect(session.run("events after 2022-01-05 where kind = \"protest\""))
        #expect(session.run("events order by date desc limit 2"))
        #expect(session.errors.captured == "")
    }

    /// The translation of SQL gives a statement that runs.
    @Test func translatedSQLRuns() {
        let session = Session(corpus: Self.corpus, format: .table, output: .capturing(), errors: .capturing())
        for sql in ["SELECT date, summary FROM events WHERE kind = 'protest' ORDER BY date DESC LIMIT 5",
                    "SELECT kind, COUNT(*) FROM events GROUP BY kind", "SELECT COUNT(*) FROM quotes",
                    "select * from figures where what = 'troops'"] {
            #expect(!session.run(sql))
            let hint = session.errors.captured.split(separator: "\n").last { $0.hasPrefix("hint: try: ") } ?? ""
            let translation = String(hint.dropFirst("hint: try: ".count))
            #expect(!translation.isEmpty, "\(sql)")
            let check = Session(corpus: Self.corpus, format: .table, output: .capturing(), errors: .capturing())
            #expect(check.run(translation), "\(sql) -> \(translation): \(check.errors.captured)")
        }
    }
}
