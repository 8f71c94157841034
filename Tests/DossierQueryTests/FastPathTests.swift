import DossierCorpus
import DossierDiagnostics
import DossierExtraction
import DossierQuery
import Testing

/// The planner's access paths give exactly what the plain definitions give: `contains`
/// searched in the article's bytes is `NameKey.of(text).contains(key)`, `=` on text is
/// equality of keys, and a sort followed by a limit is the head of the full sort. Queries
/// on a named result (`every`, all the rows of the source) take no index, so they give the
/// plain answer to compare with.
@Suite struct FastPathTests {
    static let corpus = try! CorpusBuilder(strict: true).load(BundledCorpus.source).corpus
    static let handle = CorpusHandle(corpus)

    func ids(_ query: String) throws -> [Int] {
        try Self.handle.rows(plan(query))
    }

    func table(_ query: String) throws -> [[String]] {
        try Self.handle.run(plan(query)).rows.map { $0.map(\.display) }
    }

    func plan(_ query: String) throws -> LogicalPlan {
        let parsed = Parser.parse(query)
        guard case .query(let q)? = parsed.statements.first?.kind else { throw Failure(query) }
        let every = Schema.sources.map { source in
            ("every_\(source.name)", NamedResult.rows(source: source.name, Array(0..<source.rowCount(Self.corpus))))
        }
        let environment = Environment(handle: Self.handle, named: Dictionary(uniqueKeysWithValues: every))
        var checker = Checker(environment: environment, text: SourceText(name: "", text: query))
        guard let plan = checker.check(q) else { throw Failure(query) }
        return plan
    }

