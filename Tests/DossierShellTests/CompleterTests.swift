import DossierCorpus
import DossierExtraction
import DossierQuery
@testable import DossierShell
import Testing
import TestSupport

/// Completion candidates for each position of the grammar.
@Suite struct CompleterTests {
    let completer: Completer = {
        let corpus = try! CorpusBuilder().load(BundledCorpus.source).corpus
        return Completer(corpus: corpus, named: ["tok": .rows(source: "events", [])])
    }()

    func candidates(_ line: String) -> [String] { completer.complete(line).candidates }

    @Test func sourcesNamesAndCommandsAtTheStart() {
        #expect(candidates("ev") == ["events"])
        #expect(candidates("") .contains("articles"))
        #expect(candidates("to") == ["tok"])
        #expect(candidates(".fo") == [".format"])
        #expect(candidates("explain ar") == ["articles"])
        #expect(candidates("explain an") == ["analyze"])
        #expect(candidates("explain analyze ev") == ["events"])
        #expect(candidates("explain analyze events wh") == ["where"])
        #expect(candidates("let x = se") == ["sentences"])
    }

    @Test func pathsAfterADot() {
        #expect(candidates("quotes show speaker.de") == ["speaker.description"])
        #expect(candidates("quotes where speaker.k") == ["speaker.kind"])
        #expect(candidates("events show evidence.te") == ["evidence.text"])
        #expect(candidates("quotes show sentence.ar").contains("sentence.article."))
    }

    @Test func clausesAfterASource() {
        #expect(candidates("events wh") == ["where"])
        #expect(candidates("events ") .contains("sort"))
        #expect(candidates("events sort ") == ["by"])
        #expect(candidates("tok li") == ["limit"])
    }

    @Test func fieldsAfterWhereShowSortAndCountBy() {
        #expect(candidates("events where ac") == ["actor", "actors"])
        #expect(candidates("articles show id, pu") == ["published"])
        #expect(candidates("articles sort by wo") == ["words"])
        #expect(candidates("events count by ki") == ["kind"])
        #expect(candidates("articles where language = \"en\" and tr") == ["translated"])
    }

    @Test func operatorsAfterAField() {
        #expect(candidates("articles where words ").contains("contains"))
    }

    @Test func enumerationValuesPresentInTheCorpus() {
        #expect(candidates("articles where language = \"") == ["\"de\"", "\"en\""])
        #expect(candidates("articles where source = \"the") == ["\"The Guardian\"", "\"The New York Times\""])
    }
}

/// Completion of file paths after the commands that take one, and of help topics.
@Suite struct PathCompletionTests {
    let completer = Completer(corpus: try! CorpusBuilder().load(BundledCorpus.source).corpus, named: [:])

    @Test func pathsAfterReadAndOutput() throws {
        let folder = try TemporaryCorpus(["timeline.dq": "events", "notes/a.dq": "articles"])
        #expect(completer.complete(".read \(folder.path)/ti").candidates == ["\(folder.path)/timeline.dq"])
        #expect(completer.complete(".output \(folder.path)/no").candidates == ["\(folder.path)/notes/"])
        #expect(completer.complete(".corpus \(folder.path)/").candidates == ["\(folder.path)/notes/"])
    }

    @Test func helpTopics() {
        #expect(completer.complete(".help ev").candidates == ["events"])
        #expect(completer.complete(".help da").candidates == ["dates"])
    }
}
