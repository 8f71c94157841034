/// Someone or something the articles name, with every surface form that refers to it.
///
/// Aliases carry the mess of real corpora: spun copies ("Collective Safety Treaty Group"),
/// transliterations ("Kassym-Schomart Tokajew"), abbreviations ("CSTO", "CTSC").
public struct Entity: Sendable {
    public var id: Int
    public var name: String
    public var kind: EntityKind
    public var aliases: [String]
    public var description: String?
    /// Where it was defined, for messages: file and line.
    public var definedAt: SourceReference?

    public init(id: Int, name: String, kind: EntityKind, aliases: [String], description: String?, definedAt: SourceReference? = nil) {
        self.id = id
        self.name = name
        self.kind = kind
        self.aliases = aliases
        self.description = description
        self.definedAt = definedAt
    }
}
