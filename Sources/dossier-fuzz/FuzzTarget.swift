@preconcurrency import Glibc
import DossierCorpus
import DossierDiagnostics
import DossierExtraction
import DossierQuery

/// The entry points that take bytes a user or a corpus can supply, each run whole on one
/// input: nothing may crash, hang or grow without bound, whatever the bytes.
enum FuzzTarget: String, CaseIterable {
    /// A statement or script: lexer, parser, checker, planner, evaluator and renderers, on
    /// the bundled corpus.
    case statement
    /// One article file: loader and every extraction.
    case article
    /// The gazetteer, entities.yaml, beside one article.
    case entities
    /// The curated events, events.yaml, beside one article and a small gazetteer.
    case events
    /// A snapshot file, its checksums made right first (see `SnapshotRestamp`) so that the
    /// decoders see the bytes as a forged file would give them; then statements on every
    /// source read the rows back.
    case snapshot

    /// The bundled corpus, loaded once for the statements.
    nonisolated(unsafe) private static var bundled: Corpus?

    static let sampleArticle = """
        ---
        id: fuzz
        title: "A flood in Varnholm"
        source: Test Wire
        published: 2023-04-13
        language: en
        ---
        Mayor Ines Varga said on Friday that 31 people were killed and 1,200 evacuated.

        “We will rebuild the bridge,” she said.
        """

    static let gazetteer = """
        - name: Ines Varga
          kind: person
          aliases: [Varga]
        - name: Varnholm
          kind: place
        """

    func run(_ bytes: [UInt8]) {
        switch self {
        case .statement:
            let corpus = Self.corpus()
            let text = String(decoding: bytes, as: UTF8.self)
            let parsed = Parser.parse(text, file: "<fuzz>")
            let handle = CorpusHandle(corpus)
            var environment = Environment(handle: handle)
            for statement in parsed.statements {
                var checker = Checker(environment: environment, text: SourceText(name: "<fuzz>", text: text))
                let query: Query
                switch statement.kind {
                case .query(let q), .let(_, let q), .explain(let q, _): query = q
                }
                guard let logical = checker.check(query) else { continue }
                let plan = Planner(handle: handle).plan(logical)
                let printer = PlanPrinter(handle: handle)
                _ = printer.logical(logical)
                let nodes = printer.nodes(plan)
                guard let (result, profile) = try? Executor(handle: handle).analyze(plan) else { continue }
                _ = printer.physical(nodes, profile: profile)
                for format in OutputFormat.allCases { _ = format.render(result, width: 80) }
                if case .let(let name, _) = statement.kind { environment.named[name.text] = .table(result) }
            }
        case .article:
            load([CorpusFile(name: "fuzz.md", bytes: bytes)])
        case .entities:
            load([CorpusFile(name: "fuzz.md", text: Self.sampleArticle), CorpusFile(name: "entities.yaml", bytes: bytes)])
        case .events:
            load([CorpusFile(name: "fuzz.md", text: Self.sampleArticle), CorpusFile(name: "entities.yaml", text: Self.gazetteer),
                  CorpusFile(name: "events.yaml", bytes: bytes)])
        case .snapshot:
            readSnapshot(SnapshotRestamp.restamped(bytes))
        }
    }

    /// Opens the bytes as a snapshot and reads every source of the corpus it holds.
    private func readSnapshot(_ bytes: [UInt8]) {
        let path = "/tmp/dossier-fuzz-\(getpid()).snapshot"
        guard let file = fopen(path, "wb") else { return }
        defer { unlink(path) }
        _ = bytes.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, file) }
        fclose(file)
        guard case .success(let snapshot) = SnapshotFile.open(path, build: nil),
              let strings = try? CorpusSnapshot.strings(of: snapshot),
              (try? CorpusSnapshot.manifest(of: snapshot, strings: strings)) != nil,
              let contents = try? CorpusSnapshot.read(snapshot, strings: strings),
              let handle = try? CorpusHandle(contents.corpus, restoring: snapshot, strings: strings) else { return }
        for source in Schema.sources {
            let text = "\(source.name) limit 50\n\(source.name) count\n\(source.name) where text contains \"the\" limit 5"
            for statement in Parser.parse(text, file: "<fuzz>").statements {
                guard case .query(let query) = statement.kind else { continue }
                var checker = Checker(environment: Environment(handle: handle), text: SourceText(name: "<fuzz>", text: text))
                guard let logical = checker.check(query), let result = try? handle.run(logical) else { continue }
                for format in OutputFormat.allCases { _ = format.render(result, width: 80) }
            }
        }
    }

    private func load(_ files: [CorpusFile]) {
        guard let loaded = try? CorpusBuilder().load(.files(name: "fuzz", files)) else { return }
        for problem in loaded.problems { _ = DiagnosticRenderer(color: false).render(problem) }
    }

    private static func corpus() -> Corpus {
        if let bundled { return bundled }
        guard let corpus = try? CorpusBuilder().load(BundledCorpus.source).corpus else {
            preconditionFailure("the bundled corpus does not load: the harness cannot run")
        }
        bundled = corpus
        return corpus
    }
}
