import DossierCorpus
import DossierExport
import DossierExtraction
import Foundation
import Testing
import TestSupport

/// The export of real corpora: the bundled one, whole and in shards, and small corpora whose
/// text puts CSV and JSON quoting to the test.
@Suite struct ExportTests {
    /// A folder for one test's output, removed afterwards.
    final class Folder {
        let path = NSTemporaryDirectory() + "dossier-export-" + UUID().uuidString
        deinit { try? FileManager.default.removeItem(atPath: path) }
    }

    static func source(_ corpus: CorpusSource, shard: Shard? = nil) throws -> ExportSource {
        var builder = CorpusBuilder()
        if let shard { builder.keeping = { @Sendable id in shard.holds(id) } }
        let result = try builder.load(corpus)
        return ExportSource(corpus: result.corpus, candidates: result.trace.events, shard: shard)
    }

    /// The records of a CSV file (RFC 4180), header first.
    static func records(_ path: String) throws -> [[String]] {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        var quoted = false
        var characters = text.makeIterator()
        var pending: Character?
        while let c = pending ?? characters.next() {
            pending = nil
            if quoted {
                if c == "\"" {
                    let next = characters.next()
                    if next == "\"" { field.append("\"") } else { quoted = false; pending = next }
                } else {
                    field.append(c)
                }
            } else if c == "\"" {
                quoted = true
            } else if c == "," {
                record.append(field)
                field = ""
            } else if c == "\n" {
                record.append(field)
                records.append(record)
                (record, field) = ([], "")
            } else {
                field.append(c)
            }
        }
        return records
    }

