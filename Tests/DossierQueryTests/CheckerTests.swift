import DossierCorpus
import DossierDiagnostics
import DossierExtraction
@testable import DossierQuery
import Testing

/// Diagnostics of the checker, as rendered text: each names the place, shows the caret and
/// says what to write instead.
@Suite struct CheckerTests {
    static let corpus = try! CorpusBuilder().load(BundledCorpus.source).corpus
    static let handle = CorpusHandle(corpus)

    func errors(_ text: String) -> String {
        let parsed = Parser.parse(text, file: "")
        guard parsed.diagnostics.isEmpty, case .query(let query)? = parsed.statements.first?.kind else {
            return "parse error: \(parsed.diagnostics)"
        }
        var checker = Checker(environment: Environment(handle: Self.handle), text: SourceText(name: "", text: text))
        _ = checker.check(query)
        return checker.diagnostics.map { DiagnosticRenderer(color: false).render($0) }.joined(separator: "\n")
    }

    @Test func misspelledEntitySuggestsAnAlias() {
        #expect(errors("events where actor = \"Tokayv\"") == """
            1:22: error: no entity is named 'Tokayv'
             1 | events where actor = "Tokayv"
               |                      ^~~~~~~~
            hint: did you mean "Tokayev"?
            """)
    }

    @Test func fieldOfAnotherSourceListsTheFields() {
        #expect(errors("articles where speaker = \"Putin\"") == """
            1:16: error: articles have no field 'speaker' (quotes do)
             1 | articles where speaker = "Putin"
               |                ^~~~~~~
            hint: fields of articles: id, title, source, author, published, language, translated, url, words, notes
            """)
    }

    @Test func unknownSourceSuggestsOne() {
        #expect(errors("evnets count") == """
            1:1: error: unknown source or name 'evnets'
             1 | evnets count
               | ^~~~~~
            hint: did you mean 'events'? e.g. events count
            """)
    }

    @Test func dateComparedWithAStringSaysHowToWriteADate() {
        #expect(errors("events where date >= \"2022-01-05\"") == """
            1:22: error: dates are written without quotes
             1 | events where date >= "2022-01-05"
               |                      ^~~~~~~~~~~~
            hint: date >= 2022-01-05
            """)
    }

    @Test func enumerationTypoSuggestsAValuePresent() {
        #expect(errors("events where kind = \"protets\"").hasPrefix("""
            1:21: error: no events have kind 'protets'
             1 | events where kind = "protets"
               |                     ^~~~~~~~~
            hint: did you mean "protest"?
            """))
    }

    @Test func entitiesHaveNoDate() {
        #expect(errors("entities after 2022").hasPrefix("1:10: error: entities have no date to filter on"))
    }

    @Test func aShapeTakesWhereSortLimitOrAnotherShape() {
        #expect(errors("events count by kind where kind = \"speech\"") == "")
        #expect(errors("events count by kind show kind") == "")
        #expect(errors("events count by kind after 2022").hasPrefix("1:22: error: 'after' cannot follow show, count or distinct"))
        #expect(errors("events count by kind show knd").hasPrefix("1:27: error: the table has no column 'knd'"))
        #expect(errors("events show date where kind = \"speech\"").hasPrefix(
            "1:24: error: 'kind' is not a column of the table made before this 'where' (date)"))
        #expect(errors("events count by kind sort by count desc limit 2") == "")
        #expect(errors("events count by kind sort by nope").hasPrefix("1:30: error: 'nope' is not a column of this result"))
    }

    @Test func aGroupTakesAtMostTwoListFields() {
        #expect(errors("events count by actors, articles, kind") == "")
        #expect(errors("events count by actors, articles, actors").hasPrefix("1:35: error: at most two list fields in one 'by'"))
    }

    @Test func anAggregateNeedsAFieldItCanRead() {
        #expect(errors("events sum kind").hasPrefix("1:12: error: 'sum' adds numbers; 'kind' is an enumeration"))
        #expect(errors("events max summary").hasPrefix("1:12: error: 'max' compares numbers or dates; 'summary' is a text"))
        #expect(errors("events max date by origin where max > 2000") == "")
        #expect(errors("quotes count distinct article by speaker where count > 1 sort by speaker") == "")
    }

    @Test func aComputedColumnNeedsTheRightTypes() {
        #expect(errors("conflicts show what, high - what").hasPrefix("1:22: error: '-' works on numbers; 'what' is a text"))
        #expect(errors("events show mnth(date)").hasPrefix("1:13: error: unknown function 'mnth'"))
        #expect(errors("events show year(kind)").hasPrefix("1:13: error: year takes a date; 'kind' is an enumeration"))
        #expect(errors("conflicts show (high - low) / low as growth sort by growth desc") == "")
    }

    @Test func kwicAndContextSayWhereTheyApply() {
        #expect(errors("events kwic").hasPrefix("1:8: error: events have no words in an article to show in context"))
        #expect(errors("sentences kwic").hasPrefix("1:11: error: 'kwic' on sentences needs the words to show in context"))
        #expect(errors("figures kwic \"x\"").hasPrefix("1:14: error: 'kwic' on figures shows each row's own words: it takes no words"))
        #expect(errors("quotes context 1").hasPrefix("1:8: error: 'context' shows sentences around sentences; quotes are not sentences"))
        #expect(errors("sentences kwic \"war\" width 500").hasPrefix("1:28: error: 'width' is the characters shown either side of a hit"))
        #expect(errors("sentences kwic \"war\" width 20 sort by rightword") == "")
    }

    @Test func aWrongPathSaysWhereItCanGo() {
        #expect(errors("quotes show speakr.description") == """
            1:13: error: 'speakr.' leads nowhere from quotes
             1 | quotes show speakr.description
               |             ^~~~~~~~~~~~~~~~~~
            hint: did you mean 'speaker.'? from quotes, a path starts with speaker., sentence., article. e.g. speaker.name
            """)
        #expect(errors("figures where sentence.txt contains \"x\"").hasPrefix("1:15: error: sentences have no field 'txt'"))
        #expect(errors("entities show name.kind").hasPrefix("1:15: error: 'name.' leads nowhere from entities"))
    }

    @Test func regexThatNeedsBacktrackingIsRefusedWithItsReason() {
        #expect(errors("sentences where text matches \"(a*)\\\\1*b\"").contains("a backreference (\\1) needs backtracking"))
        #expect(errors("sentences where text matches \"x{0,20000}y\"").contains("a repeat count above 1000 ({0,20000})"))
        #expect(errors("sentences where text matches \"\\q\"").contains("unknown escape \\q"))
        #expect(errors("sentences where text matches \"[unclosed\"").contains("invalid regular expression: missing ]"))
        // What backtracking engines refused as dangerous runs, in linear time.
        #expect(errors("sentences where text matches \"(\\\\w+)*x\"") == "")
    }

    @Test func betweenMustRunForward() {
        #expect(errors("events between 2022-01-07 and 2022-01-02").hasPrefix("1:8: error: 'between 2022-01-07 and 2022-01-02' is empty"))
    }

    @Test func typesOfComparisons() {
        #expect(errors("articles where words contains \"x\"").contains("'contains' works on text; 'words' is a number"))
        #expect(errors("articles where title = 3").contains("'title' is text: compare it with text in double quotes"))
        #expect(errors("articles where translated = \"maybe\"").contains("'translated' is true or false"))
    }
}

/// The regular expressions run in linear time: patterns that make backtracking engines run
/// for ages give their answer at once, with the meaning users expect.
@Suite struct LinearRegexTests {
    @Test(arguments: [("(a+)+!", "aa!"), ("(\\w*)*x", "abx"), ("(e|a|[a-z ])*(x|q)z", "eaxz"), ("((ab)*c)+!", "abc!"),
                      ("(a|aa){2,}!", "aaa!"), (".*.*.*.*.*.*.*=", "a=b"), ("a*a*a*a*a*a*a*a*a*b", "aab")])
    func adversarialPatternsAnswerAtOnce(_ pattern: String, _ matching: String) throws {
        let regex = try LinearRegex(pattern)
        // Fifty thousand a's: a backtracking engine tries an exponential number of ways.
        let longFailure = regex.search(String(repeating: "a", count: 50_000))
        #expect(!longFailure, "\(pattern)")
        #expect(regex.search(matching), "\(pattern)")
    }

    @Test func classesAnchorsAndCaseWorkAsUsersExpect() throws {
        #expect(try LinearRegex("\\d{4}").search("in 2022 they"))
        #expect(try !LinearRegex("\\bwar\\b").search("they warned toward the thwarted"))
        #expect(try LinearRegex("\\bwar\\b").search("a war began"))
        #expect(try LinearRegex("(?i)tokayev").search("TOKAYEV said"))
        #expect(try LinearRegex("^Алматы\\s").search("Алматы is calm"))
        #expect(try LinearRegex("\\p{Lu}\\p{Ll}+ев$").search("сказал Токаев"))
        #expect(try !LinearRegex("\\p{Lu}\\p{Ll}+ев$").search("сказал токаев"))
    }
}
