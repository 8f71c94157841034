import DossierCorpus
import DossierExtraction
import DossierQuery
@testable import DossierShell
import Foundation
import Testing
import TestSupport

/// The tutorial judges results, not wording: its model answers pass, other correct
/// statements pass, wrong ones are told what differs, and progress survives a restart.
@Suite(.serialized) struct TutorialTests {
    static let corpus = try! CorpusBuilder().load(BundledCorpus.source).corpus

    /// A session with a tutorial whose progress goes to a temporary file.
    func session(progress: String) -> Session {
        let session = Session(corpus: Self.corpus, format: .table, output: .capturing(), errors: .capturing())
        session.tutorial = Tutorial(progressFile: progress)
        _ = session.tutorial?.command(nil)
        return session
    }

    func temporaryFile() -> String {
        NSTemporaryDirectory() + "dossier-tutorial-\(UUID().uuidString)"
    }

    @Test func everyModelAnswerPassesItsOwnQuestion() {
        let file = temporaryFile()
        defer { try? FileManager.default.removeItem(atPath: file) }
        let session = session(progress: file)
        for (n, step) in Tutorial.steps.enumerated() {
            #expect(session.tutorial?.current == n)
            #expect(session.run(step.answer), "\(step.answer): \(session.errors.captured)")
        }
        #expect(session.tutorial?.isFinished == true)
        #expect(session.output.captured.contains("That was the last question."))
    }

    @Test func otherCorrectStatementsPassAndWrongOnesAreExplained() throws {
        let file = temporaryFile()
        defer { try? FileManager.default.removeItem(atPath: file) }
        let session = session(progress: file)
        // 1: listing instead of counting.
        session.run("articles show id")
        #expect(session.output.captured.contains("Not quite: this lists 5 rows (the right number of them); the question asks for one number: add count."))
        session.run("articles count")
        // 2: the same rows, asked another way.
        session.run("articles where translated != false show id, source")
        #expect(session.tutorial?.current == 2)
        // 3: a wrong search, then a right one written differently.
        session.run("sentences where text contains \"kill\"")
        #expect(session.output.captured.contains("Not quite: the answer has 4 rows, yours"))
        session.run("sentences where text matches \"(?i)shoot to kill\" show article")
        #expect(session.tutorial?.current == 3)
        // 4: another of Tokayev's names.
        session.run("events where actor = \"Kassym-Schomart Tokayev\" count")
        #expect(session.tutorial?.current == 4)
        // 5: the garbled name of the CSTO, through a named result.
        session.run("let csto = events where actor = \"Collective Safety Treaty Group\"")
        session.run("csto sort by date show date, summary")
        #expect(session.tutorial?.current == 5)
        // Progress is saved: a new tutorial resumes at question 6.
        let resumed = Tutorial(progressFile: file)
        #expect(resumed.current == 5)
        #expect(resumed.introduction().hasPrefix("Welcome back: resuming at question 6 of \(Tutorial.steps.count)."))
    }

    @Test func tablesAreComparedOnTheirColumnsAndOrder() {
        let file = temporaryFile()
        defer { try? FileManager.default.removeItem(atPath: file) }
        try? "11\n".write(toFile: file, atomically: true, encoding: .utf8)
        let session = session(progress: file)
        session.run("events where kind = \"protest\" sort by date desc show date, summary")
        #expect(session.output.captured.contains("Not quite: the right rows, in another order."))
        session.run("events where kind = \"protest\" sort by date show date")
        #expect(session.output.captured.contains("Not quite: the answer shows the column summary, which yours does not."))
        session.run("events where kind = \"protest\" sort by date show kind, date, summary")
        #expect(session.output.captured.contains("Right!"))
        #expect(session.tutorial?.current == 12)
    }

    @Test func aQuestionOnGroupsTakesATwoStepAnswer() {
        let file = temporaryFile()
        defer { try? FileManager.default.removeItem(atPath: file) }
        let question = Tutorial.steps.firstIndex { $0.title == "Counting what differs" } ?? 0
        try? "\(question)\n".write(toFile: file, atomically: true, encoding: .utf8)
        let session = session(progress: file)
        // Speakers quoted in more than one article, by way of a kept table of pairs.
        #expect(session.run("let pairs = quotes where fragment = false and speaker != null count by speaker, article"))
        #expect(session.run("pairs count by speaker where count > 1"))
        #expect(session.output.captured.contains("Right!"), "\(session.output.captured)")
        #expect(session.tutorial?.current == question + 1)
    }

    @Test func commandsHintAnswerSkipAndQuit() {
        let file = temporaryFile()
        defer { try? FileManager.default.removeItem(atPath: file) }
        let session = session(progress: file)
        #expect(session.tutorial?.command("hint") == "Hint: Write the source, then the clause count: SOURCE count\n")
        #expect(session.tutorial?.command("answer").hasPrefix("One answer: articles count\n") == true)
        #expect(session.tutorial?.command("skip").contains("[2/\(Tutorial.steps.count)] Keeping some rows") == true)
        #expect(session.tutorial?.command("quit") == "Tutorial paused at question 2; .tutorial resumes it.\n")
        session.run("articles count")  // not judged while paused
        #expect(session.tutorial?.current == 1)
        #expect(session.tutorial?.command("restart").hasPrefix("Tutorial: ") == true)
        #expect(session.tutorial?.current == 0)
        #expect(session.tutorial?.command("nonsense").hasPrefix("unknown .tutorial command 'nonsense'") == true)
    }
}
