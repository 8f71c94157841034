/// What an entity is. The gazetteer's `kind` must be one of these.
public enum EntityKind: String, CaseIterable, Sendable {
    case person, organization, place, country, group
}

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

/// A file and line, for pointing a user at the data a record came from.
public struct SourceReference: Hashable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int

    public init(file: String, line: Int) {
        self.file = file
        self.line = line
    }

    public var description: String { "\(file):\(line)" }
}
