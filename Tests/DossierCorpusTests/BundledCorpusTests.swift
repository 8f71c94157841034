import DossierCorpus
import DossierExtraction
import Foundation
import Testing
import TestSupport

/// The corpus Dossier ships: it loads cleanly, its curated data hold together, and the copy
/// compiled into the binary is the one in samples/.
@Suite struct BundledCorpusTests {
    let result = try! CorpusBuilder(strict: true).load(BundledCorpus.source)
    var corpus: Corpus { result.corpus }

    @Test func loadsWithoutProblems() {
        #expect(result.problems.isEmpty)
        #expect(corpus.name == "kazakhstan-2022")
    }

    @Test func hasTheFiveArticlesWithTheirMetadata() {
        #expect(corpus.articles.map(\.id) == [
            "carnegie-russia-gamble", "gis-wider-implications", "guardian-order-restored",
            "nyt-tokayev-embraces-russia", "stern-servant-overturns-master",
        ])
        let nyt = corpus.article(named: "nyt-tokayev-embraces-russia")
        #expect(nyt?.source == "The New York Times")
        #expect(nyt?.author == "Valerie Hopkins")
        #expect(nyt?.published?.description == "2022-01-08")
        #expect(nyt?.translated == true)
        #expect(corpus.article(named: "gis-wider-implications")?.published?.precision == .month)
        #expect(corpus.article(named: "stern-servant-overturns-master")?.language == "de")
    }

    @Test func bodiesAreTheSeedTextsVerbatim() throws {
        // The body starts with the spun headline, garbled names kept as they are.
        let nyt = try #require(corpus.article(named: "nyt-tokayev-embraces-russia"))
        #expect(nyt.body.string.hasPrefix("\nAmid disaster, Kazakhstan’s chief selected his trail: include Russia\n"))
        #expect(nyt.body.string.contains("Kassym-Jomart Tokayev"))
        let carnegie = try #require(corpus.article(named: "carnegie-russia-gamble"))
        #expect(carnegie.body.string.contains("«terrorist danger»"))
        #expect(corpus.article(named: "nyt-tokayev-embraces-russia")?.body.string.contains("Collective Safety Treaty Group") == true)
    }

    @Test func gazetteerCoversTheCast() {
        #expect(corpus.entities.count >= 40)
        for name in ["Tokayev", "Kassym-Schomart Tokayev", "Nazarbayev", "Putin", "CSTO", "Collective Safety Treaty Group",
                     "CTSC", "Masimov", "Massimov", "Erica Marat", "Almaty", "Nur-Sultan", "KNB"] {
            #expect(corpus.aliases.entity(name) != nil, "no entity for \(name)")
        }
        #expect(corpus.aliases.entity("tokayev") == corpus.aliases.entity("Kassym-Jomart Tokayev"))
        #expect(corpus.aliases.entity("Collective Safety Treaty Group") == corpus.aliases.entity("Collective Security Treaty Organization"))
    }

    @Test func everyAliasResolvesToOneEntity() {
        for entity in corpus.entities {
            for form in [entity.name] + entity.aliases {
                #expect(corpus.aliases.resolve(form) == .entity(entity.id), "\(form) of \(entity.name)")
            }
        }
    }

    @Test func curatedEventsSpanThreeDecadesWithEvidence() throws {
        #expect(corpus.events.count >= 40)
        let dates = corpus.events.map(\.date)
        #expect(try #require(dates.min()).year == 1991)
        #expect(try #require(dates.max()).year == 2022)
        for event in corpus.events {
            #expect(!event.evidence.isEmpty, "event without evidence: \(event.summary)")
            for evidence in event.evidence {
                let article = corpus.articles[evidence.article]
                let sentence = try #require(evidence.sentence)
                #expect(corpus.sentences[sentence].article == evidence.article)
                #expect(corpus.sentences[sentence].range.contains(evidence.range.lowerBound))
                #expect(!article.text(evidence.range).isEmpty)
            }
        }
    }

    @Test func eventIndexesAreInDateOrder() throws {
        #expect(corpus.eventsByDate.map { corpus.events[$0].date } == corpus.events.map(\.date).sorted())
        let tokayev = try #require(corpus.aliases.entity("Tokayev"))
        let his = corpus.eventsByEntity[tokayev]
        #expect(!his.isEmpty)
        #expect(his.allSatisfy { corpus.events[$0].actors.contains(tokayev) })
        #expect(his.count == corpus.events.filter { $0.actors.contains(tokayev) }.count)
    }

    @Test func embeddedCopyMatchesTheSamplesDirectory() throws {
        let directory = Repository.root + "/samples/corpus/kazakhstan-2022"
        let names = try FileManager.default.contentsOfDirectory(atPath: directory).filter { !$0.lowercased().hasPrefix("readme") }.sorted()
        let embedded = BundledCorpus.fileContents
        #expect(embedded.keys.sorted() == names, "run `make embed` after changing the corpus")
        for name in names {
            let onDisk = try #require(FileManager.default.contents(atPath: directory + "/" + name))
            #expect(embedded[name] == [UInt8](onDisk), "\(name) differs from the embedded copy: run `make embed`")
        }
    }
}
