@testable import DossierCorpus
import DossierDiagnostics
import DossierExtraction
import DossierQuery
@testable import DossierShell
import Foundation
import Testing
import TestSupport

/// A corpus directory kept in a snapshot: reopened without extraction when its files are
/// unchanged, extracted again when one changed, and never trusted when the snapshot is
/// damaged in any way (each way is tried): the damage is said in one line, the corpus
/// comes from its files, and a good snapshot replaces the bad one.
@Suite struct SnapshotTests {
    /// A small corpus of three articles, a gazetteer, and a snapshot path of its own.
    final class Fixture {
        let corpus: TemporaryCorpus
        let snapshot: String

        init() throws {
            corpus = try TemporaryCorpus([
                "entities.yaml": "- name: Kassym-Jomart Tokayev\n  kind: person\n  aliases: [Tokayev]\n- name: Almaty\n  kind: place\n",
                "a1.md": TemporaryCorpus.article(id: "a1", body: "Protesters gathered in Almaty on January 4. \"We want lower prices,\" a driver said.\n\nTokayev spoke on television on January 5."),
                "a2.md": TemporaryCorpus.article(id: "a2", published: "2022-01-09", body: "At least 164 people were killed, the ministry said on January 9.\n\nTokayev said order had been restored in Almaty."),
                "sub/a3.md": TemporaryCorpus.article(id: "a3", published: "2022-01-10", body: "About 10,000 people were detained. Tokayev thanked the troops on January 10."),
            ])
            snapshot = corpus.path + "-cache/corpus.snapshot"
        }

        deinit { try? FileManager.default.removeItem(atPath: corpus.path + "-cache") }

        func open(build: String = SnapshotLocation.build, strict: Bool = false, progress: LoadProgress? = nil)
            throws -> (opened: CorpusOpener.Opened, notices: [String]) {
            var notices: [String] = []
            let opener = CorpusOpener(strict: strict, snapshot: .file(snapshot), build: build, progress: progress)
            let opened = try opener.open(.directory(corpus.path)) { notices.append($0) }
            return (opened, notices)
        }

        /// What a few statements answer, as text: the same corpus must answer the same.
        func answers(_ handle: CorpusHandle) -> String {
            let output = TextSink.capturing()
            let session = Session(handle: handle, output: output, errors: output)
            for statement in ["articles show id, title, published", "sentences where text contains \"Tokayev\" show article, text",
                              "quotes show text, speaker", "figures show value, what", "events show date, kind, actors",
                              "mentions count by entity", "dates show text, date"] {
                session.run(statement)
            }
            return output.captured
        }

        var bytes: [UInt8] { (try? Array(Data(contentsOf: URL(fileURLWithPath: snapshot)))) ?? [] }

        func replace(with bytes: [UInt8]) throws {
            try Data(bytes).write(to: URL(fileURLWithPath: snapshot))
        }
    }

    @Test func anUnchangedCorpusIsReopenedFromItsSnapshotWithTheSameAnswers() throws {
        let fixture = try Fixture()
        let first = try fixture.open()
        #expect(first.opened.steps.origin == .extracted(snapshot: fixture.snapshot))
        #expect(first.notices.isEmpty)
        #expect(FileManager.default.fileExists(atPath: fixture.snapshot))
        let second = try fixture.open()
        #expect(second.opened.steps.origin == .snapshot(fixture.snapshot))
        #expect(second.notices.isEmpty)
        #expect(second.opened.handle.builtIndexes == ["word index of sentences"])
        let expected = fixture.answers(first.opened.handle)
        #expect(expected.contains("Tokayev") && expected.contains("164"))
        #expect(fixture.answers(second.opened.handle) == expected)
    }

    @Test func aChangedAddedOrRemovedArticleIsSeen() throws {
        let fixture = try Fixture()
        _ = try fixture.open()
        // Same size, other text: the modification time tells.
        try fixture.corpus.write("a2.md", TemporaryCorpus.article(id: "a2", published: "2022-01-09", body: "At least 999 people were killed, the ministry said on January 9.\n\nTokayev said order had been restored in Almaty."))
        var reopened = try fixture.open()
        #expect(reopened.opened.steps.origin == .extracted(snapshot: fixture.snapshot))
        #expect(reopened.opened.handle.corpus.figures.contains { $0.value == 999 })
        #expect(!reopened.opened.handle.corpus.figures.contains { $0.value == 164 })
        try fixture.corpus.write("a4.md", TemporaryCorpus.article(id: "a4", body: "Tokayev met the cabinet."))
        reopened = try fixture.open()
        #expect(reopened.opened.handle.corpus.articles.map(\.id) == ["a1", "a2", "a4", "a3"])
        try FileManager.default.removeItem(atPath: fixture.corpus.path + "/a1.md")
        reopened = try fixture.open()
        #expect(reopened.opened.handle.corpus.articles.map(\.id) == ["a2", "a4", "a3"])
        // And the snapshot written after each is the one the next open reads.
        #expect(try fixture.open().opened.steps.origin == .snapshot(fixture.snapshot))
    }

