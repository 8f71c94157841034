import DossierExtraction
import Testing

@Suite struct SegmenterTests {
    func sentences(_ text: String) -> [String] {
        Segmenter.segment(text).flatMap { block in
            block.sentences.map { String(decoding: Array(text.utf8)[$0], as: UTF8.self) }
        }
    }

    @Test func splitsParagraphsOnBlankLines() {
        let blocks = Segmenter.segment("First para\nstill first.\n\n  \nSecond.\n")
        #expect(blocks.count == 2)
        #expect(blocks.map(\.sentences.count) == [1, 1])
    }

    @Test func keepsAbbreviationsInitialsAndDecimalsTogether() {
        #expect(sentences("Mr. Tokayev met Dr. Smith on Jan. 5 in the U.S. capital. Then 7.5 percent fell.") == [
            "Mr. Tokayev met Dr. Smith on Jan. 5 in the U.S. capital.", "Then 7.5 percent fell.",
        ])
        #expect(sentences("Diana T. Kudaibergenova wrote it. Others agreed.") == [
            "Diana T. Kudaibergenova wrote it.", "Others agreed.",
        ])
    }

    @Test func titlesStatesAndJoinedInitialsFromTheDataDoNotEndASentence() {
        #expect(sentences("It was fine, said the Rev. Alma Kettering of Riverside. She left.") == [
            "It was fine, said the Rev. Alma Kettering of Riverside.", "She left.",
        ])
        #expect(sentences("Rep. T.J. Marlow of Madison, Wis. Said nothing. He was ill. Then he left.") == [
            "Rep. T.J. Marlow of Madison, Wis. Said nothing.", "He was ill.", "Then he left.",
        ])
    }

    @Test func aTimeZoneGoesOnWithItsTime() {
        #expect(sentences("They leave at 4 a.m. EDT Thursday. Then they fly.") == ["They leave at 4 a.m. EDT Thursday.", "Then they fly."])
        #expect(sentences("They left at 9 a.m. The police came later.") == ["They left at 9 a.m.", "The police came later."])
    }

    @Test func endsInsideClosingQuotes() {
        #expect(sentences("He said: “We won.” Then he left.") == ["He said: “We won.”", "Then he left."])
    }
}
