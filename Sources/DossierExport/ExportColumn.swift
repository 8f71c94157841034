/// A column of an exported table: its name, type, whether it may be null, and what it holds.
public struct ExportColumn: Sendable {
    public let name: String
    public let type: ExportType
    public let nullable: Bool
    public let summary: String

    init(_ name: String, _ type: ExportType, nullable: Bool = false, _ summary: String) {
        self.name = name
        self.type = type
        self.nullable = nullable
        self.summary = summary
    }
}
