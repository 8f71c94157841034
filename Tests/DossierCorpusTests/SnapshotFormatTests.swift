@testable import DossierCorpus
import DossierExtraction
import Foundation
import Testing

/// The snapshot file's own layer: checksums, the atomic writer, the header's checks, and
/// a corpus written and read back field for field.
@Suite struct SnapshotFormatTests {
    @Test func theChecksumDoesNotDependOnHowTheBytesAreSplit() {
        let bytes = (0..<1000).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
        let whole = bytes.withUnsafeBytes(SnapshotHasher.sum)
        for cut in [1, 7, 31, 32, 33, 500, 999] {
            var hasher = SnapshotHasher()
            bytes.withUnsafeBytes { all in
                hasher.update(UnsafeRawBufferPointer(rebasing: all[0..<cut]))
                hasher.update(UnsafeRawBufferPointer(rebasing: all[cut...]))
            }
            #expect(hasher.finish() == whole, "cut at \(cut)")
        }
        var flipped = bytes
        flipped[500] ^= 0x10
        #expect(flipped.withUnsafeBytes(SnapshotHasher.sum) != whole)
    }
}

extension SnapshotFormatTests {
    static func temporaryPath(_ name: String) -> String {
        let folder = NSTemporaryDirectory() + "dossier-snapshot-" + UUID().uuidString
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder + "/" + name
    }

    @Test func sectionsComeBackAsTheyWereWritten() throws {
        let path = Self.temporaryPath("s.snapshot")
        let big = (0..<10_000).map { UInt8(truncatingIfNeeded: $0) }
        let parts = [SnapshotPart.encoded("ONE") { [1, 2, 3] }, .encoded("BIG") { big }, .encoded("EMPTY") { [] },
                     SnapshotPart(tag: "PIECES") { emit in for _ in 0..<3 { [UInt8]([9, 8, 7, 6, 5]).withUnsafeBytes(emit) } }]
        #expect(SnapshotWriter(path: path, build: "test").write(parts) == nil)
        let file = try SnapshotFile.open(path, build: "test").get()
        #expect(Array(try file.section("ONE").bytes) == [1, 2, 3])
        #expect(Array(try file.section("BIG").bytes) == big)
        #expect(try file.section("EMPTY").bytes.isEmpty)
        #expect(Array(try file.section("PIECES").bytes) == [9, 8, 7, 6, 5, 9, 8, 7, 6, 5, 9, 8, 7, 6, 5])
        #expect(throws: SnapshotProblem.corrupt(section: "NONE")) { try file.section("NONE") }
    }
}

