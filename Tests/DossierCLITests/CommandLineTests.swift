import Foundation
import Testing
import TestSupport

/// The `dossier` binary end to end: flags, exit statuses, formats, standard input.
@Suite(.serialized) struct CommandLineTests {
    @Test func jsonArticlesCarryTheirMetadata() throws {
        let run = try Dossier.run(["--format", "json", "-e", "articles"])
        #expect(run.status == 0)
        #expect(run.errors == "")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [[String: Any]])
        #expect(rows.count == 5)
        let nyt = try #require(rows.first { $0["id"] as? String == "nyt-tokayev-embraces-russia" })
        #expect(nyt["source"] as? String == "The New York Times")
        #expect(nyt["published"] as? String == "2022-01-08")
        #expect(nyt["translated"] as? Bool == true)
        #expect(nyt["words"] is NSNumber)
        #expect(rows.first { $0["id"] as? String == "gis-wider-implications" }?["published"] as? String == "2022-03")
        // Keys come in schema order.
        #expect(run.output.contains("{\"id\": \"carnegie-russia-gamble\", \"title\": "))
    }

    @Test func countIsOneRow() throws {
        #expect(try Dossier.run(["--format", "json", "-e", "articles count"]).output == "[\n  {\"count\": 5}\n]\n")
        #expect(try Dossier.run(["--format", "csv", "-e", "articles count"]).output == "count\r\n5\r\n")
        #expect(try Dossier.run(["-e", "articles count"]).output == "count\n-----\n5\n(1 row)\n")
    }

    @Test func pipedStatementsRunWithoutAPrompt() throws {
        let run = try Dossier.run([], input: "articles count\n")
        #expect(run.status == 0)
        #expect(run.output == "count\n-----\n5\n(1 row)\n")
        #expect(run.errors == "")
    }

    @Test func missingCorpusExitsTwoWithAClearMessage() throws {
        let run = try Dossier.run(["--corpus", "/nonexistent", "-e", "articles"])
        #expect(run.status == 2)
        #expect(run.output == "")
        #expect(run.errors.hasPrefix("/nonexistent: error: no such corpus directory: /nonexistent\nhint: "))
    }

    @Test func badFlagExitsTwo() throws {
        let run = try Dossier.run(["--frmat", "json"])
        #expect(run.status == 2)
        #expect(run.errors.contains("Unknown option '--frmat'"))
        #expect(try Dossier.run(["--format", "xml", "-e", "articles"]).status == 2)
        #expect(try Dossier.run(["--param", "novalue", "-e", "articles"]).status == 2)
    }

    @Test func badQueryExitsOneWithALocatedError() throws {
        let run = try Dossier.run(["-e", "events wher actor = \"Tokayev\""])
        #expect(run.status == 1)
        #expect(run.output == "")
        #expect(run.errors.hasPrefix("1:8: error: unknown clause 'wher'\n"))
        #expect(run.errors.contains("did you mean 'where'?"))
    }

    @Test func helpAndVersionExitZero() throws {
        let help = try Dossier.run(["--help"])
        #expect(help.status == 0)
        #expect(help.output.contains("--corpus <dir>"))
        let version = try Dossier.run(["--version"])
        #expect(version.status == 0)
        #expect(version.output.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: ".").count == 3)
    }

    @Test func worksFromAnyDirectory() throws {
        let run = try Dossier.run(["-e", "articles count"], directory: NSTemporaryDirectory())
        #expect(run.output.contains("\n5\n"))
    }

    @Test func scriptsRunInOrderAndReportAllTheirErrors() throws {
        let corpus = try TemporaryCorpus(["a.dq": "articles count\narticles limit 1 show id\n",
                                          "b.dq": "articles wher x\narticles count\nevents limit many\n"])
        let good = try Dossier.run([corpus.path + "/a.dq"])
        #expect(good.status == 0)
        #expect(good.output == "count\n-----\n5\n(1 row)\nid\n----------------------\ncarnegie-russia-gamble\n(1 row)\n")
        let bad = try Dossier.run([corpus.path + "/b.dq"])
        #expect(bad.status == 1)
        #expect(bad.output == "")  // nothing runs when the script has errors
        let places = bad.errors.split(separator: "\n").filter { $0.contains(": error:") }.map { $0.split(separator: " ")[0] }
        #expect(places == ["\(corpus.path)/b.dq:1:10:", "\(corpus.path)/b.dq:3:14:"])
        let missing = try Dossier.run([corpus.path + "/none.dq"])
        #expect(missing.status == 1)
        #expect(missing.errors.contains("none.dq: error: cannot open script"))
    }

    @Test func parametersFillScripts() throws {
        let run = try Dossier.run(["--param", "lang=de", "-e", "articles where language = $lang show id"])
        #expect(run.output == "id\n------------------------------\nstern-servant-overturns-master\n(1 row)\n")
        let unset = try Dossier.run(["-e", "articles where language = $lang"])
        #expect(unset.status == 1)
        #expect(unset.errors.contains("parameter $lang is not set"))
    }

