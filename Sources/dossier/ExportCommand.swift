import ArgumentParser
import DossierCorpus
import DossierDiagnostics
import DossierExport
import DossierExtraction
import Foundation

/// `dossier export`: extracts a corpus (or one shard of it) and writes every table of the
/// model for other engines. The tables are described in docs/export.md.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dossier export",
        abstract: "Write the extracted corpus as tables: CSV, JSON lines, SQLite or Parquet.",
        discussion: """
            Every table links to the others by stable keys: an article's id, and a row's place \
            in its article. With --shard K/N only the articles whose id hashes to shard K of N \
            are extracted, so that N machines can each take a part; the tables made from the \
            whole corpus (events, event_actors, evidence, names) are then left out. \
            docs/export.md describes every table and column.

            Examples:
              dossier export --corpus ~/my-corpus --to tables
              dossier export --corpus ~/my-corpus --to corpus.sqlite --format sqlite
              dossier export --corpus ~/my-corpus --to part-2 --shard 2/4 --format parquet
            """
    )

    @Option(name: .long, help: ArgumentHelp("The corpus directory (the bundled corpus when omitted).", valueName: "dir"))
    var corpus: String?

    @Option(name: .long, help: ArgumentHelp("Where to write: a folder for csv, jsonl and parquet, a file for sqlite.", valueName: "path"))
    var to: String

    @Option(name: .long, help: "csv, jsonl, sqlite or parquet (parquet needs the duckdb executable on PATH).")
    var format: ExportFormat = .csv

    @Option(name: .long, help: ArgumentHelp("Extract only shard K of N (K from 1 to N), e.g. --shard 2/4.", valueName: "K/N"))
    var shard: String?

    @Flag(name: .long, help: "Treat any problem in the corpus files as fatal.")
    var strict = false

    mutating func run() throws {
        guard !to.isEmpty else { throw ValidationError("--to needs a path, e.g. --to corpus-tables") }
        var part: Shard?
        if let shard {
            guard let parsed = Shard(shard) else {
                throw ValidationError("--shard takes K/N with 1 <= K <= N, e.g. --shard 2/4 (got '\(shard)')")
            }
            part = parsed
        }
        let source: CorpusSource = corpus.map(CorpusSource.directory) ?? BundledCorpus.source
        let renderer = DiagnosticRenderer(color: false)
        let result: CorpusBuilder.Result
        do {
            var builder = CorpusBuilder(strict: strict)
            if let part { builder.keeping = { @Sendable id in part.holds(id) } }
            result = try builder.load(source)
        } catch let error as CorpusLoadError {
            FileHandleOutput.standardError(renderer.render(error.problems) + "\n")
            throw ExitCode(2)
        }
        for problem in result.problems { FileHandleOutput.standardError(renderer.render(problem) + "\n") }
        if part != nil, !result.trace.fromGazetteer {
            FileHandleOutput.standardError("""
                dossier: error: --shard needs a gazetteer (entities.yaml): without one, the entities come from the names of the \
                whole corpus, and a shard alone would find other ones
                hint: add an entities.yaml to the corpus, or export it whole: dossier export --corpus DIR --to tables

                """)
            throw ExitCode(2)
        }
        let exportSource = ExportSource(corpus: result.corpus, candidates: result.trace.events, shard: part)
        let written: [Exporter.Written]
        do {
            written = try Exporter(format: format).export(exportSource, to: to)
        } catch let error as ExportError {
            FileHandleOutput.standardError("dossier: error: \(error.message)\n" + (error.hint.map { "hint: \($0)\n" } ?? ""))
            throw ExitCode(1)
        }
        let rows = written.reduce(0) { $0 + $1.rows }
        let what = part.map { "shard \($0): " } ?? ""
        let articles = result.corpus.articles.count
        FileHandleOutput.standardError("export: \(what)\(articles) article\(articles == 1 ? "" : "s"), \(written.count) tables, "
            + "\(rows) row\(rows == 1 ? "" : "s"), \(format.rawValue) in \(to)\n")
    }
}

extension ExportFormat: ExpressibleByArgument {}