    @Test func aChangedGazetteerIsSeen() throws {
        let fixture = try Fixture()
        _ = try fixture.open()
        try fixture.corpus.write("entities.yaml", "- name: Kassym-Jomart Tokayev\n  kind: person\n  aliases: [Tokayev, President]\n")
        let reopened = try fixture.open()
        #expect(reopened.opened.steps.origin == .extracted(snapshot: fixture.snapshot))
        #expect(reopened.opened.handle.corpus.entities.map(\.name) == ["Kassym-Jomart Tokayev"])
    }

    /// Each way a snapshot can be bad, as the bytes of a good one made bad.
    static let damages: [(name: String, damage: @Sendable ([UInt8]) -> [UInt8], said: String)] = [
        ("truncated", { Array($0.prefix($0.count / 2)) }, "it is truncated"),
        ("cut to its first bytes", { Array($0.prefix(5)) }, "it is truncated"),
        ("empty", { _ in [] }, "it is truncated"),
        ("a flipped bit in the middle", { var b = $0; b[b.count / 2] ^= 0x04; return b }, "section is damaged"),
        ("a flipped bit in the last byte", { var b = $0; b[b.count - 1] ^= 0x80; return b }, "section is damaged"),
        ("a flipped bit in the section table", { var b = $0; b[100] ^= 0x01; return b }, "header section is damaged"),
        ("longer than written", { $0 + [0, 0, 0] }, "header section is damaged"),
        ("foreign", { _ in Array("SQLite format 3\0 and then some other bytes of another program".utf8) }, "not a Dossier snapshot"),
        ("a text file", { _ in Array("snapshot\n".utf8) }, "not a Dossier snapshot"),
        ("an old version", { var b = $0; b[8] = 0; b[9] = 0; b[10] = 0; b[11] = 0; return b }, "format version 0, this Dossier reads version"),
        ("a newer version", { var b = $0; b[8] = 99; return b }, "format version 99"),
    ]

    @Test(arguments: 0..<damages.count)
    func aDamagedSnapshotIsSaidInOneLineAndRebuilt(_ n: Int) throws {
        let (name, damage, said) = Self.damages[n]
        let fixture = try Fixture()
        let expected = fixture.answers(try fixture.open().opened.handle)
        try fixture.replace(with: damage(fixture.bytes))
        let reopened = try fixture.open()
        #expect(reopened.notices.count == 1, "\(name)")
        #expect(reopened.notices.first?.contains(said) == true, "\(name): \(reopened.notices)")
        #expect(reopened.notices.first?.contains("\n") == false)
        #expect(reopened.opened.steps.origin == .extracted(snapshot: fixture.snapshot), "\(name)")
        #expect(fixture.answers(reopened.opened.handle) == expected, "\(name)")
        // The bad snapshot was replaced by a good one.
        let third = try fixture.open()
        #expect(third.notices.isEmpty && third.opened.steps.origin == .snapshot(fixture.snapshot), "\(name)")
    }

    @Test func aSnapshotOfAnotherBuildIsNotRead() throws {
        let fixture = try Fixture()
        _ = try fixture.open(build: "dossier 0.0.9 executable 1-2")
        let reopened = try fixture.open()
        #expect(reopened.notices.count == 1)
        #expect(reopened.notices.first?.contains("another build of Dossier wrote it (dossier 0.0.9 executable 1-2)") == true)
        #expect(reopened.opened.steps.origin == .extracted(snapshot: fixture.snapshot))
    }

    /// Every byte of a small snapshot flipped in turn, a few bits each: never a crash, never
    /// a wrong answer (the checksums refuse each, and the corpus comes from its files).
    @Test func noFlippedByteIsEverTrusted() throws {
        let fixture = try Fixture()
        let expected = fixture.answers(try fixture.open().opened.handle)
        let good = fixture.bytes
        for offset in stride(from: 0, to: good.count, by: max(1, good.count / 97)) {
            var bad = good
            bad[offset] ^= 0x21
            try fixture.replace(with: bad)
            let reopened = try fixture.open()
            #expect(reopened.notices.count == 1, "byte \(offset)")
            #expect(fixture.answers(reopened.opened.handle) == expected, "byte \(offset)")
        }
    }

    @Test func aStoppedLoadLeavesNoSnapshot() throws {
        let fixture = try Fixture()
        let progress = LoadProgress(isCancelled: { true })
        #expect(throws: LoadInterrupted.self) { try fixture.open(progress: progress) }
        #expect(!FileManager.default.fileExists(atPath: fixture.snapshot))
        let folder = (fixture.snapshot as NSString).deletingLastPathComponent
        #expect(((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).isEmpty)
    }

