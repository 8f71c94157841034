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

    func events(_ body: String, gazetteer: String? = nil, curated: String? = nil) throws -> [String] {
        var files = ["a.md": TemporaryCorpus.article(id: "a", published: "2022-03-10", body: body)]
        if let gazetteer { files["entities.yaml"] = gazetteer }
        if let curated { files["events.yaml"] = curated }
        let corpus = try TemporaryCorpus(files)
        let built = try CorpusBuilder().load(.directory(corpus.path)).corpus
        return built.events.map { e in "\(e.date) \(e.kind) \(e.actors.map { built.entities[$0].name }) \(e.origin.rawValue)" }
    }

    @Test func whoReportsAnEventIsNotItsActor() throws {
        #expect(try events("Soldiers were sent to the valley on Monday, according to the Defence Ministry.") == [])
        #expect(try events("Eleven people were killed on Monday, the Ostra Water Board said.") == [])
    }

    @Test func nounsAndLooseVerbsProposeNothing() throws {
        // "protests" names a subject, "called" reports a word, "left" leaves a feeling.
        #expect(try events("After the protests on Monday, Governor Tomas Ruel called it a riot.") == [])
        #expect(try events("On Monday the crackdown by Governor Tomas Ruel left the Delta Council wary.") == [])
    }

    @Test func theKindIsTheVerbOfTheActor() throws {
        // "protested" comes before the actor; the actor's own verb is "dismissed".
        #expect(try events("Days after crowds protested, Governor Tomas Ruel dismissed the water board on Monday.")
            == ["2022-03-07 dismissal [\"Tomas Ruel\"] extracted"])
    }

    @Test func aSentenceThatACuratedEventCitesIsThatEvent() throws {
        // Curated as a "decree" on the 8th; the text's own reading (a dismissal on the 7th)
        // would duplicate it.
        let curated = "- date: 2022-03-08\n  actors: [Tomas Ruel]\n  kind: decree\n  summary: Ruel's decree.\n"
            + "  evidence:\n    - article: a\n      text: dismissed the water board\n"
        #expect(try events("Governor Tomas Ruel dismissed the water board on Monday.",
                           gazetteer: "- name: Tomas Ruel\n  kind: person\n", curated: curated)
            == ["2022-03-08 decree [\"Tomas Ruel\"] curated"])
    }
}
