import DossierCorpus
import DossierExtraction
import Testing
import TestSupport

/// A corpus with no gazetteer and no curated events (two invented articles in
/// samples/corpus/varnholm-flood): everything must come from the text alone.
@Suite struct NoGazetteerTests {
    let corpus = try! CorpusBuilder(strict: true).load(.directory(Repository.root + "/samples/corpus/varnholm-flood")).corpus

    @Test func namesBecomeEntitiesWithAGuessedKind() {
        let entities = Dictionary(corpus.entities.map { ($0.name, $0.kind) }, uniquingKeysWith: { a, _ in a })
        #expect(entities["Mira Castell"] == .person)
        #expect(entities["Tomas Ruel"] == .person)
        #expect(entities["Delta University"] == .organization)
        #expect(entities["Ostra Water Board"] == .organization)
        #expect(entities["Defence Ministry"] == .organization)
        // Sentence-initial capitals and common words are not names.
        for word in ["The", "At", "Governor", "An", "Leave", "Home", "Nobody"] { #expect(entities[word] == nil, "\(word)") }
    }

    @Test func eventsComeFromTheTextWithAnActorWhoDidSomething() {
        let events = corpus.events.map { e in "\(e.date) \(e.kind) \(e.actors.map { corpus.entities[$0].name }) \(e.origin.rawValue)" }
        // "sent to Varnholm ..., according to the Defence Ministry" has no actor: the
        // ministry reports the deployment. The death tolls are said by their sources.
        #expect(events == ["2023-04-13 dismissal [\"Tomas Ruel\"] extracted"])
        #expect(corpus.entities.first { $0.name == "Varnholm" }?.kind == .place)
    }

    @Test func quotesHaveTheirSpeakers() {
        let quotes = corpus.quotes.filter { !$0.fragment }.map { quote in
            "\(quote.speaker.map { corpus.entities[$0].name } ?? "?"): \(corpus.articles[quote.article].text(quote.range))"
        }
        #expect(quotes == [
            "Mira Castell: Nobody listened to us,",
            "Mira Castell: The river has never been this high in 80 years,",
            "Mira Castell: We warned the council in March.",
            "Tomas Ruel: There will be a full inquiry,",
        ])
    }

    @Test func datesResolveAgainstEachArticle() {
        let dated = corpus.sentences.compactMap { s in s.date.map { "\(corpus.articles[s.article].id) \($0)" } }
        #expect(dated == [
            "delta-post-inquiry 2023-04-17", "delta-post-inquiry 1962", "delta-post-inquiry 2023-04-13",
            "river-wire-levee 2023-04-12", "river-wire-levee 2023-04-13", "river-wire-levee 2023-03", "river-wire-levee 2023-04-13",
        ])
    }

    @Test func figuresWithWhatTheyCount() {
        let figures = corpus.figures.map { f in
            "\(Int(f.value)) \(f.unit ?? "-") \(f.what ?? "-") \(f.outcome ?? "-") \(f.qualifier ?? "-")"
        }
        #expect(figures == [
            "34 - people killed -", "2000 - soldiers - about", "58 year of age - - -",
            "3 day - - -", "31 - people killed at least", "1200 - residents evacuated more than", "80 year - - -",
            "420 mile - - -",
        ])
        // "at least 31" killed on 13 April and 34 killed by 17 April can both be true: no conflict.
        #expect(corpus.conflicts.isEmpty)
    }

    @Test func residueIsMarked() {
        let residue = corpus.paragraphs.filter { $0.boilerplate != nil }.map { corpus.articles[$0.article].text($0.range) }
        #expect(residue == ["Home News Floods", "Leave a Reply"])
    }

    @Test func anOrganizationsNameHoldsOfAndOnButNotADay() throws {
        let body = "The Commission on River Safety says the Harbour Council on Friday voted to close the Bank of Varnholm branch."
        let temporary = try TemporaryCorpus(["a.md": TemporaryCorpus.article(id: "a", body: body)])
        let built = try CorpusBuilder().load(.directory(temporary.path)).corpus
        let names = Set(built.entities.map(\.name))
        #expect(names.isSuperset(of: ["Commission on River Safety", "Harbour Council", "Bank of Varnholm"]))
        #expect(!names.contains { $0.contains("Friday") || $0 == "River Safety" })
    }
}
