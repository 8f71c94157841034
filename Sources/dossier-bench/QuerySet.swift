import DossierExport
import DossierCorpus
import DossierDiagnostics
import DossierQuery
import Foundation

/// The fixed questions of the benchmark, each as DQL and as the SQL a competent user would
/// write against the exported tables, with how their answers are compared.
enum QuerySet {
    struct Query {
        enum Answer { case ids, orderedIds, groups }
        var name: String
        var dql: String
        var sql: String
        var parameters: [SQLiteStatement.Bound]
        var answer: Answer
    }

    struct Timing {
        var medianMs: Double
        /// The first run, which builds any index the query needs (Dossier builds indexes on
        /// first use; SQLite's are built by the export).
        var firstMs: Double
        var answer: [String]
        /// Dossier's physical plan of the first run, root first, as `explain` names its
        /// operators; empty for SQLite.
        var plan = ""
    }

    /// The phrase of the text search, and of the raw scan it is compared with.
    static let phrase = "security forces"

    /// Queries on the corpus at hand: the busiest actor and speaker, the median event date.
    static func queries(for corpus: Corpus) -> [Query] {
        let actor = corpus.entities.indices.max { corpus.eventsByEntity[$0].count < corpus.eventsByEntity[$1].count } ?? 0
        var quotesBySpeaker: [Int: Int] = [:]
        for quote in corpus.quotes { if let speaker = quote.speaker { quotesBySpeaker[speaker, default: 0] += 1 } }
        let speaker = quotesBySpeaker.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key ?? 0
        let days = corpus.events.map(\.date.firstDay).sorted()
        let middle = PartialDate(dayNumber: days.isEmpty ? 0 : days[days.count / 2])
        let actorName = corpus.entities.isEmpty ? "nobody" : corpus.entities[actor].name
        let speakerName = corpus.entities.isEmpty ? "nobody" : corpus.entities[speaker].name
        return [
            Query(name: "entity and date", dql: "events where actor = \"\(actorName)\" after \(middle)",
                  sql: "SELECT e.id FROM events e JOIN event_actors a ON a.event = e.id WHERE a.entity IN (SELECT entity FROM entity_names WHERE key = ?) AND e.first_day > ?",
                  parameters: [.text(NameKey.of(actorName)), .integer(middle.lastDay)], answer: .ids),
            Query(name: "text contains", dql: "sentences where text contains \"\(phrase)\"",
                  sql: "SELECT rowid FROM sentences_fts WHERE sentences_fts MATCH ?",
                  parameters: [.text("\"\(phrase)\"")], answer: .ids),
            Query(name: "regex", dql: "sentences where text matches \"[0-9]+ people were killed\"",
                  sql: "SELECT id FROM sentences WHERE text REGEXP ?",
                  parameters: [.text("[0-9]+ people were killed")], answer: .ids),
            Query(name: "count by", dql: "events count by kind",
                  sql: "SELECT kind, count(*) FROM events GROUP BY kind", parameters: [], answer: .groups),
            Query(name: "sort and limit", dql: "figures sort by value desc limit 10",
                  sql: "SELECT id FROM figures ORDER BY value DESC, id LIMIT 10", parameters: [], answer: .orderedIds),
            Query(name: "quotes by speaker", dql: "quotes where speaker = \"\(speakerName)\"",
                  sql: "SELECT id FROM quotes WHERE speaker IN (SELECT entity FROM entity_names WHERE key = ?)",
                  parameters: [.text(NameKey.of(speakerName))], answer: .ids),
            Query(name: "figure filter", dql: "figures where outcome = \"killed\" and value > 100",
                  sql: "SELECT id FROM figures WHERE outcome = 'killed' AND value > 100", parameters: [], answer: .ids),
            // Relations: the quotations of one speaker with the speaker's description (a join
            // in SQL, a path in DQL, timed with the description read for each row), and the
            // sentences that name one entity under any of its names.
            Query(name: "speaker relation", dql: "quotes where speaker = \"\(speakerName)\" show speaker.description, text",
                  sql: "SELECT q.id, e.description, q.text FROM quotes q JOIN entities e ON e.id = q.speaker WHERE q.speaker IN (SELECT entity FROM entity_names WHERE key = ?)",
                  parameters: [.text(NameKey.of(speakerName))], answer: .ids),
            Query(name: "entity sentences", dql: "sentences where entities = \"\(actorName)\"",
                  sql: "SELECT DISTINCT sentence FROM mentions WHERE entity IN (SELECT entity FROM entity_names WHERE key = ?)",
                  parameters: [.text(NameKey.of(actorName))], answer: .ids),
        ]
    }

