import DossierCorpus
import DossierExtraction
import Foundation
import Testing
import TestSupport
import Yams

/// Quote extraction measured against a hand-made gold annotation of two bundled articles
/// (Tests/Fixtures/gold/quotes.yaml): precision and recall of the speakers' quotations, and
/// how many of those found have the right speaker. The floors are the figures reached when
/// the annotation was made; a change that lowers them fails.
@Suite struct GoldQuoteTests {
    struct Score: CustomStringConvertible {
        var found = 0, expected = 0, matched = 0, rightSpeaker = 0, fragmentsExpected = 0, fragmentsMarked = 0
        var precision: Double { found == 0 ? 0 : Double(matched) / Double(found) }
        var recall: Double { expected == 0 ? 0 : Double(matched) / Double(expected) }
        var speakerAccuracy: Double { matched == 0 ? 0 : Double(rightSpeaker) / Double(matched) }
        var description: String {
            String(format: "quotes: precision %.2f, recall %.2f, speaker right %.2f (%d of %d matched); fragments marked %d of %d",
                   precision, recall, speakerAccuracy, rightSpeaker, matched, fragmentsMarked, fragmentsExpected)
        }
    }

    static func score() throws -> Score {
        let corpus = try CorpusBuilder().load(BundledCorpus.source).corpus
        let text = try String(contentsOfFile: Repository.root + "/Tests/Fixtures/gold/quotes.yaml", encoding: .utf8)
        let gold = try #require(try Yams.load(yaml: text) as? [String: [String: Any]])
        var score = Score()
        for (articleID, annotation) in gold {
            let article = try #require(corpus.articleIndex[articleID])
            let quotes = corpus.quotes.filter { $0.article == article }
            let found = quotes.filter { !$0.fragment }
            let expected = (annotation["quotes"] as? [[String: String]]) ?? []
            let fragments = (annotation["fragments"] as? [String]) ?? []
            score.found += found.count
            score.expected += expected.count
            for item in expected {
                let start = NameKey.of(item["text"] ?? "")
                guard let quote = found.first(where: { NameKey.of(corpus.articles[article].text($0.range)).hasPrefix(start) }) else {
                    continue
                }
                score.matched += 1
                let speaker = quote.speaker.map { corpus.entities[$0].name } ?? quote.speakerName ?? ""
                if speaker == item["speaker"] { score.rightSpeaker += 1 }
            }
            score.fragmentsExpected += fragments.count
            score.fragmentsMarked += fragments.filter { fragment in
                quotes.contains { $0.fragment && NameKey.of(corpus.articles[article].text($0.range)).hasPrefix(NameKey.of(fragment)) }
            }.count
        }
        return score
    }

    @Test func quotesReachTheirFloors() throws {
        let score = try Self.score()
        print("gold: \(score)")
        #expect(score.precision >= 0.85, "\(score)")
        #expect(score.recall >= 0.85, "\(score)")
        #expect(score.speakerAccuracy >= 0.75, "\(score)")  // measured 0.79 when set; the aim is 0.9
        #expect(score.fragmentsMarked >= score.fragmentsExpected - 2, "\(score)")
    }
}
