import DossierCorpus
@testable import DossierExtraction
import Testing

/// Dates found in sentences, against a publication date: Saturday 2022-01-08 unless said.
@Suite struct DateFinderTests {
    func dates(_ sentence: String, published: String = "2022-01-08") -> [String] {
        var text = sentence
        return text.withUTF8 { bytes in
            let words = WordScanner.words(in: bytes, range: 0..<bytes.count)
            return DateFinder(published: PartialDate.parse(published)).dates(in: words).map(\.date.description)
        }
    }

    @Test func absoluteDatesWithTheirPrecision() {
        #expect(dates("On January 11, 2022, the troops left.") == ["2022-01-11"])
        #expect(dates("Protests began on Jan. 2 in Zhanaozen.") == ["2022-01-02"])
        #expect(dates("The decree of December 26th was annulled.") == ["2021-12-26"])
        #expect(dates("It happened on 5 January 2022 and in January 2022.") == ["2022-01-05", "2022-01"])
        #expect(dates("He has ruled since 2019, and since 1991 before him.") == ["2019", "1991"])
        #expect(dates("Prices doubled in September last year.") == ["2021-09"])
    }

    @Test func relativeDatesResolveAgainstPublication() {
        #expect(dates("In a menacing speech Friday, he warned them.") == ["2022-01-07"])
        #expect(dates("He had a telephone call with Putin on Saturday.") == ["2022-01-08"])
        #expect(dates("On Tuesday, Tokayev announced the withdrawal from Thursday.", published: "2022-01-13") == ["2022-01-11", "2022-01-13"])
        #expect(dates("Next Monday they vote.") == ["2022-01-10"])
        #expect(dates("Prices rose last month.") == ["2021-12"])
        #expect(dates("Violence erupted this week.") == ["2022-01"])
        #expect(dates("It was announced yesterday.") == ["2022-01-07"])
    }

    @Test func wordsThatLookLikeDatesAreLeftOut() {
        #expect(dates("They may march on the capital.") == [])
        #expect(dates("Kazakhstan today is different.") == [])
        #expect(dates("Some 2022 protesters were held.") == [])
        // A week that spans two months has no month.
        #expect(dates("It happened this week.", published: "2022-02-01") == [])
        // Without a publication day, relative dates are not guessed.
        #expect(dates("On Friday he spoke.", published: "2022-03") == [])
    }

    @Test func theTenseOfTheClausePointsAMonthOrAWeekdayForwardOrBack() {
        // Published Saturday 2022-01-08.
        #expect(dates("The council will meet in May.") == ["2022-05"])
        #expect(dates("The council met in May.") == ["2021-05"])
        #expect(dates("The ministers will sign the treaty on Tuesday.") == ["2022-01-11"])
        #expect(dates("The ministers signed the treaty on Tuesday.") == ["2022-01-04"])
        #expect(dates("The vote was set for this September.") == ["2022-09"])
        #expect(dates("They met last February and will meet again next March.") == ["2021-02", "2022-03"])
        // A weekday in the possessive names what has happened.
        #expect(dates("Lawyers appealed against Wednesday's ruling.") == ["2022-01-05"])
        // A month and day a day after publication is this year's, whatever the tense.
        #expect(dates("The paper said in an editorial on Sunday, Jan. 9, that it would wait.") == ["2022-01-09"])
    }

    @Test func anIntentionBeforeTheDateLooksAheadAndAMonthThatNamesSomethingIsNoDate() {
        // Saturday 2022-01-08: "planned to leave" puts Thursday ahead, past tense or not.
        #expect(dates("The team planned to leave the city on Thursday for the coast.") == ["2022-01-13"])
        #expect(dates("The mission left the city on Thursday.") == ["2022-01-06"])
        // A "will" far back in a long clause still points ahead.
        #expect(dates("The convoy will leave at four in the morning (4 a.m. local time Thursday).") == ["2022-01-13"])
        #expect(dates("Mothers walked at the head of the March of the Mothers in the capital.") == [])
        #expect(dates("It was signed in May of the following year.", published: "2022-06-01") == ["2022-05"])
        #expect(dates("Protesters planned a large march in the old town on Saturday.", published: "2022-01-07") == ["2022-01-08"])
        #expect(dates("The ministers of Poland and Jan Kavan of the Czech Republic signed.") == [])
        // The past of an intention looks ahead; "until" alone points nowhere.
        #expect(dates("They gathered in the square on Saturday and were planning to march.", published: "2022-01-07") == ["2022-01-08"])
        #expect(dates("Until Thursday, the police had not named him a suspect.") == ["2022-01-06"])
    }

    @Test func decadesAndTheirParts() {
        #expect(dates("Prices rose in the 1990s, in the mid-1990s and in the early 2000s.") == ["1990s", "mid 1990s", "early 2000s"])
        #expect(dates("In the late '90s the mines closed; the 1980's were calm.") == ["late 1990s", "1980s"])
        // Two digits take the century that puts the decade before the publication.
        #expect(dates("The town grew in the 70s and again in the 20s.") == ["1970s", "2020s"])
        // A possessive year is a year; a number of things is nothing.
        #expect(dates("The 1990's budget was cut.") == ["1990s"])
        #expect(dates("Its 1990 budget was cut, and 40s were printed.") == [])
    }

    @Test func datesCountedFromPublicationOrFromTheArticlesLastDate() {
        #expect(dates("The station opened two months ago and the mine 42 years ago.") == ["2021-11", "1980"])
        #expect(dates("The bridge closed on March 3, 2021; the following day the river rose.") == ["2021-03-03", "2021-03-04"])
        #expect(dates("The census was taken in 1990. Later that year the capital moved.") == ["1990", "1990"])
        #expect(dates("Shops close early on Christmas Eve and open on Boxing Day.") == ["2021-12-24", "2021-12-26"])
        #expect(dates("The count will be final by Election Day.", published: "2022-10-20") == ["2022-11-08"])
        #expect(dates("He has lived abroad since post-1959 reforms and voted today.") == ["1959", "2022-01-08"])
    }

    @Test func everyExpressionOfASentenceIsKept() {
        #expect(dates("Talks began on January 3 and ended on January 7.") == ["2022-01-03", "2022-01-07"])
    }
}
