import Foundation
import Testing
import TestSupport

/// `dossier export` as a user runs it: the tables it writes and what it says, and a clear
/// message with a hint for every flag or place that cannot work.
@Suite struct ExportCommandTests {
    @Test func theBundledCorpusIsWrittenAsCSVTablesAndSaysWhat() throws {
        let out = NSTemporaryDirectory() + "dossier-export-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: out) }
        let run = try Dossier.run(["export", "--to", out])
        #expect(run.status == 0)
        #expect(run.errors == "export: 5 articles, 14 tables, \(try rows(in: out)) rows, csv in \(out)\n")
        let header = try String(contentsOfFile: out + "/figures.csv", encoding: .utf8).split(separator: "\n").first
        #expect(header == "article,n,sentence,value,high,unit,family,base,original,what,outcome,change,qualifier,vague,text,start_byte,end_byte")
        let shard = try Dossier.run(["export", "--to", out + "/part", "--shard", "1/2", "--format", "jsonl"])
        #expect(shard.status == 0)
        #expect(shard.errors.hasPrefix("export: shard 1/2: "))
        #expect(!FileManager.default.fileExists(atPath: out + "/part/events.jsonl"))
        #expect(FileManager.default.fileExists(atPath: out + "/part/event_candidates.jsonl"))
    }

    /// The data lines of every CSV file in a folder.
    func rows(in folder: String) throws -> Int {
        try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".csv") }.reduce(0) { total, file in
            let text = try String(contentsOfFile: folder + "/" + file, encoding: .utf8)
            // Lines outside quotation marks, less the header.
            var lines = 0
            var quoted = false
            for byte in text.utf8 {
                if byte == 0x22 { quoted.toggle() } else if byte == 0x0A, !quoted { lines += 1 }
            }
            return total + lines - 1
        }
    }

    @Test func badFlagsAreSaidWithAnExample() throws {
        let shard = try Dossier.run(["export", "--to", "x", "--shard", "5/4"])
        #expect(shard.status == 2)
        #expect(shard.errors.contains("--shard takes K/N with 1 <= K <= N, e.g. --shard 2/4 (got '5/4')"))
        let format = try Dossier.run(["export", "--to", "x", "--format", "xml"])
        #expect(format.status == 2)
        #expect(format.errors.contains("'xml'"))
        #expect(format.errors.contains("csv"))
        let missing = try Dossier.run(["export"])
        #expect(missing.status == 2)
        #expect(missing.errors.contains("--to"))
        let corpus = try Dossier.run(["export", "--corpus", "/nonexistent-corpus", "--to", "x"])
        #expect(corpus.status == 2)
        #expect(corpus.errors.contains("no such corpus directory: /nonexistent-corpus"))
        #expect(corpus.errors.contains("hint:"))
    }

    @Test func aPlaceThatCannotHoldTheTablesIsSaidAndNothingIsLeft() throws {
        let base = NSTemporaryDirectory() + "dossier-export-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: base) }
        let noParent = try Dossier.run(["export", "--to", base + "/missing/tables"])
        #expect(noParent.status == 1)
        #expect(noParent.errors.contains("dossier: error: cannot make the folder \(base)/missing/tables: No such file or directory"))
        #expect(noParent.errors.contains("hint: give a folder whose parent exists"))
        try FileManager.default.createDirectory(atPath: base, withIntermediateDirectories: true)
        FileManager.default.createFile(atPath: base + "/file", contents: Data("x".utf8))
        let onFile = try Dossier.run(["export", "--to", base + "/file"])
        #expect(onFile.status == 1)
        #expect(onFile.errors.contains("is a file, not a folder"))
        let sqlite = try Dossier.run(["export", "--to", base + "/missing/corpus.sqlite", "--format", "sqlite"])
        #expect(sqlite.status == 1)
        #expect(sqlite.errors.contains("cannot write the SQLite database \(base)/missing/corpus.sqlite"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: base) == ["file"])
    }

    @Test func parquetWithoutDuckDBSaysHowToGetIt() throws {
        let out = NSTemporaryDirectory() + "dossier-export-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: out) }
        let run = try Dossier.run(["export", "--to", out, "--format", "parquet"], environment: ["PATH": "/nonexistent"])
        #expect(run.status == 1)
        #expect(run.errors.contains("writing Parquet needs the duckdb executable, and there is none on PATH"))
        #expect(run.errors.contains("hint: install it (python3 -m pip install duckdb-cli), or export another format: --format csv"))
    }

    @Test func aShardOfACorpusWithoutAGazetteerIsRefused() throws {
        let corpus = try TemporaryCorpus(["a.md": TemporaryCorpus.article(id: "a", body: "Mira Castell said the levee held.")])
        let run = try Dossier.run(["export", "--corpus", corpus.path, "--to", corpus.path + "-out", "--shard", "1/2"])
        defer { try? FileManager.default.removeItem(atPath: corpus.path + "-out") }
        #expect(run.status == 2)
        #expect(run.errors.contains("--shard needs a gazetteer (entities.yaml)"))
        #expect(!FileManager.default.fileExists(atPath: corpus.path + "-out"))
    }
}
