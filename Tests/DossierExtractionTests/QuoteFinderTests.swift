import DossierCorpus
import DossierExtraction
import Testing
import TestSupport

/// Quotations and speakers on short invented articles, one pattern each.
@Suite struct QuoteFinderTests {
    func quotes(_ body: String) throws -> [String] {
        let corpus = try TemporaryCorpus(["a.md": TemporaryCorpus.article(id: "a", body: body)])
        let built = try CorpusBuilder().load(.directory(corpus.path)).corpus
        return built.quotes.map { quote in
            let text = built.articles[0].text(quote.range)
            let speaker = quote.speaker.map { built.entities[$0].name } ?? quote.speakerName ?? "?"
            return quote.fragment ? "fragment: \(text)" : "\(speaker): \(text)"
        }
    }

    @Test func speakerAfterTheQuotation() throws {
        #expect(try quotes("“The river has never been this low,” said Mira Castell, a hydrologist at Delta University.") == [
            "Mira Castell: The river has never been this low,",
        ])
        #expect(try quotes("\"We will rebuild the bridge,\" Governor Tomas Ruel said on Monday.") == [
            "Tomas Ruel: We will rebuild the bridge,",
        ])
    }

    @Test func speakerBeforeTheQuotation() throws {
        #expect(try quotes("Mayor Ines Varga said: “Nobody was hurt in the flood.”") == ["Ines Varga: Nobody was hurt in the flood."])
        #expect(try quotes("According to Paul Okafor, “the dam held for three days.”") == ["Paul Okafor: the dam held for three days."])
    }

    @Test func pronounsGoBackToTheSpeakerTheyNamed() throws {
        let body = """
            “The levee failed at noon,” said Mira Castell.

            “We had warned them for years,” she added.

            “Water reached the square within the hour,” said Tomas Ruel.

            “The pumps were never installed,” he said.

            “Nobody listened to us,” she said.
            """
        #expect(try quotes(body) == [
            "Mira Castell: The levee failed at noon,", "Mira Castell: We had warned them for years,",
            "Tomas Ruel: Water reached the square within the hour,", "Tomas Ruel: The pumps were never installed,",
            "Mira Castell: Nobody listened to us,",
        ])
    }

    @Test func shortQuotedPhrasesAreFragments() throws {
        #expect(try quotes("Officials called it a “listening state” and a “new era” of reform.") == [
            "fragment: listening state", "fragment: new era",
        ])
    }

    @Test func quotationsSpanningParagraphs() throws {
        let body = """
            “The first warning came on Tuesday. Nobody listened.

            “By Thursday the water was in the houses,” said Ines Varga.
            """
        // One quotation, reopened in the second paragraph as news style does, with its speaker.
        #expect(try quotes(body) == ["Ines Varga: The first warning came on Tuesday. Nobody listened.\n\n“By Thursday the water was in the houses,"])
    }
}
