import DossierCorpus
@testable import DossierExtraction
import Testing

/// Figures in single invented sentences: value, unit, what, qualifier.
@Suite struct FigureFinderTests {
    func figures(_ sentence: String) -> [String] {
        var text = sentence
        return text.withUTF8 { bytes in
            let words = WordScanner.words(in: bytes, range: 0..<bytes.count)
            return FigureFinder().figures(in: words, bytes).map { f in
                let value = f.value.rounded() == f.value ? String(Int(f.value)) : String(f.value)
                return [value, f.unit, f.what, f.qualifier ?? "-"].joined(separator: " | ")
            }
        }
    }

    @Test func countedPeopleWithWhatHappenedToThem() {
        #expect(figures("At least 31 people were killed in the floods.") == ["31 | people | killed | at least"])
        #expect(figures("More than 1,200 protesters have been detained.") == ["1200 | people | arrested | more than"])
        #expect(figures("Nearly 40 residents were injured.") == ["40 | people | injured | nearly"])
        #expect(figures("The town of 19 million people waited.") == ["19000000 | people | population | -"])
    }

    @Test func troopsUnitsAndNormalisation() {
        #expect(figures("The alliance sent 2,500 Estlandic paratroopers.") == ["2500 | troops | troops | -"])
        #expect(figures("A 120-mile border separates them.") == ["193 | km | border length | -"])
        #expect(figures("The pipeline runs 7,500 kilometers.") == ["7500 | km | distance | -"])
        #expect(figures("Bread cost about 60 tenge per loaf.") == ["60 | tenge | price | about"])
        #expect(figures("Turnout fell to 7.5 percent.") == ["7.5 | percent | percentage | -"])
    }

    @Test func numberWordsDurationsAndAges() {
        #expect(figures("He ruled for three decades.") == ["3 | decades | duration | -"])
        // A spun copy writes "a long time" for "decades".
        #expect(figures("He ruled for just about 3 a long time.") == ["3 | decades | duration | nearly"])
        #expect(figures("It took a long time.") == [])
        #expect(figures("The governor, 67, resigned.") == ["67 | years | age | -"])
        #expect(figures("The 81-year-old leader left.") == ["81 | years | age | -"])
    }

    @Test func yearsAndBareNumbersAreNotFigures() {
        #expect(figures("In 2019 he became president.") == [])
        #expect(figures("Section 2 of the law was repealed.") == [])
    }
}
