@testable import DossierCorpus
import DossierDiagnostics
import Foundation
import DossierExtraction
import Testing
import TestSupport

/// Each problem the loader must report, on a corpus the test writes, with its file and place.
@Suite struct BadCorpusTests {
    let good = TemporaryCorpus.article(id: "good", body: "Tokayev spoke on Friday. Protesters gathered in Almaty.")

    private func problems(_ files: [String: String]) throws -> [Diagnostic] {
        let corpus = try TemporaryCorpus(files)
        return try CorpusLoader().load(.directory(corpus.path)).problems
    }

    private func rendered(_ files: [String: String]) throws -> String {
        try problems(files).map(\.description).joined(separator: "\n")
    }

    @Test func missingDirectoryHasItsOwnMessage() throws {
        #expect(throws: Diagnostic.self) { try CorpusLoader().load(.directory("/nonexistent/dossier-corpus")) }
        do {
            _ = try CorpusLoader().load(.directory("/nonexistent/dossier-corpus"))
        } catch let error as Diagnostic {
            #expect(error.message == "no such corpus directory: /nonexistent/dossier-corpus")
            #expect(error.hint?.contains("--corpus") == true)
        }
    }

    @Test func emptyDirectoryHasItsOwnMessage() throws {
        let corpus = try TemporaryCorpus()
        do {
            _ = try CorpusLoader().load(.directory(corpus.path))
            Issue.record("an empty directory loaded")
        } catch let error as Diagnostic {
            #expect(error.message.hasPrefix("the corpus directory has no articles"))
            #expect(error.hint?.contains("published:") == true)
        }
    }

    @Test func aFileIsNotADirectory() throws {
        let corpus = try TemporaryCorpus(["a.md": good])
        do {
            _ = try CorpusLoader().load(.directory(corpus.path + "/a.md"))
            Issue.record("a file loaded as a corpus")
        } catch let error as Diagnostic {
            #expect(error.message.hasPrefix("not a directory"))
        }
    }

