import DossierCorpus
import DossierExtraction
@testable import DossierQuery
import Testing

/// The word index never loses a sentence: for any phrase (whole words, parts of words, across
/// punctuation) the sentences it gives include every sentence whose text contains the phrase.
@Suite struct TextIndexTests {
    static let corpus = try! CorpusBuilder(strict: true).load(BundledCorpus.source).corpus
    static let index = TextIndex.build(corpus, isCancelled: { false })!
    static let keys = corpus.sentences.map { NameKey.of(corpus.text(of: $0)) }

    /// Sentences whose key contains `key`: the definition of `contains`.
    func holding(_ key: String) -> [Int] {
        Self.keys.indices.filter { Self.keys[$0].contains(key) }
    }

    @Test func everySentenceHoldingAPhraseIsACandidate() {
        // Pieces of the sentences themselves, cut at arbitrary bytes: whole words, halves of
        // words, spans across spaces and punctuation.
        var seed: UInt64 = 7
        func next(_ bound: Int) -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((seed >> 33) % UInt64(max(bound, 1)))
        }
        var tried = 0
        var narrowed = 0
        for _ in 0..<600 {
            let key = Array(Self.keys[next(Self.keys.count)].utf8)
            guard key.count > 4 else { continue }
            let start = next(key.count - 3)
            let piece = Array(key[start..<min(key.count, start + 3 + next(20))])
            guard piece.allSatisfy({ $0 < 0x80 }), piece.first != 0x20, piece.last != 0x20 else { continue }
            let phrase = String(decoding: piece, as: UTF8.self)
            tried += 1
            guard let candidates = Self.index.sentences(holding: piece, sentenceCount: 1 << 40) else { continue }
            narrowed += 1
            let missing = Set(holding(phrase)).subtracting(candidates)
            #expect(missing.isEmpty, "\(phrase): \(missing.sorted().prefix(5))")
        }
        #expect(tried > 300 && narrowed > 250, "\(tried) phrases tried, \(narrowed) narrowed")
    }

    @Test func runsKnowWhereWordsMustStartAndEnd() {
        let runs = TextIndex.runs(of: Array("ecurity forces of".utf8))
        #expect(runs.map { String(decoding: $0.bytes, as: UTF8.self) } == ["ecurity", "forces", "of"])
        #expect(runs.map(\.startsWord) == [false, true, true])
        #expect(runs.map(\.endsWord) == [true, true, false])
        #expect(TextIndex.runs(of: Array("“".utf8)).isEmpty)
        #expect(TextIndex.runs(of: Array("2,000".utf8)).map { String(decoding: $0.bytes, as: UTF8.self) } == ["2", "000"])
    }

    @Test func aStoppedBuildKeepsNothing() {
        let fresh = try! CorpusBuilder().load(BundledCorpus.source).corpus
        let store = IndexStore()
        #expect(store.words(of: fresh, isCancelled: { true }) == nil)
        #expect(store.builtWords == nil && store.built.isEmpty)
        #expect(store.words(of: fresh) != nil && store.builtWords != nil)
        #expect(store.built == ["word index of sentences"])
    }

    @Test func theIndexNarrowsARarePhraseToTheSentencesThatHoldIt() throws {
        let candidates = try #require(Self.index.sentences(holding: Array("shoot to kill".utf8), sentenceCount: Self.corpus.sentences.count))
        #expect(candidates == holding("shoot to kill"))
        #expect(Self.index.sentences(holding: Array("the".utf8), sentenceCount: Self.corpus.sentences.count) == nil)
    }
}
