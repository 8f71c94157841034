import DossierCorpus
import DossierDiagnostics
import DossierExport
import DossierExtraction
import DossierQuery
import Foundation
import Testing
import TestSupport

/// Statements run in memory, and compiled to SQL and run on the bundled corpus's export in
/// SQLite and in DuckDB: the rows must be the same (in order when the statement orders
/// them, else as sets). A statement that does not compile must say so as `SQLUnsupported`.
@Suite(.serialized) struct SQLDifferentialTests {
    /// Every construct that compiles, on each kind of field and source.
    static let statements = [
        "articles", "articles where translated = true", "articles where words > 1000 show id, words",
        "articles after 2022-01-06", "articles sort by words desc limit 2 show id, words", "articles count",
        "sentences on 2022-01-05 count", "sentences where date = 2022-01 show article, index, date",
        "sentences where date != null and paragraph < 3 show article, index, date", "sentences where entities = \"Tokayev\"",
        "sentences where entities != \"Tokayev\" count", "sentences where not entities = \"CSTO\" count",
        "sentences between 2022-01-04 and 2022-01-06 count by article",
        "entities where kind = \"organization\"", "entities where kind in [\"person\", \"country\"] show name, kind",
        "entities where name = \"Tokayev\" show name", "entities count by kind",
        "mentions where entity = \"CSTO\" show article, sentence, text", "mentions where ambiguous = true count",
        "mentions where entity != null count", "mentions where entity in [\"Tokayev\", \"Nazarbayev\"] count by article",
        "quotes where speaker = \"Tokayev\" show speaker, article, text", "quotes where speaker != \"Tokayev\" count",
        "quotes where speaker = null count", "quotes where speaker != null and fragment = false count by speaker",
        "quotes where speakerkind = \"role\" show speaker, speakerkind", "quotes after 2022-01-07 count",
        "quotes where date <= 2022-01-06 show article, date",
        "figures where outcome = \"killed\" and value > 100", "figures where outcome = \"killed\" and value > 100 show value, what, date",
        "figures where high != null show value, high, unit", "figures where value in [2, 3, 30, 81] show value, what",
        "figures where family = \"money\" or family = \"percent\" show value, unit, family",
        "figures where vague = true count", "figures where not (value >= 10 and value <= 1000) count",
        "figures sort by value desc limit 10 show value, unit, what", "figures where base != null sort by base limit 5",
        "figures count by family", "figures count by outcome, family", "figures distinct family",
        "figures where change = \"up\" show value, change", "figures where qualifier = null count",
        "dates where relative = true show date, text, article", "dates on 2022-01 count by date", "dates where date < 2020 count",
        "dates where date > 2022-01-06 sort by date limit 4 show date, article", "dates where date = 2019 count",
        "events where actor = \"Tokayev\" after 2022-01-05", "events on 2022-01 sort by date show date, kind, summary",
        "events count by origin", "events where kind = \"protest\" before 2022-01-06 show date, summary",
        "events where actors != \"Tokayev\" count", "events where confidence = null count", "events where place = null count",
        "events where date >= 2022-01-05 and date < 2022-01-08 show date, kind", "events count by kind sort by count limit 3",
        "events sort by date desc limit 5 show date, kind", "events where date in [2022-01-05, 2022-01-06] count",
        "names sort by count desc limit 5", "names where suggestion != null show name, suggestion", "names count by kind",
        "articles where notes != null show id, notes", "sentences where boilerplate = true count by article",
        "entities where mentions > 10 sort by mentions desc show name, mentions", "figures where low != null show low, high, unit",
        "dates where precision = \"year\" show date, precision", "dates count by precision",
        "quotes where speaker contains \"tokayev\" count", "events where actor contains \"csto\" show date, kind",
        "mentions where entity contains \"Nazarbayev\" count by article",
    ]

