import Foundation
import Testing
import TestSupport

/// Inputs at and past the documented limits: each works or gets a located error, never a crash.
@Suite struct LimitTests {
    @Test func nestingPastTheLimitIsALocatedError() throws {
        for opening in ["(", "not "] {
            let statement = "events where " + String(repeating: opening, count: 14_000) + "kind = \"protest\" count"
            let run = try Dossier.run(["-e", statement])
            #expect(run.status == 1)
            let column = 14 + 200 * opening.count
            #expect(run.errors.hasPrefix("1:\(column): error: the condition nests deeper than 200 levels of '(' and 'not'"), "\(run.errors.prefix(200))")
        }
        // Unclosed, which is only a syntax error.
        let unclosed = try Dossier.run(["-e", "events where " + String(repeating: "(", count: 14_000)])
        #expect(unclosed.status == 1)
        #expect(unclosed.errors.contains("nests deeper than 200 levels"))
        // Two hundred levels are fine.
        let deep = try Dossier.run(["-e", "events where " + String(repeating: "(", count: 200) + "kind = \"protest\"" + String(repeating: ")", count: 200) + " count"])
        #expect(deep.output == "count\n-----\n3\n(1 row)\n")
    }

    @Test func longFlatChainsWork() throws {
        for connective in [" and ", " or "] {
            let statement = "events where " + Array(repeating: "kind = \"protest\"", count: 10_000).joined(separator: connective) + " count"
            let run = try Dossier.run([], input: statement + "\n")
            #expect(run.status == 0)
            #expect(run.output == "count\n-----\n3\n(1 row)\n")
        }
    }

    @Test func longListsAndLongFrontMatterAreReadOnce() throws {
        let list = "events where kind in [" + (0..<50_000).map { "\"k\($0)\"" }.joined(separator: ",") + ", \"protest\"] count"
        let run = try Dossier.run([], input: list + "\n")
        #expect(run.output == "count\n-----\n3\n(1 row)\n")
        #expect(run.errors.components(separatedBy: "error:").count - 1 <= 3)
        let keys = (0..<5_000).map { "k\($0): v\n" }.joined()
        let corpus = try TemporaryCorpus(["a.md": "---\nid: a\ntitle: \"T\"\nsource: T\npublished: 2022-01-05\n\(keys)---\nFloods reached the town.\n"])
        let loaded = try Dossier.run(["--corpus", corpus.path, "-e", "articles count"])
        #expect(loaded.output == "count\n-----\n1\n(1 row)\n")
        #expect(loaded.errors.contains("warning: front matter with 5004 keys; only the first 100 are read"))
        #expect(loaded.errors.components(separatedBy: "warning:").count - 1 == 11)
    }

    @Test func hugeNumbersWorkOrAreRefused() throws {
        let limit = try Dossier.run(["-e", "events limit 9223372036854775807 count"])
        #expect(limit.output == "count\n-----\n45\n(1 row)\n")
        let corpus = try TemporaryCorpus(["a.md": TemporaryCorpus.article(id: "a", body: "The border is 99999999999999999999 miles long, and 1,000,000,000,000,000,000,000,000 tenge were lost.")])
        let figures = try Dossier.run(["--corpus", corpus.path, "--strict", "-e", "figures show value, unit"])
        #expect(figures.status == 0)
        #expect(figures.output.contains("mile"))
    }
}

/// `matches` gets the pattern as written: `\d` and `\b` are the regular expression's.
@Suite struct RegexEscapeTests {
    @Test func escapesReachThePattern() throws {
        let digits = try Dossier.run(["-e", "sentences where text matches \"\\d{4}\" count"])
        let classes = try Dossier.run(["-e", "sentences where text matches \"[0-9]{4}\" count"])
        #expect(digits.output == classes.output)
        #expect(digits.output != "count\n-----\n0\n(1 row)\n")
        // "war" as a word, not inside toward, warned or thwarted.
        let war = try Dossier.run(["-e", "sentences where text matches \"\\bwar\\b\" count"])
        let contains = try Dossier.run(["-e", "sentences where text contains \"war\" count"])
        #expect(war.output == "count\n-----\n3\n(1 row)\n")
        #expect(contains.output != war.output)
    }
}

/// Missing values sort last in both directions, as the grammar says, by every path.
@Suite struct MissingValuesSortLastTests {
    @Test func descKeepsNullsLast() throws {
        for statement in ["articles sort by url desc show url", "articles where words > 0 sort by url desc show url",
                          "articles sort by url desc limit 4 show url", "articles where words > 0 sort by url desc limit 4 show url"] {
            let run = try Dossier.run(["--format", "csv", "-e", statement])
            let lines: [String] = run.output.components(separatedBy: "\r\n")
            let values = Array(lines.dropFirst().prefix(4))
            let first = Array(values.prefix(2))
            let rest = Array(values.dropFirst(2))
            #expect(first.allSatisfy { $0.hasPrefix("https://") }, "\(statement)")
            #expect(rest == ["", ""], "\(statement)")
        }
    }
}
