import Foundation
import Testing
import TestSupport

/// The snapshot as the command line shows it: `--timer` says where the corpus came from,
/// `.corpus` names the snapshot, the flags choose it, and two processes opening one new
/// corpus at once both answer right and leave one whole snapshot.
@Suite struct SnapshotCommandTests {
    static func corpus() throws -> TemporaryCorpus {
        try TemporaryCorpus([
            "a1.md": TemporaryCorpus.article(id: "a1", body: "Protesters gathered in Almaty on January 4. Tokayev spoke on January 5."),
            "a2.md": TemporaryCorpus.article(id: "a2", body: "At least 164 people were killed, the ministry said on January 9."),
        ])
    }

    @Test func theSecondRunReadsTheSnapshotAndSaysSo() throws {
        let corpus = try Self.corpus()
        let cache = corpus.path + "-cache"
        defer { try? FileManager.default.removeItem(atPath: cache) }
        let env = ["XDG_CACHE_HOME": cache]
        let first = try Dossier.run(["--corpus", corpus.path, "--timer", "-e", "figures show value", "-e", ".corpus"], environment: env)
        #expect(first.status == 0)
        #expect(first.errors.contains("extracted, then saved to \(cache)/dossier/"))
        #expect(first.output.contains("snapshot: \(cache)/dossier/"))
        #expect(first.output.contains("(written after this load extracted the files)"))
        let second = try Dossier.run(["--corpus", corpus.path, "--timer", "-e", "figures show value", "-e", ".corpus"], environment: env)
        #expect(second.errors.contains("from the snapshot \(cache)/dossier/"))
        #expect(second.output.contains("(read from it; the files had not changed)"))
        #expect(second.output.contains("164"))
        #expect(second.output == first.output.replacingOccurrences(of: "written after this load extracted the files",
                                                                     with: "read from it; the files had not changed"))
    }

    @Test func noSnapshotKeepsNothingAndSnapshotNamesTheFile() throws {
        let corpus = try Self.corpus()
        let cache = corpus.path + "-cache"
        defer { try? FileManager.default.removeItem(atPath: cache) }
        let off = try Dossier.run(["--corpus", corpus.path, "--no-snapshot", "-e", ".corpus"], environment: ["XDG_CACHE_HOME": cache])
        #expect(off.output.contains("snapshot: none"))
        #expect(!FileManager.default.fileExists(atPath: cache))
        let named = cache + "/mine.snapshot"
        try FileManager.default.createDirectory(atPath: cache, withIntermediateDirectories: true)
        let on = try Dossier.run(["--corpus", corpus.path, "--snapshot", named, "-e", "articles count"])
        #expect(on.status == 0)
        #expect(FileManager.default.fileExists(atPath: named))
        let both = try Dossier.run(["--corpus", corpus.path, "--snapshot", named, "--no-snapshot", "-e", "articles count"])
        #expect(both.status == 2)
        #expect(both.errors.contains("--snapshot and --no-snapshot contradict each other"))
    }

    @Test func aSnapshotThatCannotBeWrittenIsSaidAndTheSessionGoesOn() throws {
        let corpus = try Self.corpus()
        let run = try Dossier.run(["--corpus", corpus.path, "--snapshot", corpus.path + "/a1.md/x.snapshot", "-e", "articles count"])
        #expect(run.status == 0)
        #expect(run.output.contains("2"))
        #expect(run.errors.contains("dossier: cannot save the snapshot"))
    }

    @Test func twoProcessesOpeningANewCorpusAtOnceBothAnswer() throws {
        let corpus = try Self.corpus()
        let cache = corpus.path + "-cache"
        defer { try? FileManager.default.removeItem(atPath: cache) }
        let env = ["XDG_CACHE_HOME": cache]
        let arguments = ["--corpus", corpus.path, "-e", "figures show value, what", "-e", "sentences where text contains \"Tokayev\" count"]
        let expected = try Dossier.run(arguments + ["--no-snapshot"]).output
        let outputs = Outputs()
        DispatchQueue.concurrentPerform(iterations: 4) { _ in
            outputs.add((try? Dossier.run(arguments, environment: env))?.output ?? "failed")
        }
        #expect(outputs.all == Array(repeating: expected, count: 4))
        let after = try Dossier.run(arguments + ["--timer"], environment: env)
        #expect(after.output == expected)
        #expect(after.errors.contains("from the snapshot"))
        let files = try FileManager.default.contentsOfDirectory(atPath: cache + "/dossier")
        #expect(files.count == 1 && files[0].hasSuffix(".snapshot"))
    }

    final class Outputs: @unchecked Sendable {
        private let lock = NSLock()
        private var list: [String] = []
        func add(_ output: String) {
            lock.lock()
            list.append(output)
            lock.unlock()
        }
        var all: [String] {
            lock.lock()
            defer { lock.unlock() }
            return list
        }
    }
}
