import DossierCorpus
import DossierExtraction
import DossierQuery
@testable import DossierShell
import Testing
import TestSupport

/// Help cannot drift from the language: every example it shows runs on the bundled corpus and
/// finds rows, and a source's help is its schema.
@Suite struct HelpTests {
    static let corpus = try! CorpusBuilder().load(BundledCorpus.source).corpus

    static var allExamples: [String] {
        Schema.sources.flatMap(\.examples) + Help.topics.flatMap(\.examples)
    }

    @Test(arguments: allExamples) func anExampleRunsAndFindsRows(_ example: String) {
        let session = Session(corpus: Self.corpus, format: .table, output: .capturing(), errors: .capturing())
        #expect(session.runScript(example, file: "help"), "\(session.errors.captured)")
        #expect(session.errors.captured == "")
        let printed = session.output.captured
        #expect(!printed.isEmpty && !printed.contains("(0 rows)"), "finds nothing:\n\(example)\n\(printed)")
    }

    @Test func theSchemaOfASourceSaysWhereItsPathsLead() {
        #expect(Help.schemaText(Schema.source(named: "quotes")!).contains(
            "paths lead on from speaker. (entities), sentence. (sentences), article. (articles), e.g. speaker.name"))
        #expect(!Help.schemaText(Schema.source(named: "articles")!).contains("paths lead on"))
    }

    @Test func everySourceClauseAndOperatorHasATopicWithExamples() {
        for source in Schema.sources {
            #expect(source.examples.count >= 2 || source.name == "conflicts", "\(source.name)")
            #expect(Help.text(of: source.name)?.contains("Examples:\n") == true, "\(source.name)")
        }
        for topic in ["where", "after", "before", "on", "between", "sort", "limit", "show", "count", "distinct", "let", "explain",
                      "operators", "dates", "aliases", "params", "formats", "scripts", "commands", "sources", "tutorial"] {
            #expect(Help.text(of: topic) != nil, "no help on \(topic)")
        }
        for command in DotCommand.table {
            #expect(Help.text(of: command.name) != nil, "no help on .\(command.name)")
        }
        #expect(Help.topics.filter { $0.name != "tutorial" }.allSatisfy { !$0.examples.isEmpty })
    }

    @Test func helpOnASourceIsItsSchemaWithExamples() {
        let session = Session(corpus: Self.corpus, format: .table, output: .capturing(), errors: .capturing())
        let schema = DotCommand.schema("events", session: session)
        let help = Help.text(of: "events") ?? ""
        #expect(help.hasPrefix(schema))
        #expect(schema.contains("  actors      list of entities  who took part (canonical names) (also: actor)\n"))
        #expect(help.contains("Examples:\n  events where actor = \"Tokayev\" after 2022-01-05\n"))
    }

    @Test func anUnknownTopicSuggestsOne() {
        let session = Session(corpus: Self.corpus, format: .table, output: .capturing(), errors: .capturing())
        #expect(DotCommand.help("evnts", session: session) == "")
        #expect(session.errors.captured.contains("error: no help on 'evnts'"))
        #expect(session.errors.captured.contains("hint: did you mean .help events?"))
    }

    @Test func theOverviewNamesEverySourceAndCommand() {
        let overview = Help.overview
        for source in Schema.sources { #expect(overview.contains(source.name)) }
        for command in DotCommand.table { #expect(overview.contains("." + command.name)) }
        // The statements it shows run.
        let session = Session(corpus: Self.corpus, format: .table, output: .capturing(), errors: .capturing())
        for line in overview.split(separator: "\n") where line.hasPrefix("  ") && !line.hasPrefix("  .") {
            #expect(session.run(line.trimmingSpaces()), "\(line): \(session.errors.captured)")
        }
    }
}
