import DossierCorpus
import DossierExtraction
import DossierQuery
import DossierShell
import Foundation
import Testing
import TestSupport

/// The examples of the docs run on the bundled corpus, so docs and language cannot drift.
@Suite struct DocumentationTests {
    /// The contents of every ```dql block of a Markdown file.
    static func examples(in path: String) throws -> [String] {
        let text = try String(contentsOfFile: Repository.root + "/" + path, encoding: .utf8)
        var blocks: [String] = []
        var current: [Substring]?
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if current == nil, line.trimmingSpaces() == "```dql" {
                current = []
            } else if current != nil, line.trimmingSpaces() == "```" {
                blocks.append(current!.joined(separator: "\n"))
                current = nil
            } else {
                current?.append(line)
            }
        }
        return blocks
    }

    @Test func grammarReadmeHasExamplesOfEveryConstruct() throws {
        let all = try Self.examples(in: "grammar/README.md").joined(separator: "\n")
        for construct in ["where", "after", "before", "on", "between", "sort by", "limit", "show", "count by", "distinct",
                          "let", "explain", "contains", "matches", " in [", " not ", " or ", "null",
                          " has ", "speaker.", "sentence.text", "evidence.text", "count by speaker, article", "where count >",
                          "max value by", "count distinct", " - low as ", "month(date)", "explain analyze", " kwic", "context 1"] {
            #expect(all.contains(construct), "no example uses \(construct)")
        }
    }

    @Test func everyGrammarReadmeExampleRunsAndFindsRows() throws {
        let corpus = try CorpusBuilder().load(BundledCorpus.source).corpus
        let session = Session(corpus: corpus, format: .table, output: .capturing(), errors: .capturing())
        for block in try Self.examples(in: "grammar/README.md") {
            let before = session.output.captured.count
            #expect(session.run(block, file: "grammar/README.md"), "\(block)\n\(session.errors.captured)")
            let printed = String(session.output.captured.dropFirst(before))
            #expect(!printed.contains("(0 rows)"), "an example finds nothing:\n\(block)")
        }
        #expect(session.errors.captured == "")
    }
}