    /// Text compared as DQL folds it: in DuckDB and Spark, not SQLite.
    static let textStatements = [
        "sentences where text contains \"shoot to kill\" show article, text", "articles where language = \"EN\" show id",
        "articles where source in [\"stern\", \"The Guardian\"] show id, source", "quotes where text contains \"terrorists\" count",
        "sentences where article = \"nyt-tokayev-embraces-russia\" limit 3", "mentions where text != \"Tokayev\" and entity = \"Tokayev\" distinct text",
        "entities where name contains \"tokayev\" show name", "figures where what = \"people\" count by outcome",
        "articles where source > \"n\" show id, source", "sentences where text contains \"it's\" count", "sentences where text contains \"Kazakhstan's\" count",
        "sentences where text contains \"security forces\" count by article",
    ]

    final class Export {
        let folder = NSTemporaryDirectory() + "dossier-sql-" + UUID().uuidString
        let handle: CorpusHandle
        let database: SQLiteDatabase
        /// The Parquet files, when DuckDB is there to read them.
        let parquet: Bool

        init() throws {
            let result = try CorpusBuilder().load(BundledCorpus.source)
            handle = CorpusHandle(result.corpus)
            let source = ExportSource(corpus: result.corpus, candidates: result.trace.events, shard: nil)
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            _ = try Exporter(format: .sqlite).export(source, to: folder + "/corpus.sqlite")
            database = try SQLiteDatabase(path: folder + "/corpus.sqlite")
            parquet = ExportTests.duckdb != nil
            if parquet { _ = try Exporter(format: .parquet).export(source, to: folder + "/parquet") }
        }

        deinit { try? FileManager.default.removeItem(atPath: folder) }

        /// DuckDB's views of the Parquet files, one per table, before a statement.
        var views: String {
            ExportSchema.tables.map { "CREATE VIEW \($0.name) AS SELECT * FROM '\(folder)/parquet/\($0.name).parquet';" }.joined(separator: "\n")
        }
    }

    /// What a statement gives: its columns' values as text, null as "∅", numbers and
    /// booleans written one way whatever the engine.
    struct Answer: Equatable, CustomStringConvertible {
        var rows: [[String]]
        var description: String { rows.prefix(8).map { $0.joined(separator: " | ") }.joined(separator: "\n") + (rows.count > 8 ? "\n..." : "") }
    }

    static func number(_ text: String) -> String {
        guard let d = Double(text) else { return text }
        return d == d.rounded() && abs(d) < 1e15 ? String(Int(d)) : String(d)
    }

    static func normal(_ text: String?, _ type: FieldType?) -> String {
        guard let text else { return "∅" }
        switch type {
        case .number?: return number(text)
        case .boolean?: return text == "1" || text == "true" ? "true" : (text == "0" || text == "false" ? "false" : text)
        default: return text
        }
    }

    static func memory(_ value: Value) -> String {
        switch value {
        case .null: return "∅"
        case .number(let d): return number(String(d))
        case .bool(let b): return b ? "true" : "false"
        case .date(let d): return d.description
        case .entity(_, let name): return name
        case .text(let t): return t
        case .list(let items): return items.map(memory).joined(separator: ", ")
        }
    }

    /// The key of a row of a source as the export writes it: an article's id and the row's
    /// place in it, or an id.
    static func keys(_ rows: [Int], source: String, corpus: Corpus) -> [[String]] {
        func numbered<Row>(_ all: Rows<Row>, _ article: (Row) -> Int) -> [Int: String] {
            var place: [Int: String] = [:]
            var current = -1
            var n = 0
            for (id, row) in all.enumerated() {
                let owner = article(row)
                if owner != current { (current, n) = (owner, 0) }
                place[id] = corpus.articles[owner].id + "#\(n)"
                n += 1
            }
            return place
        }
        let place: [Int: String]
        switch source {
        case "sentences": place = numbered(corpus.sentences, \.article)
        case "mentions": place = numbered(corpus.mentions, \.article)
        case "quotes": place = numbered(corpus.quotes, \.article)
        case "figures": place = numbered(corpus.figures, \.article)
        case "dates": place = numbered(corpus.dates, \.article)
        case "articles": return rows.map { [corpus.articles[$0].id] }
        default: return rows.map { [String($0)] }
        }
        return rows.map { [place[$0] ?? "?"] }
    }