    @Test func aStoppedWriteLeavesThePreviousSnapshotWhole() throws {
        let fixture = try Fixture()
        _ = try fixture.open()
        let before = fixture.bytes
        var parts = 0
        let problem = SnapshotWriter(path: fixture.snapshot, build: SnapshotLocation.build)
            .write([.encoded("A") { [1] }, .encoded("B") { [2] }, .encoded("C") { [3] }], isCancelled: {
                parts += 1
                return parts > 2
            })
        #expect(problem == "stopped")
        #expect(fixture.bytes == before)
        let folder = (fixture.snapshot as NSString).deletingLastPathComponent
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["corpus.snapshot"])
    }

    @Test func aTemporaryFileLeftByAKilledWriterIsRemovedByTheNextWrite() throws {
        let fixture = try Fixture()
        _ = try fixture.open()
        let folder = (fixture.snapshot as NSString).deletingLastPathComponent
        // No process has id 2^22 + 1 (above Linux's largest pid by default).
        let stale = fixture.snapshot + ".tmp-4194305-77"
        try Data([1, 2, 3]).write(to: URL(fileURLWithPath: stale))
        try fixture.corpus.write("a5.md", TemporaryCorpus.article(id: "a5", body: "Tokayev spoke again."))
        _ = try fixture.open()
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["corpus.snapshot"])
    }

    @Test func theLoadsProblemsAreSaidAgainOnReopenAndStrictStillRefuses() throws {
        let fixture = try Fixture()
        try fixture.corpus.write("bad.md", "---\nid: bad\npublshed: 2022-01-08\n---\n\nText.\n")
        let first = try fixture.open()
        #expect(!first.opened.problems.isEmpty)
        let second = try fixture.open()
        #expect(second.opened.steps.origin == .snapshot(fixture.snapshot))
        #expect(second.opened.problems == first.opened.problems)
        #expect(throws: CorpusLoadError.self) { try fixture.open(strict: true) }
    }

    @Test func theCacheIsKeyedByTheFoldersPath() {
        let env = ["XDG_CACHE_HOME": "/var/cache/me", "HOME": "/home/me"]
        let a = SnapshotLocation.cachePath(for: "/data/news/kazakhstan", environment: env)
        let b = SnapshotLocation.cachePath(for: "/data/old/kazakhstan", environment: env)
        #expect(a?.hasPrefix("/var/cache/me/dossier/kazakhstan-") == true && a?.hasSuffix(".snapshot") == true)
        #expect(a != b)
        #expect(SnapshotLocation.cachePath(for: "/x/y", environment: ["HOME": "/home/me"])?.hasPrefix("/home/me/.cache/dossier/y-") == true)
        #expect(SnapshotLocation.cachePath(for: "/x/y", environment: [:]) == nil)
    }

    @Test func anIndexAStatementBuildsIsSavedForTheNextSession() throws {
        let fixture = try Fixture()
        let first = try fixture.open().opened
        let output = TextSink.capturing()
        let session = Session(handle: first.handle, output: output, errors: output)
        session.indexFile = first.indexFile
        session.run("mentions count by entity")
        session.run("figures sort by value desc limit 2")
        let indexes = fixture.snapshot + ".indexes"
        #expect(FileManager.default.fileExists(atPath: indexes))
        let built = first.handle.builtIndexes
        #expect(built.contains("group index on mentions.entity"))
        let second = try fixture.open()
        #expect(second.notices.isEmpty)
        #expect(second.opened.handle.builtIndexes == built)
        let again = TextSink.capturing()
        let reopened = Session(handle: second.opened.handle, output: again, errors: again)
        reopened.run("mentions count by entity")
        reopened.run("figures sort by value desc limit 2")
        #expect(again.captured == output.captured)
        #expect(again.captured.contains("Kassym-Jomart Tokayev"))

        // Damaged: said once, and the corpus opens with the snapshot's own indexes.
        var bytes = Array(try Data(contentsOf: URL(fileURLWithPath: indexes)))
        bytes[bytes.count / 2] ^= 0x40
        try Data(bytes).write(to: URL(fileURLWithPath: indexes))
        let damaged = try fixture.open()
        #expect(damaged.notices.count == 1)
        #expect(damaged.notices.first?.contains("the saved indexes") == true)
        #expect(damaged.opened.steps.origin == .snapshot(fixture.snapshot))
        #expect(damaged.opened.handle.builtIndexes == ["word index of sentences"])

        // Saved for an earlier snapshot of the corpus: not read, and no notice.
        try fixture.corpus.write("a9.md", TemporaryCorpus.article(id: "a9", body: "Tokayev spoke."))
        let third = try fixture.open()
        #expect(third.notices.isEmpty)
        #expect(third.opened.handle.builtIndexes == ["word index of sentences"])
    }

    /// Every row of every source, with every field, as JSON: two corpora that give the same
    /// text here are the same to any statement.
    static func everything(_ handle: CorpusHandle) -> String {
        let output = TextSink.capturing()
        let session = Session(handle: handle, format: .json, output: output, errors: output)
        for source in ["articles", "sentences", "entities", "mentions", "names", "quotes", "figures", "conflicts", "dates", "events"] {
            session.run(source)
        }
        session.run("sentences where text contains \"Tokayev\" count")
        return output.captured
    }

    @Test func anUpdateExtractsOnlyTheChangedArticlesAndGivesWhatAFullLoadGives() throws {
        let corpus = try TemporaryCorpus([
            "entities.yaml": "- name: Kassym-Jomart Tokayev\n  kind: person\n  aliases: [Tokayev]\n- name: Almaty\n  kind: place\n- name: Karim Massimov\n  kind: person\n  aliases: [Massimov]\n",
            "events.yaml": "- date: 2022-01-05\n  actors: [Kassym-Jomart Tokayev]\n  kind: appeal\n  summary: Tokayev appeals for help.\n  evidence:\n    - article: b\n      text: \"Tokayev spoke on television\"\n    - article: d\n      text: \"Tokayev asked for help\"\n",
            "a.md": TemporaryCorpus.article(id: "a", published: "2022-01-05", body: "Protesters gathered in Almaty on January 4. \"We want lower prices,\" said Aigerim Sadykova, a teacher.\n\nPolice detained 200 people in Almaty on January 5."),
            "b.md": TemporaryCorpus.article(id: "b", published: "2022-01-06", body: "Tokayev spoke on television on January 5. Tokayev fired Massimov on January 6.\n\n\"Order will be restored,\" Tokayev said."),
            "c.md": TemporaryCorpus.article(id: "c", published: "2022-01-08", body: "At least 164 people were killed, the ministry said on January 9. Daniyar Akhmetov, a driver, said prices doubled."),
            "d.md": TemporaryCorpus.article(id: "d", published: "2022-01-07", body: "Tokayev asked for help on January 5. About 2,500 troops arrived in Almaty on January 6, said Aigerim Sadykova."),
            "e.md": "---\nid: e\npublshed: 2022-01-08\n---\n\nMassimov was detained on January 8. Tokayev spoke again on January 8.\n",
        ])
        let snapshot = corpus.path + "-cache/c.snapshot"
        defer { try? FileManager.default.removeItem(atPath: corpus.path + "-cache") }
        func open() throws -> CorpusOpener.Opened {
            try CorpusOpener(snapshot: .file(snapshot)).open(.directory(corpus.path)) { Issue.record("notice: \($0)") }
        }
        _ = try open()
        // One article edited, one added between two others, one removed.
        try corpus.write("c.md", TemporaryCorpus.article(id: "c", published: "2022-01-08", body: "At least 225 people were killed, officials said on January 10. Daniyar Akhmetov said prices doubled. Erlan Nurov, a miner, said 40 colleagues were held."))
        try corpus.write("bb.md", TemporaryCorpus.article(id: "bb", published: "2022-01-07", body: "Tokayev thanked the troops on January 7. \"They saved the country,\" Massimov said, according to Erlan Nurov."))
        try FileManager.default.removeItem(atPath: corpus.path + "/a.md")
        let updated = try open()
        #expect(updated.steps.description.contains("update: 2 articles extracted, 3 kept"), "\(updated.steps.description)")
        let full = try CorpusBuilder().load(.directory(corpus.path))
        #expect(updated.problems == full.problems)
        #expect(updated.problems.contains { $0.message.contains("publshed") })
        let expected = Self.everything(CorpusHandle(full.corpus))
        #expect(expected.contains("225") && expected.contains("Erlan Nurov") && !expected.contains("Aigerim Sadykova, a teacher"))
        #expect(Self.everything(updated.handle) == expected)
        // The snapshot written after the update is whole, and reopens to the same.
        let reopened = try open()
        #expect(reopened.steps.origin == .snapshot(snapshot))
        #expect(Self.everything(reopened.handle) == expected)
        // A second update on top of the first.
        try corpus.write("d.md", TemporaryCorpus.article(id: "d", published: "2022-01-07", body: "Tokayev asked for help on January 5 and Almaty was calm on January 9."))
        let again = try open()
        #expect(again.steps.description.contains("update: 1 article extracted, 4 kept"))
        #expect(Self.everything(again.handle) == Self.everything(CorpusHandle(try CorpusBuilder().load(.directory(corpus.path)).corpus)))
    }
}
