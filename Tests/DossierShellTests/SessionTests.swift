import DossierCorpus
import DossierExtraction
import DossierQuery
@testable import DossierShell
import Foundation
import Testing
import TestSupport

/// The session that the REPL, scripts and -e share: state survives errors, named results
/// and parameters persist, dot-commands answer.
@Suite struct SessionTests {
    let corpus = try! CorpusBuilder().load(BundledCorpus.source).corpus

    func session(_ format: OutputFormat = .csv) -> Session {
        Session(corpus: corpus, format: format, output: .capturing(), errors: .capturing())
    }

    @Test func namedResultsSurviveAnError() {
        let s = session()
        #expect(s.run("let en = articles where language = \"en\""))
        #expect(!s.run("en wher x"))
        #expect(s.run("en count"))
        #expect(s.output.captured == "count\r\n4\r\n")
        #expect(s.errors.captured.contains("1:4: error: unknown clause 'wher'"))
    }

    @Test func aNamedTableIsASourceOfItsOwn() {
        let s = session()
        #expect(s.run("let langs = articles count by language"))
        #expect(s.run("langs sort by language limit 1"))
        #expect(s.output.captured == "language,count\r\nde,1\r\n")
        // Any clause may follow its name, on its columns: four articles in English, one in German.
        #expect(s.run("langs where count > 1 show language"))
        #expect(s.output.captured.hasSuffix("language\r\nen\r\n"))
        #expect(s.run("langs count"))
        #expect(s.output.captured.hasSuffix("count\r\n2\r\n"))
        // It has no date, and no column it did not keep.
        #expect(!s.run("langs after 2022-01-01"))
        #expect(s.errors.captured.contains("langs have no date to filter on"))
        #expect(!s.run("langs where source = \"x\""))
        #expect(s.errors.captured.contains("langs has no column 'source'"))
    }

    @Test func aScriptWithErrorsRunsNothing() {
        let s = session()
        #expect(!s.run("articles count\narticles where nope = 1\n", file: "x.dq"))
        #expect(s.output.captured == "")
        #expect(s.errors.captured.hasPrefix("x.dq:2:16: error: articles have no field 'nope'"))
    }

    @Test func laterStatementsMayUseEarlierLets() {
        let s = session()
        #expect(s.run("let de = articles where language = \"de\"\nde show id"))
        #expect(s.output.captured == "id\r\nstern-servant-overturns-master\r\n")
    }

    @Test func parametersComeFromTheSession() {
        let s = session()
        s.parameters["n"] = "2"
        #expect(s.run("articles limit $n count"))
        #expect(s.output.captured == "count\r\n2\r\n")
    }

