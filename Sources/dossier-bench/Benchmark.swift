import DossierExport
import DossierCorpus
import DossierDiagnostics
import DossierExtraction
import DossierQuery
import Foundation

/// `dossier-bench CORPUS_DIR`: loads a corpus as Dossier does and measures it, exports the
/// same rows to an in-memory SQLite database with the indexes a competent user would make
/// (and FTS5 for text), asks the same questions of both, checks that they return the same
/// row ids, and prints one JSON object with the figures. `scripts/bench` runs it for each
/// corpus size and writes bench/results.json.
@main
enum Benchmark {
    static func main() {
        do {
            try run()
        } catch let error as CorpusLoadError {
            FileHandle.standardError.write(Data((DiagnosticRenderer(color: false).render(error.problems)).utf8))
            exit(1)
        } catch {
            FileHandle.standardError.write(Data("dossier-bench: \(error)\n".utf8))
            exit(1)
        }
    }

    static func run() throws {
        let arguments = CommandLine.arguments.dropFirst()
        guard let directory = arguments.first else {
            FileHandle.standardError.write(Data("usage: dossier-bench CORPUS_DIR [--runs N]\n".utf8))
            exit(2)
        }
        var runs = 15
        if let at = arguments.firstIndex(of: "--runs"), at + 1 < arguments.endIndex, let n = Int(arguments[at + 1]) { runs = n }

        let loadStart = Clock.now()
        let corpus = try CorpusBuilder().load(.directory(directory)).corpus
        let loadSeconds = Clock.seconds(since: loadStart)
        let peakMB = LoadProgress.peakMegabytes()
        let textBytes = corpus.articles.reduce(0) { $0 + $1.body.byteCount }
        let mb = Double(textBytes) / 1_000_000
        log("loaded \(corpus.articles.count) articles, \(String(format: "%.1f", mb)) MB in \(String(format: "%.2f", loadSeconds)) s, peak \(Int(peakMB)) MB")

        let exportStart = Clock.now()
        let database = try SQLiteExport.export(corpus)
        let exportSeconds = Clock.seconds(since: exportStart)
        log("exported to SQLite in \(String(format: "%.1f", exportSeconds)) s")

        var results: [[String: Any]] = []
        let handle = CorpusHandle(corpus)
        for query in QuerySet.queries(for: corpus) {
            let dossier = try QuerySet.runDossier(query.dql, handle: handle, times: runs)
            let sqlite = try QuerySet.runSQLite(query, database: database, times: runs)
            let same = dossier.answer == sqlite.answer
            results.append([
                "name": query.name, "dql": query.dql, "sql": query.sql, "articles": corpus.articles.count,
                "dossier_ms": round3(dossier.medianMs), "sqlite_ms": round3(sqlite.medianMs),
                "dossier_first_ms": round3(dossier.firstMs), "sqlite_first_ms": round3(sqlite.firstMs),
                "ratio": round3(sqlite.medianMs > 0 ? dossier.medianMs / sqlite.medianMs : 0),
                "rows": dossier.answer.count, "same_answer": same, "dossier_plan": dossier.plan,
            ])
            log("\(query.name): dossier \(String(format: "%.3f", dossier.medianMs)) ms (first \(String(format: "%.3f", dossier.firstMs))), sqlite \(String(format: "%.3f", sqlite.medianMs)) ms, \(dossier.answer.count) rows, same answer: \(same)")
        }
        let scanMs = QuerySet.rawScanMilliseconds(corpus, phrase: QuerySet.phrase, times: runs)
        let report: [String: Any] = [
            "load": ["articles": corpus.articles.count, "mb": round3(mb), "seconds": round3(loadSeconds),
                     "mb_per_s": round3(mb / loadSeconds), "peak_mb": round3(peakMB),
                     "sentences": corpus.sentences.count, "events": corpus.events.count, "quotes": corpus.quotes.count,
                     "figures": corpus.figures.count, "mentions": corpus.mentions.count],
            "export_seconds": round3(exportSeconds),
            "raw_scan_ms": round3(scanMs),
            "queries": results,
        ]
        let json = try JSONSerialization.data(withJSONObject: report, options: [.sortedKeys])
        FileHandle.standardOutput.write(json)
        FileHandle.standardOutput.write(Data("\n".utf8))
    }

    static func log(_ line: String) {
        FileHandle.standardError.write(Data(("dossier-bench: " + line + "\n").utf8))
    }

    static func round3(_ value: Double) -> Double { (value * 1000).rounded() / 1000 }
}
