import DossierCorpus
import DossierDiagnostics
import DossierExtraction
import DossierQuery
import Testing
import TestSupport

/// The core queries on the bundled corpus. Expected rows were worked out by hand from the
/// articles and samples/corpus/kazakhstan-2022/events.yaml, not copied from output.
@Suite struct EvaluatorTests {
    static let corpus = try! CorpusBuilder(strict: true).load(BundledCorpus.source).corpus
    static let handle = CorpusHandle(corpus)

    func rows(_ query: String, named: [String: NamedResult] = [:]) throws -> [[String]] {
        let parsed = Parser.parse(query)
        #expect(parsed.diagnostics.isEmpty, "\(parsed.diagnostics)")
        let statement = try #require(parsed.statements.first)
        guard case .query(let q) = statement.kind else { return [] }
        var checker = Checker(environment: Environment(handle: Self.handle, named: named), text: SourceText(name: "", text: query))
        let checked = checker.check(q)
        let plan = try #require(checked, "\(checker.diagnostics)")
        return try Self.handle.run(plan).rows.map { $0.map(\.display) }
    }

    @Test func tokayevAfterTheFifthIsStrictlyAfterAndOnlyDayPrecise() throws {
        #expect(try rows("events where actor = \"Tokayev\" after 2022-01-05 show date, kind") == [
            ["2022-01-07", "speech"], ["2022-01-07", "statement"], ["2022-01-08", "call"],
            ["2022-01-11", "announcement"], ["2022-01-11", "speech"],
        ])
    }

    @Test func entityNamesMatchThroughTheGazetteer() throws {
        let canonical = try rows("events where actor = \"Kassym-Jomart Tokayev\" show date, summary")
        #expect(canonical.count == 14)  // every one curated: the text adds none the gazetteer lacks
        #expect(try rows("events where actor = \"Kassym-Schomart Tokayev\" show date, summary") == canonical)
        #expect(try rows("events where actor = \"tokayev\" show date, summary") == canonical)
        // != holds when no element matches; an event without actors has nothing to compare.
        let withActors = Self.corpus.events.filter { !$0.actors.isEmpty }.count
        #expect(try rows("events where actors != \"Tokayev\" count") == [[String(withActors - canonical.count)]])
    }

    @Test func datePrecisionIsHonoured() throws {
        #expect(try rows("events before 2000 show date, kind") == [
            ["1991", "independence"], ["1991", "election"], ["1992", "agreement"], ["1994", "appointment"],
            ["1997", "resignation"], ["1997", "decree"],
        ])
        #expect(try rows("events where origin = \"curated\" between 2022-01-02 and 2022-01-07 show date, kind") == [
            ["2022-01-02", "protest"], ["2022-01-05", "dismissal"], ["2022-01-05", "attack"], ["2022-01-05", "request"],
            ["2022-01-05", "agreement"], ["2022-01-06", "deployment"], ["2022-01-06", "arrest"], ["2022-01-07", "speech"],
            ["2022-01-07", "statement"],
        ])
        // `on 2022-01` takes every day of January and the events known only by the month.
        let january = try rows("events where origin = \"curated\" on 2022-01 show date")
        #expect(january.count == 24)
        #expect(january.allSatisfy { $0[0].hasPrefix("2022-01") })
        #expect(january.filter { $0[0] == "2022-01" }.count == 7)
        // A month-precise event is not "after" a day of that month, nor "before" one.
        #expect(try rows("events where origin = \"curated\" and date = 2022-01 after 2022-01-01").isEmpty)
        #expect(try rows("events where origin = \"curated\" and date = 2022-01 before 2022-01-31").isEmpty)
    }

    @Test func quotesBySpeaker() throws {
        #expect(try rows("quotes where speaker = \"Erica Marat\" show article, text") == [
            ["nyt-tokayev-embraces-russia", "traded his nation’s sovereignty to Russia for his personal energy and the pursuits of kleptocratic elites,"],
            ["nyt-tokayev-embraces-russia", "is actually about making Kazakhstan a extra submissive, extra dependable spouse,"],
            ["nyt-tokayev-embraces-russia", "must be extra aligned with Russia towards the West in geopolitical and world issues."],
            ["nyt-tokayev-embraces-russia", "Other people didn’t come at the streets to invite for Russian interference of their day by day lives,"],
            ["nyt-tokayev-embraces-russia", "a cheap engagement with prime returns,"],
        ])
    }

    @Test func troopFiguresAndTheirConflict() throws {
        #expect(try rows("figures where what in [\"soldiers\", \"paratroopers\"] show value, high, qualifier, article") == [
            ["3000", "", "", "carnegie-russia-gamble"], ["70", "500", "", "carnegie-russia-gamble"],
            ["2000", "", "more than", "stern-servant-overturns-master"],
        ])
        // 7,500 km against 4,750 miles, compared in metres.
        #expect(try rows("conflicts where what = \"border\" show unit, low, high") == [["metre", "7500000", "7644384"]])
        // The casualty counts: the Guardian's two add up, and "at least 227" allows no fewer.
        #expect(try rows("conflicts where what = \"killed\" show values") == [[
            "18 officers (carnegie-russia-gamble); at least 227 people (gis-wider-implications); 26 criminals + 18 guards (guardian-order-restored)",
        ]])
    }

    @Test func shapesSortAndLimit() throws {
        #expect(try rows("articles where translated = false show id") == [["gis-wider-implications"]])
        #expect(try rows("events sort by date desc limit 1 show date, kind") == [["2022-02", "invasion"]])
        #expect(try rows("articles count by language") == [["en", "4"], ["de", "1"]])
        #expect(try rows("events where origin = \"curated\" and kind in [\"arrest\", \"withdrawal\"] count") == [["3"]])
        #expect(try rows("entities where kind = \"country\" distinct kind") == [["country"]])
        let byActor = try rows("events where origin = \"curated\" count by actor limit 2")
        #expect(byActor == [["Kassym-Jomart Tokayev", "14"], ["Nursultan Nazarbayev", "10"]])
    }

    @Test func namedResultsContinue() throws {
        let ids = try #require(Self.corpus.aliases.entity("Tokayev"))
        let his = Self.corpus.eventsByEntity[ids]
        #expect(try rows("tok after 2022-01-07 count", named: ["tok": .rows(source: "events", his)]) == [["3"]])
    }

    @Test func theEntityIndexAnswersAnActorAndItsDates() throws {
        let parsed = Parser.parse("events where actor = \"Tokayev\" after 2022-01-05")
        guard case .query(let q)? = parsed.statements.first?.kind else { Issue.record("no query"); return }
        var checker = Checker(environment: Environment(handle: Self.handle), text: SourceText(name: "", text: ""))
        let checked = checker.check(q)
        let plan = Planner(handle: Self.handle).plan(try #require(checked))
        // The actor condition leaves the filter: the index answers it. The date filter stays,
        // for the last day of each event.
        #expect(plan.operatorNames == ["entity index", "date filter", "project"])
        #expect(PlanPrinter(handle: Self.handle).nodes(plan).first?.hasPrefix("entity index: the 14 events of Kassym-Jomart Tokayev") == true)
    }

    @Test func anEntityIsFoundByAnyOfItsNames() throws {
        // The gazetteer lists "Collective Safety Treaty Group" among the CSTO's aliases.
        #expect(try rows("entities where name = \"Collective Safety Treaty Group\" show name") == [["Collective Security Treaty Organization"]])
        #expect(try rows("entities where name in [\"CTSC\", \"Tokayev\"] show name").map { $0[0] }.sorted()
                == ["Collective Security Treaty Organization", "Kassym-Jomart Tokayev"])
        let all = try rows("entities count")[0][0]
        #expect(try rows("entities where name != \"CSTO\" count") == [[String((Int(all) ?? 0) - 1)]])
    }

    @Test func aSentenceListsTheEntitiesItNames() throws {
        // The CSTO is named 16 times, under five forms, in 12 sentences (a few sentences name
        // it twice, e.g. "Collective Security Treaty Organization (CSTO)").
        let named = try rows("sentences where entities = \"CTSC\" show article, index")
        #expect(named.count == 12)
        let mentioned = Set(try rows("mentions where entity = \"CSTO\" show article, sentence").map { $0 })
        #expect(Set(named) == mentioned)
        // Three of them never write "CSTO": they say CTSC or Collective Safety Treaty Group.
        #expect(try rows("sentences where entities = \"CSTO\" and not text contains \"csto\" count") == [["3"]])
    }

    @Test func aDottedPathFollowsTheRowsARowComesFrom() throws {
        let corpus = Self.corpus
        let marat = try #require(corpus.aliases.entity("Erica Marat"))
        let described = try rows("quotes where speaker = \"Erica Marat\" show speaker.description")
        #expect(!described.isEmpty && described.allSatisfy { $0 == [corpus.entities[marat].description ?? ""] })
        // Mentions of people: the sum of each person's mentions.
        let people = corpus.entities.indices.filter { corpus.entities[$0].kind == .person }
        #expect(try rows("mentions where entity.kind = \"person\" count") == [[String(people.reduce(0) { $0 + corpus.mentionsByEntity[$1].count })]])
        // Quotations of organizations, counted from the model.
        let byOrganizations = corpus.quotes.filter { $0.speaker.map { corpus.entities[$0].kind == .organization } == true }.count
        #expect(try rows("quotes where speaker.kind = \"organization\" count") == [[String(byOrganizations)]])
        // A figure's sentence is the sentence that holds its words.
        let figures = try rows("figures show text, sentence.text")
        #expect(figures.count == corpus.figures.count && figures.allSatisfy { $0[1].contains($0[0]) })
        // A curated event's evidence, sentence by sentence.
        let first = try #require(corpus.events.firstIndex { $0.origin == .curated && !$0.evidence.isEmpty })
        let evidence = corpus.events[first].evidence.compactMap(\.sentence).map { corpus.text(of: corpus.sentences[$0]) }
        let shown = try rows("events where origin = \"curated\" show evidence.text")
        #expect(shown.contains([evidence.joined(separator: "; ")]))
    }

    @Test func anEventsPlaceIsTheEntityOfAnyOfItsNames() throws {
        #expect(try rows("events where place = \"Almaty\" count") == [["3"]])
        #expect(try rows("events where place = \"almaty\" show place.name").allSatisfy { $0 == ["Almaty"] })
    }

    @Test func aggregatesAgreeWithTheModel() throws {
        let corpus = Self.corpus
        let total = corpus.figures.reduce(0.0) { $0 + $1.value }
        #expect(try rows("figures sum value") == [[Value.number(total).display]])
        #expect(try rows("events min date") == [[corpus.events.map(\.date).min().map { "\($0)" } ?? ""]])
        // The largest number killed that each article gives, largest first.
        var most: [String: Double] = [:]
        for figure in corpus.figures where figure.outcome == "killed" {
            most[corpus.articles[corpus.sentences[figure.sentence].article].id] = max(most[corpus.articles[corpus.sentences[figure.sentence].article].id] ?? 0, figure.value)
        }
        let expected = most.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map { [$0.key, Value.number($0.value).display] }
        #expect(try rows("figures where outcome = \"killed\" max value by article") == expected)
        // Speakers quoted in more than one article, from the pairs of speaker and article.
        // A speaker is an entity when the name resolves, else the name as written.
        var articles: [String: Set<Int>] = [:]
        for quote in corpus.quotes where !quote.fragment {
            if let speaker = quote.speaker.map({ corpus.entities[$0].name }) ?? quote.speakerName {
                articles[speaker, default: []].insert(quote.article)
            }
        }
        let several = articles.filter { $0.value.count > 1 }.map(\.key).sorted()
        #expect(!several.isEmpty)
        #expect(try rows("quotes where fragment = false and speaker != null count distinct article by speaker where count > 1").map { $0[0] }.sorted() == several)
        let pairs = try rows("quotes where fragment = false and speaker != null count by speaker, article")
        #expect(Set(pairs.map { $0[0] }).count == articles.count)
    }

    @Test func computedColumnsCalculateFromTheFields() throws {
        let corpus = Self.corpus
        let spreads = try rows("conflicts show what, high - low as spread")
        #expect(spreads.count == corpus.conflicts.count)
        let expected = corpus.conflicts.map { conflict -> String in
            let low = conflict.readings.map(\.low).min() ?? 0
            let high = conflict.readings.map { $0.high.isFinite ? $0.high : $0.low }.max() ?? 0
            return Value.number(high - low).display
        }
        #expect(spreads.map { $0[1] } == expected)
        // Every event falls in one month group (a null month for an event known by its year).
        let months = try rows("events count by month(date)")
        #expect(months.reduce(0) { $0 + (Int($1[1]) ?? 0) } == corpus.events.count)
        #expect(months.contains(["2022-01", String(corpus.events.filter { $0.date.year == 2022 && $0.date.month == 1 }.count)]))
        #expect(try rows("figures where value - 1000 > 0 count") == [[String(corpus.figures.filter { $0.value > 1000 }.count)]])
        #expect(try rows("figures where value > -1 count") == [[String(corpus.figures.count)]])
        // Division by zero gives no value rather than infinity.
        #expect(try rows("conflicts show low / 0 as x").allSatisfy { $0 == [""] })
    }

    @Test func aColumnRenamedWithAsKeepsTheIndexOfWhatItComputes() throws {
        // The same name for two different computations: each has its own group index.
        let years = try rows("events count by year(date) as y")
        let months = try rows("events count by month(date) as y")
        #expect(years.contains(["2022", "25"]) && months.contains(["2022-01", "24"]))
        #expect(try rows("events count by year(date) as y") == years)
    }

    @Test func kwicLinesUpEachHitWithTheWordsAroundIt() throws {
        let lines = try rows("sentences kwic \"terrorists\" width 30")
        // Read in the articles: "terrorists" as a word four times, once in GIS, three times in the Guardian.
        #expect(lines.count == 4)
        #expect(lines.allSatisfy { $0[2] == "terrorists" && $0[1].count == 30 && $0[3].count <= 30 })
        #expect(lines.map { $0[4] } == ["and", "and", "and", "the"])
        // A mention's own words are the hit: the alias as the text wrote it.
        let csto = try rows("mentions where entity = \"CSTO\" kwic")
        #expect(Set(csto.map { $0[2] }) == Set(try rows("mentions where entity = \"CSTO\" show text").map { $0[0] }))
        #expect(csto.count == 16)
        // After a has, kwic shows its words; after a contains, its text inside words too.
        #expect(try rows("sentences where text has \"terrorists\" kwic width 30") == lines)
        let parts = try rows("sentences where text contains \"secur\" kwic")
        #expect(!parts.isEmpty && parts.allSatisfy { $0[2].lowercased() == "secur" })
    }

    @Test func contextShowsTheSentencesAroundAHit() throws {
        let lines = try rows("sentences where text has \"Shal ket\" context 1")
        #expect(lines.map { [$0[0], $0[1], $0[2]] } == [["nyt-tokayev-embraces-russia", "40", "false"],
                                                         ["nyt-tokayev-embraces-russia", "41", "true"],
                                                         ["nyt-tokayev-embraces-russia", "42", "false"]])
        // Neighbouring hits share their context: each sentence once, in order.
        let dense = try rows("sentences where article = \"gis-wider-implications\" and index <= 3 context 2")
        #expect(dense.map { $0[1] } == ["0", "1", "2", "3", "4", "5"])
        // The context stays within the article.
        let first = try rows("sentences where article = \"gis-wider-implications\" and index = 0 context 3")
        #expect(first.map { $0[1] } == ["0", "1", "2", "3"])
    }

    @Test func kwicFindsWordsOfAnyScriptWithTheTextAsWritten() throws {
        let folder = try TemporaryCorpus(["a.md": TemporaryCorpus.article(id: "a", body:
            "Протесты в  Алматы начались 2 января. Жители Алматы и Астаны вышли на улицы. Алматынский рынок закрыт.")])
        let corpus = try CorpusBuilder().load(.directory(folder.path)).corpus
        let handle = CorpusHandle(corpus)
        let parsed = Parser.parse("sentences kwic \"алматы\" width 10")
        guard case .query(let q)? = parsed.statements.first?.kind else { Issue.record("no query"); return }
        var checker = Checker(environment: Environment(handle: handle), text: SourceText(name: "", text: ""))
        let checked = checker.check(q)
        let lines = try handle.run(try #require(checked)).rows.map { $0.map(\.display) }
        // Two whole words, whatever the spacing before them; not the start of "Алматынский".
        #expect(lines.map { $0[2] } == ["Алматы", "Алматы"])
        #expect(lines.map { $0[4] } == ["в", "жители"])
        #expect(lines.map { $0[5] } == ["начались", "и"])
    }

    @Test func aShapeAfterAShapeReadsItsTable() throws {
        // Who is quoted in more than one article, in one statement and in two.
        let one = try rows("quotes where fragment = false and speaker != null distinct speaker, article count by speaker where count > 1")
        let pairs = try handle(Self.handle, "quotes where fragment = false and speaker != null distinct speaker, article")
        let two = try rows("pairs count by speaker where count > 1", named: ["pairs": .table(pairs)])
        #expect(one == two && one == [["Kassym-Jomart Tokayev", "3"]])
        #expect(try rows("events count by kind count") == [[String(try rows("events distinct kind").count)]])
    }

    private func handle(_ handle: CorpusHandle, _ query: String) throws -> ResultSet {
        guard case .query(let q)? = Parser.parse(query).statements.first?.kind else { throw CancellationError() }
        var checker = Checker(environment: Environment(handle: handle), text: SourceText(name: "", text: query))
        let checked = checker.check(q)
        return try handle.run(try #require(checked))
    }

    @Test func regularExpressionsKeepTheirEscapes() throws {
        // \\d and \\b reach the pattern as written: "2,000 soldiers" and "500 soldiers"; the three "war"s.
        #expect(try rows("sentences where text matches \"\\d+ soldiers\" count") == [["2"]])
        #expect(try rows("sentences where text matches \"\\bwar\\b\" count") == [["3"]])
    }
}