    func physical(_ query: String) throws -> PhysicalPlan {
        Planner(handle: Self.handle).plan(try plan(query))
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

    /// `has` on an article's bytes (through the word index or a byte scan) is `has` on keys:
    /// the phrase's key in the text's key with no letter or digit of any script just outside.
    @Test(arguments: ["war", "WAR", "security forces", "Tokayev's", "tokayev’s", "csto", "Алматы", "2,000", "shoot to kill",
                      "kassym-jomart", "the", "s", "“", "forces of"])
    func hasOnBytesIsHasOnKeys(_ phrase: String) throws {
        let key = NameKey.of(phrase)
        let expected = Self.corpus.sentences.indices.filter {
            WordBoundary.holds(NameKey.of(Self.corpus.text(of: Self.corpus.sentences[$0])), key)
        }
        let escaped = phrase.replacingOccurrences(of: "\"", with: "\\\"")
        #expect(try ids("sentences where text has \"\(escaped)\"") == expected, "\(phrase)")
        #expect(try ids("every_sentences where text has \"\(escaped)\"") == expected, "\(phrase)")
        let quotes = Self.corpus.quotes.indices.filter {
            WordBoundary.holds(NameKey.of(Self.corpus.articles[Self.corpus.quotes[$0].article].text(Self.corpus.quotes[$0].range)), key)
        }
        #expect(try ids("quotes where text has \"\(escaped)\"") == quotes, "\(phrase)")
    }

    @Test func hasFindsWholeWordsWhereContainsFindsParts() throws {
        // Read in the articles: "war" stands alone in three sentences (open war in February
        // 2022, and a headline printed twice); "toward", "warned", "thwarted"... make 18.
        #expect(try ids("sentences where text has \"war\"").count == 3)
        #expect(try ids("sentences where text contains \"war\"").count == 18)
        #expect(WordBoundary.holds("war-torn", "war") && WordBoundary.holds("the war,", "war"))
        #expect(!WordBoundary.holds("toward", "war") && !WordBoundary.holds("warsaw", "war") && !WordBoundary.holds("алматыwar", "war"))
        #expect(WordBoundary.holds("in алматы.", "алматы") && !WordBoundary.holds("алматыский", "алматы"))
    }

    @Test func textEqualityIgnoresCaseAsKeysDo() throws {
        #expect(NameKey.matches("Protest", key: "protest"))
        #expect(NameKey.matches("border  length", key: "border length"))
        #expect(!NameKey.matches("protests", key: "protest"))
        let soldiers = Self.corpus.figures.indices.filter { Self.corpus.figures[$0].what == "soldiers" }
        #expect(!soldiers.isEmpty)
        #expect(try ids("figures where what = \"SOLDIERS\"") == soldiers)
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

    @Test(arguments: [("figures", "outcome = \"killed\""), ("figures", "what in [\"people\", \"SOLDIERS\"] and value > 100"),
                      ("events", "kind = \"protest\""), ("events", "origin = \"curated\" after 2022-01-04"),
                      ("articles", "source = \"the guardian\""), ("sentences", "article = \"guardian-kazakhstan-unrest\""),
                      ("entities", "kind = \"person\" and aliases contains \"k\""), ("names", "kind = \"place\""),
                      ("quotes", "article = \"nothing-of-that-name\""), ("figures", "qualifier = \"at least\"")])
    func theEqualityIndexGivesTheRowsTheScanGives(_ source: String, _ condition: String) throws {
        let indexed = try physical("\(source) where \(condition)")
        #expect(indexed.accessPath == "group index", "\(condition)")
        #expect(try ids("\(source) where \(condition)") == ids("every_\(source) where \(condition)"), "\(condition)")
    }

    @Test(arguments: ["events count by kind", "events count by actors", "figures count by what", "articles count by source",
                      "quotes count by speaker", "entities count by aliases", "events distinct kind", "figures distinct qualifier",
                      "events count by date", "sentences count by boilerplate"])
    func countByFromTheIndexIsCountByFromTheRows(_ query: String) throws {
        let words = query.split(separator: " ", maxSplits: 1).map(String.init)
        #expect(try table(query) == table("every_\(words[0]) \(words[1])"), "\(query)")
    }

    @Test(arguments: ["figures sort by value desc limit 3", "figures where outcome = \"killed\" sort by value desc limit 2",
                      "figures sort by unit limit 5", "figures sort by unit desc limit 5", "events after 2022-01-04 sort by date desc limit 4",
                      "events sort by kind desc limit 3", "sentences where boilerplate = false sort by index desc limit 6",
                      "quotes sort by speaker limit 8", "figures sort by qualifier desc limit 4",
                      "events sort by confidence limit 3", "events sort by confidence desc limit 3"])
    func aWalkOfTheSortIndexIsTheHeadOfTheSort(_ query: String) throws {
        let words = query.split(separator: " ", maxSplits: 1).map(String.init)
        #expect(try ids(query) == ids("every_\(words[0]) \(words[1])"), "\(query)")
    }

    @Test(arguments: ["[0-9]+ people", "Tokayev|Nazarbayev", "(?i)TOKAYEV", "secur(ity)? forces", "Kazakh", "troops?", "K\\\\.",
                      "President [A-Z]", "^The", "said\\\\.$", "a{0}nd", "in\\\\s+Almaty"])
    func matchesAfterTheLiteralSearchIsMatchesOnEveryRow(_ pattern: String) throws {
        let regex = try Regex(pattern.replacingOccurrences(of: "\\\\", with: "\\"))
        let expected = Self.corpus.sentences.indices.filter { (try? regex.firstMatch(in: Self.corpus.text(of: Self.corpus.sentences[$0]))) != nil }
        #expect(try ids("sentences where text matches \"\(pattern)\"") == expected, "\(pattern)")
        #expect(try ids("every_sentences where text matches \"\(pattern)\"") == expected, "\(pattern)")
    }

    @Test(arguments: ["where actor = \"Tokayev\" after 2022-01-05", "where actor = \"Tokayev\" between 2022-01-01 and 2022-01-10",
                      "where actor = \"Tokayev\" on 2022-01", "where actor = \"Nazarbayev\" before 2022-01-05",
                      "where kind = \"deployment\" and actor = \"CSTO\"", "where actor = \"Tokayev\" and not kind = \"speech\" after 2021"])
    func theEntityIndexGivesTheRowsTheScanGives(_ clauses: String) throws {
        #expect(try physical("events \(clauses)").accessPath == "entity index", "\(clauses)")
        let expected = try ids("every_events \(clauses)")
        #expect(!expected.isEmpty, "\(clauses)")
        #expect(try ids("events \(clauses)") == expected, "\(clauses)")
    }

    @Test(arguments: ["where entity = \"Tokayev\"", "where entity = \"CSTO\" and text contains \"ctsc\"",
                      "where entity = \"Collective Safety Treaty Group\" and article = \"nothing\""])
    func theMentionIndexGivesTheRowsTheScanGives(_ clauses: String) throws {
        #expect(try physical("mentions \(clauses)").accessPath == "mention index", "\(clauses)")
        #expect(try ids("mentions \(clauses)") == ids("every_mentions \(clauses)"), "\(clauses)")
    }

    /// A corpus big enough that filters run on every core, in runs of rows joined in order.
    static let large: Corpus = {
        let words = ["troops", "protest", "Almaty", "said", "the", "police", "killed", "people", "forces", "security", "on", "Tuesday"]
        var seed: UInt64 = 3
        func next(_ n: Int) -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((seed >> 33) % UInt64(n))
        }
        let files = (0..<120).map { a -> CorpusFile in
            let sentences = (0..<60).map { _ in
                let text = (0..<(4 + next(8))).map { _ in words[next(words.count)] }.joined(separator: " ") + "."
                return text.prefix(1).uppercased() + text.dropFirst()
            }
            let body = stride(from: 0, to: sentences.count, by: 4).map { sentences[$0..<min($0 + 4, sentences.count)].joined(separator: " ") }
            return CorpusFile(name: "a\(a).md", text: "---\ntitle: A\(a)\npublished: 2022-01-0\(1 + a % 9)\n---\n" + body.joined(separator: "\n\n"))
        }
        return try! CorpusBuilder().load(.files(name: "large", files)).corpus
    }()

    @Test(arguments: ["text contains \"security forces\"", "text matches \"killed [a-z]+ people\"", "not text contains \"the\"",
                      "boilerplate = false and text contains \"protest\""])
    func filtersOnEveryCoreGiveTheRowsOfOneCore(_ condition: String) throws {
        let corpus = Self.large
        let handle = CorpusHandle(corpus)
        #expect(corpus.sentences.count > 5000)
        let plan = try {
            let parsed = Parser.parse("sentences where \(condition)")
            guard case .query(let q)? = parsed.statements.first?.kind else { throw Failure(condition) }
            var checker = Checker(environment: Environment(handle: handle, named: ["every": .rows(source: "sentences", Array(corpus.sentences.indices))]),
                                  text: SourceText(name: "", text: "every where \(condition)"))
            guard let plan = checker.check(q) else { throw Failure(condition) }
            return plan
        }()
        let rows = try handle.rows(plan)
        let key = condition.contains("security") ? "security forces" : (condition.contains("protest") ? "protest" : "the")
        let texts = corpus.sentences.indices.map { NameKey.of(corpus.text(of: corpus.sentences[$0])) }
        let expected: [Int]
        switch condition {
        case _ where condition.hasPrefix("not"): expected = texts.indices.filter { !texts[$0].contains(key) }
        case _ where condition.contains("matches"):
            let regex = try Regex("killed [a-z]+ people")
            expected = corpus.sentences.indices.filter { (try? regex.firstMatch(in: corpus.text(of: corpus.sentences[$0]))) != nil }
        default: expected = texts.indices.filter { texts[$0].contains(key) }
        }
        #expect(!expected.isEmpty)
        #expect(rows == expected, "\(condition)")
    }
}