    @Test func unreadableFileIsReportedAndOthersLoad() throws {
        let corpus = try TemporaryCorpus(["good.md": good])
        // A dangling link cannot be read, even by root (who may read files without permission).
        try FileManager.default.createSymbolicLink(atPath: corpus.path + "/broken.md", withDestinationPath: corpus.path + "/missing")
        let draft = try CorpusLoader().load(.directory(corpus.path))
        #expect(draft.articles.map(\.id) == ["good"])
        #expect(draft.problems.map(\.description) == [
            "broken.md: error: cannot read file: it is a symbolic link to nothing\nhint: point the link at a file that exists, or remove it; the other files were loaded",
        ])
    }

    @Test func invalidUTF8IsLocatedByLineColumnAndByteOffset() throws {
        let corpus = try TemporaryCorpus(["good.md": good])
        var bytes = Array(TemporaryCorpus.article(id: "latin", body: "Caf").utf8)
        bytes.insert(0xE9, at: bytes.count - 1)  // "Caf\u{E9}" in Latin-1
        try corpus.write("latin.md", bytes: bytes)
        let draft = try CorpusLoader().load(.directory(corpus.path))
        #expect(draft.articles.map(\.id) == ["good"])
        let offset = bytes.count - 2
        #expect(draft.problems.map(\.description) == ["""
            latin.md:11:4: error: invalid UTF-8 at byte offset \(offset) (byte 0xE9); the file was skipped
             11 | Caf
                |    ^
            hint: save the file as UTF-8, e.g. iconv -f WINDOWS-1252 -t UTF-8 old.md > new.md
            """])
    }

    @Test func missingFrontMatter() throws {
        let text = try rendered(["good.md": good, "bare.txt": "Just a body.\n\nNo metadata.\n"])
        #expect(text == """
            bare.txt:1:1: error: missing front matter: an article must start with a line '---'
             1 | Just a body.
               | ^~~~~~~~~~~~
            hint: begin the file with its metadata, then the body:
            ---
            title: "Kazakhstan's leader chose his path"
            source: The New York Times
            published: 2022-01-08
            ---
            """)
    }

    @Test func unclosedFrontMatter() throws {
        let text = try rendered(["open.md": "---\ntitle: Open\nsource: Wire\n\nBody text.\n"])
        #expect(text.hasPrefix("open.md:1:1: error: front matter is not closed: no second '---' line\n 1 | ---\n   | ^~~"))
    }

    @Test func malformedYAMLIsLocatedInTheFile() throws {
        let text = try rendered(["bad.md": "---\ntitle: \"unclosed\nsource: Wire\n---\nBody.\n", "good.md": good])
        #expect(text.hasPrefix("""
            bad.md:2:8: error: malformed YAML: while scanning a quoted scalar: found unexpected end of stream
             2 | title: "unclosed
               |        ^
            """))
    }

    @Test func aYAMLAliasIsRefusedBeforeItExpands() throws {
        // Nested aliases grow exponentially; nine levels of nine would be billions of nodes.
        var yaml = "- name: A\n  kind: person\n  x0: &a0 [lol, lol]\n"
        for level in 1...9 { yaml += "  x\(level): &a\(level) [*a\(level - 1), *a\(level - 1)]\n" }
        let text = try rendered(["entities.yaml": yaml, "good.md": good])
        #expect(text.hasPrefix("""
            entities.yaml:4:12: error: YAML aliases (*name) are not read in Dossier's files
             4 |   x1: &a1 [*a0, *a0]
               |            ^
            """))
    }

    @Test func aStarInTextIsNoAlias() {
        for yaml in ["summary: 2 * 3 rounds", "summary: \"*starred*\"", "summary: '*it''s*'", "# *note\nname: A",
                     "notes: |\n  * a list item\n  * another", "summary: a, *b"] {
            #expect(YAMLAliases.first(in: yaml) == nil, "\(yaml)")
        }
        #expect(YAMLAliases.first(in: "aliases: [Tokayev, *a]")! == (1, 20))
        #expect(YAMLAliases.first(in: "- *a")! == (1, 3))
        #expect(YAMLAliases.first(in: "x: *a")! == (1, 4))
    }

    @Test func badDateNamesTheValueAndShowsTheFormat() throws {
        let text = try rendered(["d.md": TemporaryCorpus.article(id: "d", published: "2022-02-30", body: "Body.")])
        #expect(text == """
            d.md:6:12: error: bad date '2022-02-30' for 'published'
             6 | published: 2022-02-30
               |            ^~~~~~~~~~
            hint: write an ISO date: published: 2022-01-08 (or 2022-01, or 2022 when only the month or year is known)
            """)
    }

    @Test func monthPrecisionDateIsAccepted() throws {
        let corpus = try TemporaryCorpus(["m.md": TemporaryCorpus.article(id: "m", published: "2022-03", body: "Body.")])
        let draft = try CorpusLoader().load(.directory(corpus.path))
        #expect(draft.problems.isEmpty)
        #expect(draft.articles.first?.published?.description == "2022-03")
        #expect(draft.articles.first?.published?.precision == .month)
    }

    @Test func duplicateIdIsReportedAtTheSecondFile() throws {
        let text = try rendered(["a.md": good, "b.md": good])
        #expect(text == """
            b.md:2:5: error: duplicate article id 'good' (also used by a.md); this file was skipped
             2 | id: good
               |     ^~~~
            hint: give each article its own id in its front matter, e.g. id: good-2
            """)
    }

    @Test func unknownFrontMatterKeyIsAWarningWithSuggestion() throws {
        let text = try rendered(["a.md": "---\ntitle: T\npublshed: 2022-01-08\n---\nBody.\n"])
        #expect(text == """
            a.md:3:1: warning: unknown front matter key 'publshed'
             3 | publshed: 2022-01-08
               | ^~~~~~~~
            hint: did you mean 'published'?
            """)
    }

    @Test func idDefaultsToTheFileName() throws {
        let corpus = try TemporaryCorpus(["wire-2022-01-08.txt": "---\ntitle: T\n---\nBody.\n"])
        let draft = try CorpusLoader().load(.directory(corpus.path))
        #expect(draft.articles.map(\.id) == ["wire-2022-01-08"])
    }

    static let gazetteer = """
        - name: Kassym-Jomart Tokayev
          kind: person
          aliases: [Tokayev, Kassym-Schomart Tokayev]
        - name: Almaty
          kind: place
        """

    @Test func unknownActorGetsDidYouMean() throws {
        let events = """
            - date: 2022-01-07
              actors: [Tokayv]
              kind: speech
              summary: A speech.
            """
        let text = try rendered(["good.md": good, "entities.yaml": Self.gazetteer, "events.yaml": events])
        #expect(text == """
            events.yaml:2:12: error: actor 'Tokayv' is not in the gazetteer (entities.yaml)
             2 |   actors: [Tokayv]
               |            ^~~~~~
            hint: did you mean 'Tokayev'?
            """)
    }

    @Test func evidenceThatIsNotInTheArticle() throws {
        let events = """
            - date: 2022-01-07
              actors: [tokayev]
              kind: speech
              summary: A speech.
              evidence:
                - article: good
                  text: "Tokayev sang on Friday"
                - article: god
                  text: "Tokayev spoke"
            """
        let corpus = try TemporaryCorpus(["good.md": good, "entities.yaml": Self.gazetteer, "events.yaml": events])
        let draft = try CorpusLoader().load(.directory(corpus.path))
        #expect(draft.problems.map(\.description) == [
            """
            events.yaml:7:13: error: evidence text not found in article 'good'
             7 |       text: "Tokayev sang on Friday"
               |             ^~~~~~~~~~~~~~~~~~~~~~~~
            hint: copy a short phrase exactly as it is in the article (case, quotes and spaces may differ)
            """,
            """
            events.yaml:8:16: error: no article with id 'god'
             8 |     - article: god
               |                ^~~
            hint: did you mean 'good'?
            """,
        ])
        // The event still loads, with its actor resolved through an alias, case-insensitively.
        #expect(draft.events.count == 1)
        #expect(draft.events.first?.actors == [0])
    }

    @Test func badEventDateAndMissingFieldsSkipTheEvent() throws {
        let events = """
            - date: 2022-13
              kind: protest
              summary: Bad month.
            - date: 2022-01-02
              summary: No kind.
            - date: 2022-01-02
              kind: protest
              summary: Fine.
            """
        let corpus = try TemporaryCorpus(["good.md": good, "events.yaml": events])
        let draft = try CorpusLoader().load(.directory(corpus.path))
        #expect(draft.events.map(\.summary) == ["Fine."])
        #expect(draft.problems.map { "\($0.span?.start.line ?? 0): \($0.message)" } == [
            "1: bad date '2022-13'",
            "4: event has no kind",
        ])
    }

    @Test func sharedAliasIsReportedAsAmbiguous() throws {
        let entities = """
            - name: Karim Massimov
              kind: person
              aliases: [Massimov]
            - name: Someone Massimov
              kind: person
              aliases: [Massimov]
            """
        let corpus = try TemporaryCorpus(["good.md": good, "entities.yaml": entities])
        let result = try CorpusBuilder().load(.directory(corpus.path))
        #expect(result.problems.map(\.message) == [
            "ambiguous name: 'Massimov' names both 'Karim Massimov' (line 1) and 'Someone Massimov'",
        ])
        #expect(result.corpus.aliases.resolve("massimov") == .ambiguous([0, 1]))
        #expect(result.corpus.aliases.resolve("Karim Massimov") == .entity(0))
    }

    @Test func unknownEntityKindGetsSuggestion() throws {
        let text = try rendered(["good.md": good, "entities.yaml": "- name: Almaty\n  kind: plaec\n"])
        #expect(text == """
            entities.yaml:2:9: error: unknown entity kind 'plaec'
             2 |   kind: plaec
               |         ^~~~~
            hint: did you mean 'place'? kind is one of: person, organization, place, country, group
            """)
    }

    @Test func strictModeMakesAnyProblemFatal() throws {
        let corpus = try TemporaryCorpus(["good.md": good, "x.md": "---\ntitle: T\nauthr: X\n---\nBody.\n"])
        #expect(try CorpusBuilder(strict: false).load(.directory(corpus.path)).corpus.articles.count == 2)
        #expect(throws: CorpusLoadError.self) { try CorpusBuilder(strict: true).load(.directory(corpus.path)) }
    }

    @Test func problemsInOneFileDoNotStopTheOthers() throws {
        let corpus = try TemporaryCorpus([
            "a.md": good.replacingOccurrences(of: "id: good", with: "id: a"),
            "b.md": "no front matter",
            "c.md": TemporaryCorpus.article(id: "c", published: "someday", body: "Body."),
        ])
        let draft = try CorpusLoader().load(.directory(corpus.path))
        #expect(draft.articles.map(\.id) == ["a", "c"])
        #expect(draft.problems.map(\.file) == ["b.md", "c.md"])
    }
}