extension SnapshotFormatTests {
    @Test func theBundledCorpusComesBackFieldForField() throws {
        let loaded = try CorpusBuilder().load(BundledCorpus.source)
        let corpus = loaded.corpus
        let path = Self.temporaryPath("bundled.snapshot")
        let manifest = CorpusManifest(stamps: [FileStamp(name: "a.md", size: 10, modified: 20, isRegular: true)])
        let strings = SnapshotStrings()
        #expect(SnapshotWriter(path: path, build: "test").write(CorpusSnapshot.parts(corpus, problems: loaded.problems,
                                                                                      manifest: manifest, trace: loaded.trace,
                                                                                      strings: strings)) == nil)
        let file = try SnapshotFile.open(path, build: "test").get()
        let back = try CorpusSnapshot.read(file, strings: try CorpusSnapshot.strings(of: file))
        #expect(back.manifest == manifest)
        #expect(back.problems == loaded.problems)
        let again = back.corpus
        #expect(again.name == corpus.name)
        #expect(again.articles.map(\.body.string) == corpus.articles.map(\.body.string))
        #expect(again.articles.map { "\($0.id) \($0.title ?? "-") \($0.source ?? "-") \($0.published?.description ?? "-") \($0.words) \($0.sentences) \($0.url ?? "-") \($0.translated.map(String.init) ?? "-")" }
                == corpus.articles.map { "\($0.id) \($0.title ?? "-") \($0.source ?? "-") \($0.published?.description ?? "-") \($0.words) \($0.sentences) \($0.url ?? "-") \($0.translated.map(String.init) ?? "-")" })
        #expect(again.sentences.map { "\($0.article) \($0.paragraph) \($0.range) \($0.date?.description ?? "-") \(String(describing: $0.dateRange))" }
                == corpus.sentences.map { "\($0.article) \($0.paragraph) \($0.range) \($0.date?.description ?? "-") \(String(describing: $0.dateRange))" })
        #expect(again.paragraphs.map { "\($0.range) \($0.boilerplate ?? "-")" } == corpus.paragraphs.map { "\($0.range) \($0.boilerplate ?? "-")" })
        #expect(again.entities.map { "\($0.id) \($0.name) \($0.kind) \($0.aliases) \($0.description ?? "-") \(String(describing: $0.definedAt))" }
                == corpus.entities.map { "\($0.id) \($0.name) \($0.kind) \($0.aliases) \($0.description ?? "-") \(String(describing: $0.definedAt))" })
        #expect(again.events.map { "\($0.id) \($0.date) \($0.actors) \($0.place ?? "-") \($0.kind) \($0.summary) \($0.origin) \(String(describing: $0.confidence)) \($0.evidence.map { "\($0.article) \($0.text) \($0.range) \(String(describing: $0.sentence))" })" }
                == corpus.events.map { "\($0.id) \($0.date) \($0.actors) \($0.place ?? "-") \($0.kind) \($0.summary) \($0.origin) \(String(describing: $0.confidence)) \($0.evidence.map { "\($0.article) \($0.text) \($0.range) \(String(describing: $0.sentence))" })" })
        #expect(again.mentions.map { "\(String(describing: $0.entity)) \($0.candidates) \($0.sentence) \($0.range)" }
                == corpus.mentions.map { "\(String(describing: $0.entity)) \($0.candidates) \($0.sentence) \($0.range)" })
        #expect(again.quotes.map { "\(String(describing: $0.speaker)) \($0.speakerName ?? "-") \(String(describing: $0.speakerKind)) \($0.range) \($0.fragment)" }
                == corpus.quotes.map { "\(String(describing: $0.speaker)) \($0.speakerName ?? "-") \(String(describing: $0.speakerKind)) \($0.range) \($0.fragment)" })
        #expect(again.figures.map { "\($0.value) \(String(describing: $0.high)) \($0.unit ?? "-") \($0.family) \(String(describing: $0.base)) \($0.original ?? "-") \($0.what ?? "-") \($0.outcome ?? "-") \($0.change ?? "-") \($0.qualifier ?? "-") \($0.vague) \($0.range)" }
                == corpus.figures.map { "\($0.value) \(String(describing: $0.high)) \($0.unit ?? "-") \($0.family) \(String(describing: $0.base)) \($0.original ?? "-") \($0.what ?? "-") \($0.outcome ?? "-") \($0.change ?? "-") \($0.qualifier ?? "-") \($0.vague) \($0.range)" })
        #expect(again.dates.map { "\($0.date) \($0.relative) \($0.sentence) \($0.range)" } == corpus.dates.map { "\($0.date) \($0.relative) \($0.sentence) \($0.range)" })
        #expect(again.names.map { "\($0.text) \($0.kind) \($0.occurrences.map { "\($0.article) \($0.sentence) \($0.range)" }) \(String(describing: $0.suggestion))" }
                == corpus.names.map { "\($0.text) \($0.kind) \($0.occurrences.map { "\($0.article) \($0.sentence) \($0.range)" }) \(String(describing: $0.suggestion))" })
        #expect(again.conflicts.map { "\($0.what) \($0.unit) \(String(describing: $0.period)) \($0.readings.map { "\($0.article) \($0.figures) \($0.low) \($0.high)" })" }
                == corpus.conflicts.map { "\($0.what) \($0.unit) \(String(describing: $0.period)) \($0.readings.map { "\($0.article) \($0.figures) \($0.low) \($0.high)" })" })
        #expect(!corpus.conflicts.isEmpty && !corpus.names.isEmpty && !corpus.events.isEmpty)
        let trace = try CorpusSnapshot.trace(of: file, strings: try CorpusSnapshot.strings(of: file), corpus: again)
        #expect(trace.fromGazetteer && trace.names.count == loaded.trace.names.count && trace.events.count == loaded.trace.events.count)
        #expect(trace.names.map { "\($0.text) \($0.kind) \($0.article) \($0.sentence) \($0.range)" }
                == loaded.trace.names.map { "\($0.text) \($0.kind) \($0.article) \($0.sentence) \($0.range)" })
        #expect(trace.events.map { "\($0.date) \($0.actors) \($0.kind) \($0.sentence) \($0.confidence)" }
                == loaded.trace.events.map { "\($0.date) \($0.actors) \($0.kind) \($0.sentence) \($0.confidence)" })
    }
}