    @Test func theShardsOfTheBundledCorpusAddUpToTheWholeRowForRow() throws {
        let whole = Folder()
        let written = try Exporter(format: .csv).export(try Self.source(BundledCorpus.source), to: whole.path)
        #expect(written.map(\.table) == ExportSchema.tables.map(\.name))
        var union: [String: [[String]]] = [:]
        var articles = 0
        for k in 1...4 {
            let part = Folder()
            let shard = try #require(Shard(number: k, count: 4))
            let source = try Self.source(BundledCorpus.source, shard: shard)
            articles += source.corpus.articles.count
            let tables = try Exporter(format: .csv).export(source, to: part.path)
            // The tables of the whole corpus are left out of a shard.
            #expect(tables.map(\.table) == ExportSchema.tables.filter { $0.scope != .corpus }.map(\.name))
            #expect(!FileManager.default.fileExists(atPath: part.path + "/events.csv"))
            for table in ExportSchema.tables where table.scope != .corpus {
                let rows = try Self.records(part.path + "/\(table.name).csv")
                #expect(rows.first == table.columns.map(\.name))
                if table.scope == .gazetteer {
                    #expect(rows == (try Self.records(whole.path + "/\(table.name).csv")), "\(table.name) differs in shard \(k)")
                } else {
                    union[table.name, default: []] += rows.dropFirst()
                }
            }
        }
        #expect(articles == 5)
        for table in ExportSchema.tables where table.scope == .article {
            let rows = try Self.records(whole.path + "/\(table.name).csv").dropFirst()
            #expect(!rows.isEmpty || table.name.hasPrefix("event_candidate"), "\(table.name) is empty")
            #expect(rows.sorted { $0.lexicographicallyPrecedes($1) }
                == (union[table.name] ?? []).sorted { $0.lexicographicallyPrecedes($1) }, "\(table.name): shards and whole differ")
        }
    }

    @Test func theSQLiteDatabaseHoldsEveryRowAndJoinsByTheKeys() throws {
        let folder = Folder()
        try FileManager.default.createDirectory(atPath: folder.path, withIntermediateDirectories: true)
        let source = try Self.source(BundledCorpus.source)
        let corpus = source.corpus
        let path = folder.path + "/corpus.sqlite"
        let written = try Exporter(format: .sqlite).export(source, to: path)
        let database = try SQLiteDatabase(path: path)
        for table in written {
            let count = try database.prepare("SELECT count(*) FROM \"\(table.table)\"").rows([])
            #expect(count == [[String(table.rows)]], "\(table.table)")
        }
        let counts = Dictionary(uniqueKeysWithValues: written.map { ($0.table, $0.rows) })
        #expect(counts["articles"] == corpus.articles.count)
        #expect(counts["sentences"] == corpus.sentences.count)
        #expect(counts["mentions"] == corpus.mentions.count)
        #expect(counts["quotes"] == corpus.quotes.count)
        #expect(counts["figures"] == corpus.figures.count)
        #expect(counts["dates"] == corpus.dates.count)
        #expect(counts["events"] == corpus.events.count)
        #expect(counts["entities"] == corpus.entities.count)
        #expect(counts["names"] == corpus.names.count)
        // Tokayev's quotations, found through his aliases as DQL finds them.
        let tokayev = try #require(corpus.aliases.entity("Tokayev"))
        let quoted = try database.prepare("""
            SELECT count(*) FROM quotes q WHERE q.speaker IN (SELECT entity FROM aliases WHERE key = ?)
            """).rows([.text(NameKey.of("Tokayev"))])
        #expect(quoted == [[String(corpus.quotesBySpeaker[tokayev].count)]])
        #expect(corpus.quotesBySpeaker[tokayev].count > 0)
        // Every quotation's sentence is there, and holds the quotation's words.
        let orphans = try database.prepare("""
            SELECT count(*) FROM quotes q LEFT JOIN sentences s ON s.article = q.article AND s.n = q.sentence
            WHERE s.n IS NULL OR instr(s.text, substr(q.text, 1, 10)) = 0
            """).rows([])
        #expect(orphans == [["0"]])
        // Each event's actors and evidence point at entities and articles that exist.
        let dangling = try database.prepare("""
            SELECT (SELECT count(*) FROM event_actors a LEFT JOIN entities e ON e.id = a.entity WHERE e.id IS NULL)
                 + (SELECT count(*) FROM evidence v LEFT JOIN articles r ON r.id = v.article WHERE r.id IS NULL)
            """).rows([])
        #expect(dangling == [["0"]])
    }

    @Test func textWithCommasQuotesAndLineBreaksComesBackWhole() throws {
        let article = """
            ---
            id: levee-report
            title: 'He said "no", twice'
            source: Test Wire
            published: 2022-01-08
            language: en
            translated: false
            ---

            “We counted 1,200 people, ‘at least’, in the square,” said Mira Castell, a hydrologist.

            The “levee”\\ held; nobody said "why", and a tab\there went unseen.

            """
        let corpus = try TemporaryCorpus(["a.md": article])
        let source = try Self.source(.directory(corpus.path))
        let text = source.corpus.articles[0].body.string
        #expect(text.contains("\\ held") && text.contains("\t") && text.contains("\"why\""))
        let csv = Folder()
        _ = try Exporter(format: .csv).export(source, to: csv.path)
        let articles = try Self.records(csv.path + "/articles.csv")
        #expect(articles.count == 2)
        let column = { (name: String) throws -> String in articles[1][try #require(articles[0].firstIndex(of: name))] }
        #expect(try column("title") == "He said \"no\", twice")
        #expect(try column("text") == text)
        // Null is an empty field.
        #expect(try column("url") == "")
        #expect(try column("translated") == "false")
        let jsonl = Folder()
        _ = try Exporter(format: .jsonl).export(source, to: jsonl.path)
        let lines = try String(contentsOfFile: jsonl.path + "/articles.jsonl", encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        #expect(object["title"] as? String == "He said \"no\", twice")
        #expect(object["text"] as? String == text)
        #expect(object["url"] is NSNull)
        #expect(object["translated"] as? Bool == false)
        #expect(object["words"] as? Int == source.corpus.articles[0].words)
        let quotes = try String(contentsOfFile: jsonl.path + "/quotes.jsonl", encoding: .utf8).split(separator: "\n")
        let first = try #require(try JSONSerialization.jsonObject(with: Data(quotes[0].utf8)) as? [String: Any])
        // Without a gazetteer the names become entities: the speaker is one.
        let speaker = try #require(first["speaker"] as? Int)
        #expect(source.corpus.entities[speaker].name == "Mira Castell")
        #expect(first["speaker_name"] is NSNull)
        #expect(first["text"] as? String == "We counted 1,200 people, ‘at least’, in the square,")
        let quoteRows = try Self.records(csv.path + "/quotes.csv")
        #expect(quoteRows[1][try #require(quoteRows[0].firstIndex(of: "text"))] == "We counted 1,200 people, ‘at least’, in the square,")
    }

    @Test(.enabled(if: ExportTests.duckdb != nil, "the duckdb executable is not on PATH (python3 -m pip install duckdb-cli)"))
    func parquetFilesReadBackInDuckDBWithTheirTypes() throws {
        let folder = Folder()
        let source = try Self.source(BundledCorpus.source)
        let written = try Exporter(format: .parquet).export(source, to: folder.path)
        let queries = written.map { "SELECT '\($0.table)', count(*) FROM '\($0.file)';" }
            + ["SELECT typeof(first_day), typeof(value) FROM '\(folder.path)/figures.parquet' f JOIN '\(folder.path)/dates.parquet' d USING (article) LIMIT 1;"]
        let run = try Self.duckdb(queries.joined(separator: "\n"))
        for table in written { #expect(run.contains("\(table.table),\(table.rows)"), "\(table.table)") }
        #expect(run.contains("DATE,DOUBLE"))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { !$0.hasSuffix(".parquet") }
        #expect(leftovers.isEmpty)
    }

    static var duckdb: String? {
        (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map { $0 + "/duckdb" }
            .first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// What the duckdb executable prints for a script, in a mode of its output (-csv, -json).
    static func duckdb(_ script: String, mode: String = "-csv") throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(duckdb))
        process.arguments = mode == "-csv" ? ["-csv", "-noheader", ":memory:", "-c", script] : [mode, ":memory:", "-c", script]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    @Test func shardsAreReadFromKOverN() {
        #expect(Shard("2/4") == Shard(number: 2, count: 4))
        #expect(Shard("1/1") != nil)
        for bad in ["0/4", "5/4", "2", "2/0", "a/b", "2/4/1", "-1/4", ""] { #expect(Shard(bad) == nil, "\(bad)") }
        // Every article falls in exactly one shard.
        let ids = (0..<200).map { "article-\($0)" }
        let shards = (1...7).compactMap { Shard(number: $0, count: 7) }
        for id in ids { #expect(shards.filter { $0.holds(id) }.count == 1) }
        #expect(Set(ids.compactMap { id in shards.first { $0.holds(id) } }).count == 7)
    }
}
