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
        var wrongSpeakers: [String] = []
        var precision: Double { found == 0 ? 0 : Double(matched) / Double(found) }
        var recall: Double { expected == 0 ? 0 : Double(matched) / Double(expected) }
        var speakerAccuracy: Double { matched == 0 ? 0 : Double(rightSpeaker) / Double(matched) }
        var description: String {
            String(format: "quotes: precision %.2f, recall %.2f, speaker right %.2f (%d of %d matched); fragments marked %d of %d",
                   precision, recall, speakerAccuracy, rightSpeaker, matched, fragmentsMarked, fragmentsExpected)
                + wrongSpeakers.map { "\n  wrong speaker: \($0)" }.joined()
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
                if speaker == item["speaker"] {
                    score.rightSpeaker += 1
                } else {
                    score.wrongSpeakers.append("\(item["text"] ?? "") -> \(speaker.isEmpty ? "nobody" : speaker), not \(item["speaker"] ?? "")")
                }
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
        #expect(score.speakerAccuracy >= 0.95, "\(score)")  // measured 1.00 (29 of 29)
        #expect(score.fragmentsMarked >= score.fragmentsExpected - 2, "\(score)")
    }
}

/// Figures and sentence dates measured against the hand-made gold of two bundled articles
/// (Tests/Fixtures/gold/figures-and-dates.yaml).
@Suite struct GoldFigureAndDateTests {
    static let corpus = try! CorpusBuilder().load(BundledCorpus.source).corpus
    var gold: [String: [String: Any]] {
        let text = (try? String(contentsOfFile: Repository.root + "/Tests/Fixtures/gold/figures-and-dates.yaml", encoding: .utf8)) ?? ""
        return ((try? Yams.load(yaml: text)) as? [String: [String: Any]]) ?? [:]
    }

    static func format(_ value: Double) -> String {
        value.rounded() == value && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }

    /// Precision and recall of two multisets of keys.
    static func precisionRecall(found: [String], expected: [String]) -> (Double, Double, Int) {
        var remaining = expected
        var matched = 0
        for key in found {
            if let i = remaining.firstIndex(of: key) {
                remaining.remove(at: i)
                matched += 1
            }
        }
        let precision = found.isEmpty ? 0 : Double(matched) / Double(found.count)
        let recall = expected.isEmpty ? 0 : Double(matched) / Double(expected.count)
        return (precision, recall, matched)
    }

    @Test func figuresReachTheirFloors() throws {
        #expect(!gold.isEmpty)
        var found: [String] = []
        var expected: [String] = []
        for (articleID, annotation) in gold {
            let article = try #require(Self.corpus.articleIndex[articleID])
            found += Self.corpus.figures.filter { $0.article == article }.map {
                "\(articleID) \(Self.format($0.value)) \($0.unit ?? "") \($0.family) \($0.what ?? "") \($0.qualifier ?? "")"
            }
            expected += ((annotation["figures"] as? [[String: Any]]) ?? []).map {
                let value = ($0["value"] as? Double) ?? ($0["value"] as? Int).map(Double.init) ?? .nan
                return "\(articleID) \(Self.format(value)) \($0["unit"] ?? "") \($0["family"] ?? "") \($0["what"] ?? "") \($0["qualifier"] ?? "")"
            }
        }
        let (precision, recall, matched) = Self.precisionRecall(found: found, expected: expected)
        print(String(format: "gold: figures precision %.2f, recall %.2f (%d of %d found, %d expected)",
                     precision, recall, matched, found.count, expected.count))
        #expect(precision >= 0.95)  // measured 1.00 (21 of 21)
        #expect(recall >= 0.95)  // measured 1.00 (21 of 21)
    }

    @Test func datesReachTheirFloors() throws {
        var found: [String] = []
        var expected: [String] = []
        for (articleID, annotation) in gold {
            let article = try #require(Self.corpus.articleIndex[articleID])
            found += Self.corpus.articles[article].sentences.compactMap { id in
                Self.corpus.sentences[id].date.map { "\(articleID) \(Self.corpus.sentences[id].index) \($0)" }
            }
            expected += ((annotation["dates"] as? [[String: Any]]) ?? []).map {
                "\(articleID) \($0["sentence"] ?? "") \($0["date"] ?? "")"
            }
        }
        let (precision, recall, matched) = Self.precisionRecall(found: found, expected: expected)
        print(String(format: "gold: dates precision %.2f, recall %.2f (%d of %d found, %d expected)",
                     precision, recall, matched, found.count, expected.count))
        #expect(precision >= 0.9)
        #expect(recall >= 0.9)
    }
}

/// Entity links measured against the hand-made gold of two bundled articles
/// (Tests/Fixtures/gold/entity-links.yaml), by distinct surface form: precision of the forms
/// linked, recall of the forms the articles use.
@Suite struct GoldEntityLinkTests {
    @Test func linksReachTheirFloors() throws {
        let corpus = try CorpusBuilder().load(BundledCorpus.source).corpus
        let text = try String(contentsOfFile: Repository.root + "/Tests/Fixtures/gold/entity-links.yaml", encoding: .utf8)
        let gold = try #require(try Yams.load(yaml: text) as? [String: [String: String]])
        var found: [String] = []
        var expected: [String] = []
        for (articleID, links) in gold {
            let article = try #require(corpus.articleIndex[articleID])
            let forms = Set(corpus.mentions.filter { $0.article == article }.compactMap { mention -> String? in
                guard let entity = mention.entity else { return nil }
                var form = NameKey.of(corpus.articles[article].text(mention.range))
                if form.hasSuffix("'s") { form.removeLast(2) }
                return "\(articleID) \(form) -> \(corpus.entities[entity].name)"
            })
            found += forms
            expected += links.map { "\(articleID) \(NameKey.of($0.key)) -> \($0.value)" }
        }
        let (precision, recall, matched) = GoldFigureAndDateTests.precisionRecall(found: found, expected: expected)
        let missed = Set(expected).subtracting(found).sorted()
        let extra = Set(found).subtracting(expected).sorted()
        print(String(format: "gold: entity links precision %.2f, recall %.2f (%d of %d found, %d expected)",
                     precision, recall, matched, found.count, expected.count) + "; missed \(missed); extra \(extra)")
        #expect(precision >= 0.9)
        #expect(recall >= 0.9)
    }
}