    static func sqlKeys(_ columns: [String], _ rows: [[String?]]) -> [[String]] {
        if let article = columns.firstIndex(of: "article"), let n = columns.firstIndex(of: "n") {
            // A row found in an article: the article's id and its place there.
            return rows.map { [($0[article] ?? "?") + "#" + number($0[n] ?? "?")] }
        }
        let id = columns.firstIndex(of: "id") ?? 0
        return rows.map { [number($0[id] ?? "?")] }
    }

    enum Outcome {
        /// The same rows; whether there were any (a count of 0 counts as none).
        case same(found: Bool)
        case unsupported(SQLUnsupported)
        case differs(String)
    }

    static func compare(_ dql: String, in export: Export, dialect: SQLDialect) throws -> Outcome {
        let parsed = Parser.parse(dql)
        guard parsed.diagnostics.isEmpty, case .query(let query)? = parsed.statements.first?.kind else {
            return .differs("does not parse: \(parsed.diagnostics)")
        }
        var checker = Checker(environment: Environment(handle: export.handle), text: SourceText(name: "", text: dql))
        guard let logical = checker.check(query) else { return .differs("does not check: \(checker.diagnostics)") }
        let sql: String
        do {
            sql = try SQLCompiler(dialect: dialect).compile(logical)
        } catch let unsupported as SQLUnsupported {
            return .unsupported(unsupported)
        }
        let corpus = export.handle.corpus
        let types = logical.columnTypes
        var expected: Answer
        if logical.isShaped {
            let result = try export.handle.run(logical)
            expected = Answer(rows: result.rows.map { $0.map(memory) })
        } else {
            expected = Answer(rows: keys(try export.handle.rows(logical), source: logical.source.name, corpus: corpus))
        }
        var got: Answer
        switch dialect {
        case .sqlite:
            let table = try export.database.prepare(sql).table([])
            got = logical.isShaped ? Answer(rows: table.rows.map { row in row.enumerated().map { normal($1, types[safe: $0]) } })
                : Answer(rows: sqlKeys(table.columns, table.rows))
        case .duckdb:
            let json = try ExportTests.duckdb(export.views + "\n" + sql, mode: "-json")
            let objects = json.isEmpty ? [] : (try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]] ?? [])
            let columns = logical.isShaped ? logical.columns : ["article", "n", "id"]
            let rows: [[String?]] = objects.map { object in
                columns.map { name -> String? in
                    switch object[name] {
                    case nil, is NSNull: return nil
                    // A boolean comes as 1 or 0, which `normal` reads by the column's type.
                    case let number as NSNumber: return number.stringValue
                    case let value?: return "\(value)"
                    }
                }
            }
            if logical.isShaped {
                got = Answer(rows: rows.map { row in row.enumerated().map { normal($1, types[safe: $0]) } })
            } else {
                // The row's key: its article and place, or its id (articles have both an id and no n).
                let byPlace = objects.first?["n"] != nil
                got = Answer(rows: rows.map { row in
                    byPlace ? [(row[0] ?? "?") + "#" + number(row[1] ?? "?")] : [number(row[2] ?? "?")]
                })
            }
        case .spark:
            return .differs("no Spark here")
        }
        // Groups and distinct values may tie in another order; rows with no sort come in the
        // corpus's order on both sides.
        if logical.shapeKind == .countBy || logical.shapeKind == .distinct, !logical.sortsOrCutsTheTable {
            expected.rows.sort { $0.lexicographicallyPrecedes($1) }
            got.rows.sort { $0.lexicographicallyPrecedes($1) }
        }
        let found = !expected.rows.isEmpty && expected.rows != [["0"]]
        return expected == got ? .same(found: found) : .differs("in memory:\n\(expected)\nSQL:\n\(got)\n\(sql)")
    }

    @Test func everyConstructThatCompilesGivesTheSameRowsInSQLite() throws {
        let export = try Export()
        var empty: [String] = []
        for dql in Self.statements {
            switch try Self.compare(dql, in: export, dialect: .sqlite) {
            case .same(let found): if !found { empty.append(dql) }
            case .unsupported(let why): Issue.record("\(dql): does not compile: \(why.message)")
            case .differs(let what): Issue.record("\(dql): \(what)")
            }
        }
        // Agreeing on nothing proves little: every statement finds rows but the one about
        // ambiguous names, which the bundled corpus has none of.
        #expect(empty == ["mentions where ambiguous = true count"])
    }

    @Test func textComparisonsSayWhySQLiteCannotFoldThem() throws {
        let export = try Export()
        for dql in Self.textStatements where !dql.contains("entities where name") {
            guard case .unsupported(let why) = try Self.compare(dql, in: export, dialect: .sqlite) else {
                Issue.record("\(dql) compiles for SQLite")
                continue
            }
            #expect(why.message.contains("in SQLite (its lower() folds only ASCII letters)"), "\(dql): \(why.message)")
            #expect(why.hint == "compile for DuckDB: dossier sql --dialect duckdb")
        }
    }

    @Test(.enabled(if: ExportTests.duckdb != nil, "the duckdb executable is not on PATH (python3 -m pip install duckdb-cli)"))
    func everyConstructThatCompilesGivesTheSameRowsInDuckDB() throws {
        let export = try Export()
        for dql in Self.statements + Self.textStatements {
            switch try Self.compare(dql, in: export, dialect: .duckdb) {
            case .same(let found): #expect(found || dql.contains("ambiguous"), "\(dql) finds nothing")
            case .unsupported(let why): Issue.record("\(dql): does not compile: \(why.message)")
            case .differs(let what): Issue.record("\(dql): \(what)")
            }
        }
    }

    /// The examples of the grammar's guide and of `.schema`, each a query on its own.
    static func documentedExamples() throws -> [String] {
        var examples = Schema.sources.flatMap(\.examples)
        let guide = try String(contentsOfFile: Repository.root + "/grammar/README.md", encoding: .utf8)
        var block: [Substring]?
        for line in guide.split(separator: "\n", omittingEmptySubsequences: false) {
            if block == nil, line.trimmingCharacters(in: .whitespaces) == "```dql" {
                block = []
            } else if let lines = block, line.trimmingCharacters(in: .whitespaces) == "```" {
                examples += lines.map(String.init).filter { !$0.isEmpty && !$0.hasPrefix("--") && !$0.hasPrefix("let ") && !$0.hasPrefix("explain") }
                block = nil
            } else {
                block?.append(line)
            }
        }
        return examples
    }

    /// Each documented example compiles and agrees, or says why it has no SQL form; how many
    /// compile only grows (raise the floor as constructs gain a SQL form).
    func documentedExamples(_ dialect: SQLDialect, floor: Int) throws {
        let export = try Export()
        var compiled = 0
        var unsupported: [String] = []
        for dql in try Self.documentedExamples() {
            let parsed = Parser.parse(dql)
            guard parsed.diagnostics.isEmpty, case .query(let query)? = parsed.statements.first?.kind else { continue }
            var checker = Checker(environment: Environment(handle: export.handle), text: SourceText(name: "", text: dql))
            guard checker.check(query) != nil else { continue }
            switch try Self.compare(dql, in: export, dialect: dialect) {
            case .same: compiled += 1
            case .unsupported(let why): unsupported.append("\(dql): \(why.message)")
            case .differs(let what): Issue.record("\(dql): \(what)")
            }
        }
        #expect(compiled >= floor, "only \(compiled) documented examples compile; unsupported:\n\(unsupported.joined(separator: "\n"))")
    }

    @Test func theDocumentedExamplesCompileForSQLiteAndAgreeOrSayWhyNot() throws {
        try documentedExamples(.sqlite, floor: 47)
    }

    @Test(.enabled(if: ExportTests.duckdb != nil, "the duckdb executable is not on PATH (python3 -m pip install duckdb-cli)"))
    func theDocumentedExamplesCompileForDuckDBAndAgreeOrSayWhyNot() throws {
        try documentedExamples(.duckdb, floor: 55)
    }
}

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
