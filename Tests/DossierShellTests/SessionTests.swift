import DossierCorpus
import DossierExtraction
import DossierQuery
@testable import DossierShell
import Testing

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

    @Test func namedTableAllowsSortAndLimitOnly() {
        let s = session()
        #expect(s.run("let langs = articles count by language"))
        #expect(s.run("langs sort by language limit 1"))
        #expect(s.output.captured == "language,count\r\nde,1\r\n")
        #expect(!s.run("langs where language = \"de\""))
        #expect(s.errors.captured.contains("'where' cannot follow show, count or distinct"))
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
        #expect(s.output.captured.contains("tree:\nquery\n  origin articles\n  after 2022-01-08\n  limit 1"))
        #expect(s.output.captured.contains("then keep rows whose published is wholly after 2022-01-08"))
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
        #expect(s.errors.captured.contains("unknown command '.fromat'\nhint: did you mean '.format'?"))
        #expect(DotCommand.run(".quit", session: s) == .quit)
    }
}
