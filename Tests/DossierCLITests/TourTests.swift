import Foundation
import Testing
import TestSupport

/// The lessons of samples/tour are golden tests: each runs as the README says and must print
/// exactly its .out file, which a person has read against the articles.
@Suite(.serialized) struct TourTests {
    static var lessons: [String] {
        let folder = Repository.root + "/samples/tour"
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { $0.hasSuffix(".dq") }.sorted()
    }

    @Test func thereAreAtLeastTwelveLessonsEachWithItsOutput() {
        #expect(Self.lessons.count >= 12)
        for lesson in Self.lessons {
            let out = Repository.root + "/samples/tour/" + lesson.dropLast(3) + ".out"
            #expect(FileManager.default.fileExists(atPath: out), "\(lesson) has no .out")
        }
    }

    @Test(arguments: lessons) func aLessonPrintsItsExpectedOutput(_ lesson: String) throws {
        let path = "samples/tour/" + lesson
        let expected = try String(contentsOfFile: Repository.root + "/" + path.dropLast(3) + ".out", encoding: .utf8)
        let run = try Dossier.run(["--keep-going", path], directory: Repository.root, mergingErrors: true)
        #expect(run.output == expected, "\(lesson) differs from its .out; run make tour and read the difference")
        // Only the lesson on errors may fail, and it must show its mistakes.
        if lesson.contains("error") {
            #expect(run.status == 1)
            #expect(run.output.contains("error:"))
        } else {
            #expect(run.status == 0, "\(run.output)")
            #expect(!run.output.contains("error:"))
        }
    }

    @Test func theTableOfContentsListsEveryLesson() throws {
        let readme = try String(contentsOfFile: Repository.root + "/samples/README.md", encoding: .utf8)
        for lesson in Self.lessons {
            #expect(readme.contains("(tour/\(lesson))"), "samples/README.md does not list \(lesson)")
        }
    }
}
