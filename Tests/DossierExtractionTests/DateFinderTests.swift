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
}
