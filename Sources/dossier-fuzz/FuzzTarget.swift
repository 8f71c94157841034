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
