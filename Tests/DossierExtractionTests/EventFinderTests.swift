import DossierCorpus
import DossierExtraction
import Testing
import TestSupport

/// Events proposed from the text, and merged into curated ones.
@Suite struct EventFinderTests {
    static let body = """
        Governor Tomas Ruel dismissed the water board on Monday after the levee failed.

        Protesters gathered in Varnholm. On Tuesday, police arrested Ines Varga outside the town hall.
        """

    @Test func sentencesWithDateActorAndVerbBecomeEvents() throws {
        let corpus = try TemporaryCorpus(["a.md": TemporaryCorpus.article(id: "a", published: "2022-03-10", body: Self.body)])
        let built = try CorpusBuilder().load(.directory(corpus.path)).corpus
        let events = built.events.map { e in "\(e.date) \(e.kind) \(e.actors.map { built.entities[$0].name }) \(e.origin.rawValue)" }
        #expect(events == [
            "2022-03-07 dismissal [\"Tomas Ruel\"] extracted",
            "2022-03-08 arrest [\"Ines Varga\"] extracted",
        ])
        #expect(built.events.allSatisfy { ($0.confidence ?? 0) > 0 && $0.articles == [0] })
    }

    @Test func extractedEventsMergeIntoCuratedOnes() throws {
        let corpus = try TemporaryCorpus([
            "a.md": TemporaryCorpus.article(id: "a", published: "2022-03-10", body: Self.body),
            "b.md": TemporaryCorpus.article(id: "b", published: "2022-03-11", body: "Police arrested Ines Varga on Tuesday, her lawyer said."),
            "entities.yaml": "- name: Ines Varga\n  kind: person\n- name: Tomas Ruel\n  kind: person\n",
            "events.yaml": "- date: 2022-03-08\n  actors: [Ines Varga]\n  kind: arrest\n  summary: Varga is arrested.\n  evidence:\n    - article: a\n      text: police arrested Ines Varga\n",
        ])
        let built = try CorpusBuilder().load(.directory(corpus.path)).corpus
        let arrest = try #require(built.events.first { $0.kind == "arrest" })
        #expect(arrest.origin == .curated)
        #expect(arrest.articles.map { built.articles[$0].id } == ["a", "b"])
        #expect(built.events.filter { $0.kind == "arrest" }.count == 1)
    }
}
