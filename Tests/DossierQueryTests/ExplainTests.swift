import DossierCorpus
import DossierDiagnostics
import DossierExtraction
import DossierQuery
import Foundation
import TestSupport
import Testing

/// The plan of every statement of the tour and of every question of the benchmark: which
/// access path answers it, and that `explain analyze` accounts for each operator.
@Suite struct ExplainTests {
    static let corpus = try! CorpusBuilder(strict: true).load(BundledCorpus.source).corpus

    /// Each statement of the tour's lessons, in order, as `file:line`, the statement and its
    /// physical plan (access path first). Named results are kept as the lesson keeps them.
    static func tourPlans() throws -> String {
        let handle = CorpusHandle(corpus)
        var named: [String: NamedResult] = [:]
        var lines: [String] = []
        let folder = Repository.root + "/samples/tour"
        for lesson in try FileManager.default.contentsOfDirectory(atPath: folder).filter({ $0.hasSuffix(".dq") }).sorted() {
            let text = try String(contentsOfFile: folder + "/" + lesson, encoding: .utf8)
            // Dot-commands are the shell's; blank them out, keeping the line numbers.
            let statements = text.split(separator: "\n", omittingEmptySubsequences: false)
                .map { $0.hasPrefix(".") ? "" : String($0) }.joined(separator: "\n")
            let parsed = Parser.parse(statements, file: lesson)
            for statement in parsed.statements {
                let query: Query
                switch statement.kind {
                case .query(let q), .let(_, let q), .explain(let q, _): query = q
                }
                var checker = Checker(environment: Environment(handle: handle, named: named), text: SourceText(name: lesson, text: statements))
                // Lesson 12 makes mistakes on purpose: they have no plan.
                guard let logical = checker.check(query) else { continue }
                let plan = Planner(handle: handle).plan(logical, allFields: false)
                let (result, profile) = try Executor(handle: handle).analyze(plan)
                #expect(profile.count == plan.operatorNames.count, "\(Printer.print(query))")
                #expect(profile.last?.rows == result.rows.count, "\(Printer.print(query))")
                if case .let(let name, _) = statement.kind {
                    named[name.text] = logical.isShaped || logical.table != nil
                        ? .table(try handle.run(logical)) : .rows(source: logical.source.name, try handle.rows(logical))
                }
                lines.append("\(lesson):\(statement.span.start.line)  \(Printer.print(statement))")
                lines.append("    " + plan.operatorNames.reversed().joined(separator: " <- "))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The plans are golden: Tests/Fixtures/explain-tour.txt, read by a person when it changes.
    @Test func everyTourStatementHasTheAccessPathOfItsGolden() throws {
        let golden = Repository.root + "/Tests/Fixtures/explain-tour.txt"
        let plans = try Self.tourPlans()
        if ProcessInfo.processInfo.environment["DOSSIER_WRITE_GOLDEN"] == "1" {
            try plans.write(toFile: golden, atomically: true, encoding: .utf8)
        }
        #expect(plans == (try String(contentsOfFile: golden, encoding: .utf8)))
    }

    /// The benchmark's seven questions, asked of the bundled corpus.
    @Test(arguments: [
        ("events where actor = \"Tokayev\" after 2022-01-05", ["entity index", "date filter", "project"]),
        ("sentences where text contains \"security forces\"", ["word index of sentences", "filter", "project"]),
        ("sentences where text matches \"[0-9]+ people were killed\"", ["word index of sentences", "filter", "project"]),
        ("events count by kind", ["group index"]),
        ("figures sort by value desc limit 10", ["sort index walk", "project"]),
        ("quotes where speaker = \"Erica Marat\"", ["speaker index", "project"]),
        ("figures where outcome = \"killed\" and value > 100", ["group index", "filter", "project"]),
    ])
    func theBenchmarkQuestionsTakeTheirIndexes(_ statement: String, _ operators: [String]) throws {
        let handle = CorpusHandle(Self.corpus)
        guard case .query(let query)? = Parser.parse(statement).statements.first?.kind else { Issue.record("no query"); return }
        var checker = Checker(environment: Environment(handle: handle), text: SourceText(name: "", text: statement))
        let checked = checker.check(query)
        let logical = try #require(checked)
        let plan = Planner(handle: handle).plan(logical)
        #expect(plan.operatorNames == operators, "\(statement)")
        let (result, profile) = try Executor(handle: handle).analyze(plan)
        #expect(profile.map(\.rows).last == result.rows.count)
        #expect(profile.allSatisfy { $0.milliseconds >= 0 })
        // The same answer as every row of the source filtered without an index.
        #expect(try handle.run(logical).rows.map { $0.map(\.display) } == result.rows.map { $0.map(\.display) })
    }

    /// Once the word index is built, a phrase of words too common to narrow the search is
    /// planned as a byte scan, and a rare one as a lookup; before, the lookup builds it.
    @Test func theWordIndexOrAByteScanIsChosenFromWhatTheIndexHolds() throws {
        let handle = CorpusHandle(Self.corpus)
        func plan(_ statement: String) throws -> PhysicalPlan {
            guard case .query(let query)? = Parser.parse(statement).statements.first?.kind else { throw CancellationError() }
            var checker = Checker(environment: Environment(handle: handle), text: SourceText(name: "", text: statement))
            let checked = checker.check(query)
            return Planner(handle: handle).plan(try #require(checked))
        }
        let first = try plan("sentences where text contains \"the\"")
        #expect(first.buildsWordIndex && first.accessPath == "word index of sentences")
        let common = try Executor(handle: handle).run(first)
        #expect(handle.builtIndexes == ["word index of sentences"])
        let again = try plan("sentences where text contains \"the\"")
        #expect(!again.buildsWordIndex && again.accessPath == "byte scan")
        #expect(try Executor(handle: handle).run(again).rows.count == common.rows.count)
        #expect(try plan("sentences where text contains \"shoot to kill\"").accessPath == "word index of sentences")
        #expect(try plan("quotes where text contains \"the\"").accessPath == "byte scan")
    }
}