    /// Parses, checks and evaluates the statement `times` times; the median and the answer.
    static func runDossier(_ dql: String, handle: CorpusHandle, times: Int) throws -> Timing {
        var samples: [Double] = []
        var answer: [String] = []
        var plan = ""
        for _ in 0..<times where !enough(samples) {
            let start = Clock.now()
            let parsed = Parser.parse(dql)
            guard parsed.diagnostics.isEmpty, case .query(let query)? = parsed.statements.first?.kind else {
                throw SQLiteDatabase.Failure(description: "bad DQL: \(dql)")
            }
            var checker = Checker(environment: Environment(handle: handle), text: SourceText(name: "", text: dql))
            guard let logical = checker.check(query) else { throw SQLiteDatabase.Failure(description: "DQL does not check: \(dql)") }
            let executor = Executor(handle: handle)
            let shown = logical.shapeKind == .show
            let physical = Planner(handle: handle).plan(logical.shapeKind == .countBy || shown ? logical : logical.unshaped)
            if plan.isEmpty { plan = physical.operatorNames.reversed().joined(separator: " <- ") }
            if shown {
                // The whole statement, its columns read, as SQL reads its joined columns; the
                // row ids to compare come from the same plan without its shape.
                _ = try executor.run(physical)
                samples.append(Clock.milliseconds(since: start))
                answer = try executor.rows(Planner(handle: handle).plan(logical.unshaped)).map(String.init)
            } else if logical.shapeKind == .countBy {
                let result = try executor.run(physical)
                samples.append(Clock.milliseconds(since: start))
                answer = result.rows.map { "\($0[0].display)=\($0[1].display)" }.sorted()
            } else {
                let rows = try executor.rows(physical)
                samples.append(Clock.milliseconds(since: start))
                answer = rows.map(String.init)
            }
        }
        if !dql.contains("sort by") { answer.sort { Int($0) ?? 0 < Int($1) ?? 0 } }
        return Timing(medianMs: median(samples), firstMs: samples.first ?? 0, answer: answer, plan: plan)
    }

    static func runSQLite(_ query: Query, database: SQLiteDatabase, times: Int) throws -> Timing {
        RegexFunction.install(in: database)
        let statement = try database.prepare(query.sql)
        var samples: [Double] = []
        var rows: [[String]] = []
        for _ in 0..<times where !enough(samples) {
            let start = Clock.now()
            rows = try statement.rows(query.parameters)
            samples.append(Clock.milliseconds(since: start))
        }
        let answer: [String]
        switch query.answer {
        case .ids: answer = rows.map { $0[0] }.sorted { Int($0) ?? 0 < Int($1) ?? 0 }
        case .orderedIds: answer = rows.map { $0[0] }
        case .groups: answer = rows.map { "\($0[0])=\($0[1])" }.sorted()
        }
        return Timing(medianMs: median(samples), firstMs: samples.first ?? 0, answer: answer)
    }

    /// The floor for text search: memchr for the first byte, then memcmp, over every
    /// article's bytes, case as written.
    static func rawScanMilliseconds(_ corpus: Corpus, phrase: String, times: Int) -> Double {
        let needle = Array(phrase.utf8)
        var samples: [Double] = []
        var found = 0
        for _ in 0..<times where !enough(samples) {
            let start = Clock.now()
            found = 0
            for article in corpus.articles {
                article.body.withBytes { bytes in
                    guard let base = bytes.baseAddress, let first = needle.first else { return }
                    var offset = 0
                    while offset + needle.count <= bytes.count,
                          let hit = memchr(base + offset, Int32(first), bytes.count - offset - needle.count + 1) {
                        let at = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                        if memcmp(base + at, needle, needle.count) == 0 { found += 1 }
                        offset = at + 1
                    }
                }
            }
            samples.append(Clock.milliseconds(since: start))
        }
        Benchmark.log("raw scan found \(found) occurrences of \"\(phrase)\"")
        return median(samples)
    }

    /// Slow queries on big corpora stop after three runs once they have taken three seconds.
    static func enough(_ samples: [Double]) -> Bool {
        samples.count >= 3 && samples.reduce(0, +) > 3000
    }

    static func median(_ samples: [Double]) -> Double {
        let sorted = samples.sorted()
        return sorted.isEmpty ? 0 : sorted[sorted.count / 2]
    }
}
