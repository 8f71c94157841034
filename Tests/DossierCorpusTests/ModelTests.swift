import DossierCorpus
import DossierDiagnostics
import DossierExtraction
import Testing

@Suite struct PartialDateTests {
    @Test func parsesEachPrecision() throws {
        #expect(try #require(PartialDate.parse("2022-01-05")).precision == .day)
        #expect(try #require(PartialDate.parse("2022-01")).precision == .month)
        #expect(try #require(PartialDate.parse("2022")).precision == .year)
    }

    @Test(arguments: ["2022-02-29", "2022-13", "2022-00", "22-01-05", "2022-1-5", "2022-01-05x", "", "2022-", "abcd"])
    func rejects(_ text: String) {
        #expect(PartialDate.parse(text) == nil)
    }

    @Test func leapDayExistsInLeapYears() {
        #expect(PartialDate.parse("2024-02-29") != nil)
        #expect(PartialDate.parse("1900-02-29") == nil)
        #expect(PartialDate.parse("2000-02-29") != nil)
    }

    @Test func coversARangeOfDays() throws {
        let january = try #require(PartialDate.parse("2022-01"))
        #expect(january.lastDay - january.firstDay == 30)
        let first = try #require(PartialDate.parse("2022-01-01"))
        #expect(january.firstDay == first.firstDay)
        let year = try #require(PartialDate.parse("2022"))
        #expect(year.lastDay - year.firstDay == 364)
    }

    @Test func aDecadeOrAPartOfItCoversItsYears() throws {
        let nineties = try #require(PartialDate(decade: 1990))
        #expect(nineties.precision == .decade && nineties.month == nil && nineties.day == nil)
        #expect(nineties.firstDay == PartialDate.dayNumber(year: 1990, month: 1, day: 1))
        #expect(nineties.lastDay == PartialDate.dayNumber(year: 1999, month: 12, day: 31))
        let mid = try #require(PartialDate(decade: 1990, part: .mid))
        #expect(mid.firstDay == PartialDate.dayNumber(year: 1994, month: 1, day: 1))
        #expect(mid.lastDay == PartialDate.dayNumber(year: 1996, month: 12, day: 31))
        #expect([nineties, mid].map(\.description) == ["1990s", "mid 1990s"])
        #expect(PartialDate(decade: 1995) == nil)
        let year = try #require(PartialDate.parse("1990"))
        #expect([nineties, year].sorted().map(\.description) == ["1990", "1990s"])
    }

    @Test func dayNumbersRoundTripAndKnowTheWeekday() throws {
        let friday = try #require(PartialDate.parse("2022-01-07"))
        #expect(PartialDate(dayNumber: friday.firstDay) == friday)
        #expect(friday.weekday == 4)  // Monday = 0
        #expect(PartialDate(dayNumber: 0).description == "1970-01-01")
    }

    @Test func ordersByFirstDayThenTheMorePreciseFirst() throws {
        let dates = ["2022", "2022-01", "2021-12-31", "2022-01-01", "1991-12-16"].compactMap(PartialDate.parse)
        #expect(dates.sorted().map(\.description) == ["1991-12-16", "2021-12-31", "2022-01-01", "2022-01", "2022"])
    }
}

@Suite struct NameTests {
    @Test func keysFoldCaseApostrophesHyphensAndSpaces() {
        #expect(NameKey.of("Kassym‐Jomart  TOKAYEV") == NameKey.of("kassym-jomart tokayev"))
        #expect(NameKey.of("Tokayev’s") == "tokayev's")
        #expect(NameKey.of("Алматы") == "алматы")
    }

    @Test func suggestionsFindTyposButNotStrangers() {
        #expect(Suggestions.closest(to: "wher", among: ["where", "count", "limit"]) == "where")
        #expect(Suggestions.closest(to: "evnets", among: ["events", "entities"]) == "events")
        #expect(Suggestions.closest(to: "banana", among: ["events", "entities"]) == nil)
    }

    @Test func textSearchForgivesQuotesCaseAndSpaces() {
        let text = "He said “very promptly”  and Tokayev’s aides agreed."
        let range = TextSearch.find("\"very promptly\" and tokayev's", in: text)
        #expect(range.map { Array(text.utf8)[$0.lowerBound] } == 0xE2)
        #expect(TextSearch.find("not there", in: text) == nil)
    }
}
