import DossierCorpus
import DossierExtraction
import DossierQuery
import Testing

/// The evaluator's fast paths give exactly what the plain definitions give: `contains`
/// searched in the article's bytes is `NameKey.of(text).contains(key)`, `=` on text is
/// equality of keys, and a sort followed by a limit is the head of the full sort.
@Suite struct FastPathTests {
    static let corpus = try! CorpusBuilder(strict: true).load(BundledCorpus.source).corpus

    func ids(_ query: String) throws -> [Int] {
        let parsed = Parser.parse(query)
        guard case .query(let q)? = parsed.statements.first?.kind else { throw Failure(query) }
        var checker = Checker(environment: Environment(corpus: Self.corpus), text: SourceText(name: "", text: query))
        guard let plan = checker.check(q) else { throw Failure(query) }
        return try Evaluator(corpus: Self.corpus).rows(plan)
    }

    struct Failure: Error {
        var query: String
        init(_ query: String) { self.query = query }
    }

    @Test(arguments: ["shoot to kill", "Tokayev's", "tokayev’s", "kassym-jomart", "KASSYM‐JOMART", "nur-sultan", "security  forces",
                      "csto", "the", "“", "Алматы", "2,000"])
    func containsOnBytesIsContainsOnKeys(_ phrase: String) throws {
        let key = NameKey.of(phrase)
        let expected = Self.corpus.sentences.indices.filter { NameKey.of(Self.corpus.text(of: Self.corpus.sentences[$0])).contains(key) }
        let escaped = phrase.replacingOccurrences(of: "\"", with: "\\\"")
        #expect(try ids("sentences where text contains \"\(escaped)\"") == expected, "\(phrase)")
        let quotes = Self.corpus.quotes.indices.filter {
            NameKey.of(Self.corpus.articles[Self.corpus.quotes[$0].article].text(Self.corpus.quotes[$0].range)).contains(key)
        }
        #expect(try ids("quotes where text contains \"\(escaped)\"") == quotes, "\(phrase)")
    }

    @Test func textEqualityIgnoresCaseAsKeysDo() throws {
        #expect(NameKey.matches("Protest", key: "protest"))
        #expect(NameKey.matches("border  length", key: "border length"))
        #expect(!NameKey.matches("protests", key: "protest"))
        #expect(try ids("figures where what = \"TROOPS\"") == Self.corpus.figures.indices.filter { Self.corpus.figures[$0].what == "troops" })
    }

    @Test func aSortedHeadIsTheHeadOfTheSort() throws {
        for (field, n) in [("value desc", 5), ("value", 7), ("what, value desc", 3), ("article desc, value", 10)] {
            let all = try ids("figures sort by \(field)")
            #expect(try ids("figures sort by \(field) limit \(n)") == Array(all.prefix(n)), "\(field)")
        }
    }

    @Test func theSpeakerIndexGivesTheRowsTheScanGives() throws {
        for name in ["Erica Marat", "Tokayev", "Oreschkin", "Freedom House"] {
            guard case .entity(let id)? = Self.corpus.aliases.resolve(name) else { Issue.record("\(name) is not an entity"); continue }
            let scanned = Self.corpus.quotes.indices.filter { Self.corpus.quotes[$0].speaker == id }
            #expect(try ids("quotes where speaker = \"\(name)\"") == scanned, "\(name)")
            #expect(try ids("quotes where fragment = false and speaker = \"\(name)\"") == scanned.filter { !Self.corpus.quotes[$0].fragment })
        }
    }
}
