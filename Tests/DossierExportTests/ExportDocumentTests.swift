import DossierExport
import Foundation
import Testing
import TestSupport

/// docs/export.md lists the tables and columns that the export writes. Its tables section is
/// the schema's own description; with DOSSIER_WRITE_GOLDEN=1 the test writes it there (read
/// the difference before committing it).
@Suite struct ExportDocumentTests {
    static let path = Repository.root + "/docs/export.md"
    static let start = "<!-- tables: written from ExportSchema; ExportDocumentTests checks that they agree -->\n"
    static let end = "<!-- end of tables -->"

    @Test func theDocumentListsEveryTableAndColumnAsTheCodeWritesThem() throws {
        let document = try String(contentsOfFile: Self.path, encoding: .utf8)
        let opening = try #require(document.range(of: Self.start), "docs/export.md has lost its tables marker")
        let closing = try #require(document.range(of: Self.end, range: opening.upperBound..<document.endIndex))
        let written = String(document[opening.upperBound..<closing.lowerBound])
        let expected = "\n" + ExportSchema.markdown()
        if ProcessInfo.processInfo.environment["DOSSIER_WRITE_GOLDEN"] == "1", written != expected {
            let updated = String(document[..<opening.upperBound]) + expected + String(document[closing.lowerBound...])
            try updated.write(toFile: Self.path, atomically: true, encoding: .utf8)
            return
        }
        #expect(written == expected, "docs/export.md disagrees with ExportSchema; run DOSSIER_WRITE_GOLDEN=1 swift test --filter ExportDocumentTests")
        for table in ExportSchema.tables {
            #expect(written.contains("### \(table.name)\n"))
            for column in table.columns { #expect(written.contains("| `\(column.name)` | \(column.type.rawValue) |")) }
        }
    }
}
