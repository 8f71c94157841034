@testable import DossierCorpus
@testable import DossierShell
import Foundation
import Testing
import TestSupport

@Suite struct TmpDebugTests {
    @Test func debug() throws {
        let fixture = try SnapshotTests.Fixture()
        _ = try fixture.open()
        print("A")
        try fixture.corpus.write("a2.md", TemporaryCorpus.article(id: "a2", published: "2022-01-09", body: "At least 999 people were killed, the ministry said on January 9.\n\nTokayev said order had been restored in Almaty."))
        var reopened = try fixture.open()
        print("B0", reopened.opened.handle.corpus.figures.contains { $0.value == 999 })
        print("B", reopened.opened.steps.origin, reopened.opened.handle.corpus.articles.map(\.id))
        try fixture.corpus.write("a4.md", TemporaryCorpus.article(id: "a4", body: "Tokayev met the cabinet."))
        reopened = try fixture.open()
        print("C")
        print("C", reopened.opened.handle.corpus.articles.count)
        print("C", reopened.opened.handle.corpus.articles[0].id)
        print("C", reopened.opened.handle.corpus.articles.map(\.id))
        #expect(reopened.opened.handle.corpus.articles.map(\.id) == ["a1", "a2", "a4", "a3"])
        print("D")
    }
}