    @Test func explainNamesTheIndex() {
        let s = session()
        #expect(s.run("explain articles after 2022-01-08 limit 1"))
        #expect(s.output.captured.contains("parse tree:\nquery\n  origin articles\n  after 2022-01-08\n  limit 1"))
        #expect(s.output.captured.contains("""
            logical plan:
              limit 1
              -> date filter: published wholly after 2022-01-08
                 -> source: every row of articles
            """))
        #expect(s.output.captured.contains("""
            physical plan:
              project id, title, source, author, published, language, translated, url, words, notes
              -> limit 1
                 -> date filter: published wholly after 2022-01-08
                    -> full scan: every row of articles (5)
            """))
    }

    @Test func explainAnalyzeRunsAndCountsEachOperator() throws {
        let s = session(.table)
        #expect(s.run("explain analyze events where actor = \"Tokayev\" between 2022-01-01 and 2022-01-10 show date, kind"))
        let lines = s.output.captured.split(separator: "\n").map(String.init)
        let physical = try #require(lines.firstIndex(of: "physical plan:"))
        // Root first: the projection of 5 rows; the date filter that kept the 5 that end by the
        // 10th; the 14 events of the index, cut by binary search to the 9 that start within
        // the range (four of them dated only "2022-01", which may end later).
        let nodes = Array(lines[(physical + 1)...].prefix(3))
        #expect(nodes[0].hasPrefix("  project date, kind") && nodes[0].contains("[5 rows, "))
        #expect(nodes[1].hasPrefix("  -> date filter: date within 2022-01-01...2022-01-10") && nodes[1].contains("[5 rows, "))
        #expect(nodes[2].hasPrefix("     -> entity index: the 14 events of Kassym-Jomart Tokayev") && nodes[2].contains("[9 rows, "))
        #expect(lines.last?.hasPrefix("ran in ") == true && lines.last?.hasSuffix(" ms, 5 rows in the result") == true)
    }

    @Test func interruptedStatementLeavesTheSessionUsable() {
        let s = session()
        s.isCancelled = { true }
        #expect(!s.run("sentences where text contains \"x\""))
        #expect(s.errors.captured == "interrupted\n")
        s.isCancelled = { false }
        #expect(s.run("articles count"))
    }

    @Test func dotCommands() {
        let s = session()
        _ = DotCommand.run(".format json", session: s)
        #expect(s.format == .json)
        _ = DotCommand.run(".param who Tokayev", session: s)
        #expect(s.parameters["who"] == "Tokayev")
        _ = DotCommand.run(".schema articles", session: s)
        #expect(s.output.captured.contains("articles: one row per article"))
        #expect(s.output.captured.contains("  published   date"))
        _ = DotCommand.run(".fromat csv", session: s)
        #expect(s.errors.captured.contains("1:1: error: unknown command '.fromat'\n 1 | .fromat csv\n   | ^~~~~~~\nhint: did you mean '.format'?"))
        #expect(DotCommand.run(".quit", session: s) == .quit)
    }

    @Test func indexesListsWhatStatementsBuilt() {
        let s = session(.table)
        _ = DotCommand.run(".indexes", session: s)
        #expect(s.output.captured.hasPrefix("no index built yet"))
        #expect(s.run("events count by kind"))
        #expect(s.run("figures sort by value desc limit 1"))
        let before = s.output.captured.count
        _ = DotCommand.run(".indexes", session: s)
        #expect(String(s.output.captured.dropFirst(before)) == "group index on events.kind\nsort index on figures.value\n")
    }
}

/// Scripts with dot-commands: line numbers, .once, .output, keep-going.
@Suite struct ScriptTests {
    let corpus = try! CorpusBuilder().load(BundledCorpus.source).corpus

    @Test func aParameterInAScriptIsADefaultTheCommandLineOverrides() {
        let script = ".param who Erica Marat\nquotes where speaker = $who count\n"
        let plain = Session(corpus: corpus, format: .csv, output: .capturing(), errors: .capturing())
        #expect(plain.runScript(script, file: "who.dq"))
        #expect(plain.output.captured == "count\r\n5\r\n")
        let given = Session(corpus: corpus, format: .csv, output: .capturing(), errors: .capturing())
        given.parameters = ["who": "Tokayev"]
        given.fixedParameters = ["who"]
        #expect(given.runScript(script, file: "who.dq"))
        #expect(given.output.captured == "count\r\n9\r\n")
    }

    @Test func eachCSVResultOfAnOutputHasItsOwnFile() throws {
        let folder = NSTemporaryDirectory() + "dossier-output-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let s = Session(corpus: corpus, format: .csv, output: .capturing(), errors: .capturing())
        #expect(s.runScript(".output \(folder)/res.csv\nevents count\nquotes count\n.output\n", file: "x.dq"))
        #expect(try String(contentsOfFile: folder + "/res.csv", encoding: .utf8) == "count\r\n45\r\n")
        #expect(try String(contentsOfFile: folder + "/res-2.csv", encoding: .utf8) == "count\r\n74\r\n")
        #expect(s.errors.captured == "result 2 written to \(folder)/res-2.csv: a CSV file holds one result\n")
    }

    @Test func dotCommandsRunInOrderAndLineNumbersStayTheFile() throws {
        let s = Session(corpus: corpus, format: .table, output: .capturing(), errors: .capturing())
        #expect(s.runScript("articles count\n.format csv\narticles count\n", file: "x.dq"))
        #expect(s.output.captured == "count\n-----\n5\n(1 row)\ncount\r\n5\r\n")
        // With an error anywhere, nothing runs and the error has the file's line number.
        #expect(!s.runScript("articles count\n.format csv\narticles count\n\nevents wher x\n", file: "x.dq"))
        #expect(s.output.captured == "count\n-----\n5\n(1 row)\ncount\r\n5\r\n")
        #expect(s.errors.captured.hasPrefix("x.dq:5:8: error: unknown clause 'wher'"))
    }

    @Test func onceWritesOneResultToAFileWhole() throws {
        let directory = try TemporaryCorpus()
        let s = Session(corpus: corpus, format: .csv, output: .capturing(), errors: .capturing())
        #expect(s.runScript(".once \(directory.path)/one.csv\narticles count\narticles limit 1 show id\n", file: "x.dq"))
        #expect(try String(contentsOfFile: directory.path + "/one.csv", encoding: .utf8) == "count\r\n5\r\n")
        #expect(s.output.captured == "id\r\ncarnegie-russia-gamble\r\n")
    }

    @Test func outputToAFolderThatDoesNotExistFailsWithoutAHalfFile() throws {
        let s = Session(corpus: corpus, format: .csv, output: .capturing(), errors: .capturing())
        _ = s.runScript(".output /nonexistent-dir/out.csv\narticles count\n.output\n", file: "x.dq", keepGoing: true)
        #expect(s.errors.captured.contains("cannot write /nonexistent-dir/out.csv"))
        #expect(!FileManager.default.fileExists(atPath: "/nonexistent-dir/out.csv"))
    }

    @Test func keepGoingRunsPastAnError() {
        let s = Session(corpus: corpus, format: .csv, output: .capturing(), errors: .capturing())
        #expect(!s.runScript("events wher\n.format csv\narticles count\n", file: "x.dq", keepGoing: true))
        #expect(s.output.captured == "count\r\n5\r\n")
    }

    @Test func keepGoingRunsEachStatementAndReportsEachMistakeInTurn() {
        let s = Session(corpus: corpus, format: .csv, output: .capturing(), errors: .capturing())
        #expect(!s.runScript("articles count\nevents wher kind = \"protest\"\nquotes count; evnts count\nentities count\n", file: "x.dq",
                             keepGoing: true))
        #expect(s.output.captured == "count\r\n5\r\ncount\r\n74\r\ncount\r\n81\r\n")
        #expect(s.errors.captured.hasPrefix("x.dq:2:8: error: unknown clause 'wher'"))
        #expect(s.errors.captured.contains("x.dq:3:15: error: unknown source or name 'evnts'"))
        // Without it, the same script reports both mistakes and runs nothing.
        let strict = Session(corpus: corpus, format: .csv, output: .capturing(), errors: .capturing())
        #expect(!strict.runScript("articles count\nevents wher kind = \"protest\"\nquotes count; evnts count\n", file: "x.dq"))
        #expect(strict.output.captured == "")
    }
}