    @Test func letPrintsNothingSoJsonIsOneDocument() throws {
        let run = try Dossier.run(["--format", "json", "-e", "let en = articles where language = \"en\"; en count"])
        #expect(run.output == "[\n  {\"count\": 4}\n]\n")
    }

    @Test func anotherCorpusLoadsAndItsProblemsAreReported() throws {
        let corpus = try TemporaryCorpus([
            "one.md": TemporaryCorpus.article(id: "one", body: "A first article."),
            "two.md": "---\ntitle: Two\npublished: 2022-99-01\n---\nBody.\n",
        ])
        let run = try Dossier.run(["--corpus", corpus.path, "-e", "articles count"])
        #expect(run.status == 0)
        #expect(run.output.contains("\n2\n"))
        #expect(run.errors.hasPrefix("two.md:3:12: error: bad date '2022-99-01' for 'published'"))
        let strict = try Dossier.run(["--corpus", corpus.path, "--strict", "-e", "articles count"])
        #expect(strict.status == 2)
        #expect(strict.output == "")
    }

    @Test func closedPipeEndsQuietly() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "'\(Dossier.binary)' -e 'sentences' -e 'sentences' -e 'sentences' | head -c 10 >/dev/null; echo done"]
        let errors = Pipe()
        let output = Pipe()
        process.standardError = errors
        process.standardOutput = output
        try process.run()
        process.waitUntilExit()
        #expect(String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self) == "")
        #expect(String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self) == "done\n")
    }
}

/// The query the language issue names: every event of Tokayev strictly after 2022-01-05.
@Suite struct DoneWhenTests {
    @Test func jsonEventsOfTokayevAfterTheFifth() throws {
        let run = try Dossier.run(["--format", "json", "-e", "events where actor = \"Tokayev\" after 2022-01-05"])
        #expect(run.status == 0)
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [[String: Any]])
        #expect(rows.map { $0["date"] as? String } == ["2022-01-07", "2022-01-07", "2022-01-08", "2022-01-11", "2022-01-11"])
        #expect(rows.allSatisfy { ($0["actors"] as? [String])?.contains("Kassym-Jomart Tokayev") == true })
        #expect(rows.allSatisfy { ($0["articles"] as? [String])?.isEmpty == false })
    }

    @Test func figureValuesAreJsonNumbers() throws {
        let run = try Dossier.run(["--format", "json", "-e", "figures where outcome = \"killed\" show value, what, article"])
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [[String: Any]])
        #expect(rows.compactMap { $0["value"] as? NSNumber }.map(\.intValue) == [18, 227, 12, 26, 18])
    }
}

/// The saved analyses in samples/scripts run on the bundled corpus and find something.
@Suite(.serialized) struct SampleScriptTests {
    @Test(arguments: ["csto-timeline.dq", "who-is-quoted.dq", "casualties.dq"])
    func runs(_ script: String) throws {
        let run = try Dossier.run(["--param", "outlet=nyt-tokayev-embraces-russia", Repository.root + "/samples/scripts/" + script])
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.errors == "")
        #expect(!run.output.contains("(0 rows)"))
    }

    @Test func helpTopicPrintsOneTopicOrSuggestsOne() throws {
        let events = try Dossier.run(["--help-topic", "events"])
        #expect(events.status == 0)
        #expect(events.output.hasPrefix("events: one row per dated event\n"))
        #expect(events.output.contains("Examples:\n  events where actor = \"Tokayev\" after 2022-01-05\n"))
        let dates = try Dossier.run(["--help-topic", "after"])
        #expect(dates.output.hasPrefix("time: after, before, on, between, and how precision counts\n"))
        let wrong = try Dossier.run(["--help-topic", "evnets"])
        #expect(wrong.status == 2)
        #expect(wrong.errors.contains("no help on 'evnets'; did you mean --help-topic events?"))
    }

    @Test func statementsAndCommandsFromDashE() throws {
        let run = try Dossier.run(["-e", ".schema conflicts", "-e", "conflicts count"])
        #expect(run.status == 0)
        #expect(run.output.hasPrefix("conflicts: one row per thing on which figures of different articles, in the same month, disagree\n"))
        #expect(run.output.hasSuffix("count\n-----\n2\n(1 row)\n"))
    }

    @Test func keepGoingRunsTheRightStatementsOfAScript() throws {
        let corpus = try TemporaryCorpus(["s.dq": "articles count\nevents wher kind = \"protest\"\nentities count\n"])
        let strict = try Dossier.run([corpus.path + "/s.dq"])
        #expect(strict.status == 1)
        #expect(strict.output == "")
        let going = try Dossier.run(["--keep-going", corpus.path + "/s.dq"])
        #expect(going.status == 1)
        #expect(going.output == "count\n-----\n5\n(1 row)\ncount\n-----\n81\n(1 row)\n")
        #expect(going.errors.contains("s.dq:2:8: error: unknown clause 'wher'"))
    }
}
