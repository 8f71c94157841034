@testable import DossierExtraction
import Foundation
import Testing
import TestSupport

/// The vocabulary's data files: every line reads, and the copy compiled into the binary is
/// the one in Sources/DossierExtraction/Lexicon.
@Suite struct LexiconTests {
    static let folder = Repository.root + "/Sources/DossierExtraction/Lexicon"

    @Test func everyLineOfEveryFileReads() {
        #expect(Lexicon.shared.problems == [])
        let onDisk = (try? FileManager.default.contentsOfDirectory(atPath: Self.folder))?.filter { $0.hasSuffix(".tsv") }.sorted() ?? []
        #expect(onDisk == Lexicon.layout.keys.sorted(), "a data file that Lexicon does not read, or one it expects that is missing")
    }

    @Test func embeddedCopyMatchesTheDataFiles() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.folder).filter { $0.hasSuffix(".tsv") }.sorted()
        #expect(Lexicon.files.keys.sorted() == names, "run `make embed` after changing the data files")
        for name in names {
            var text = try String(contentsOfFile: Self.folder + "/" + name, encoding: .utf8)
            if text.hasSuffix("\n") { text.removeLast() }
            #expect(Lexicon.files[name] == text, "\(name) differs from the embedded copy: run `make embed`")
        }
    }

    @Test func tablesHoldWhatTheFindersNeed() {
        let lexicon = Lexicon.shared
        #expect(lexicon.measures.units["kilometre"]?.factor == 1000)
        #expect(lexicon.measures.baseUnits["length"] == "metre")
        #expect(lexicon.measures.currencies["USD"]?.minor == 100)
        #expect(lexicon.measures.currencies["JPY"]?.minor == 1)
        #expect(lexicon.numbers.entry("twenty")?.value == 20)
        #expect(lexicon.numbers.abbreviations["bn"] == 1e9)
        #expect(lexicon.calendar.months["sept"] == 9)
    }
}
