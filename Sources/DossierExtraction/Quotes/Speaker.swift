import DossierCorpus

/// Who said a quotation: an entity of the gazetteer, or a name or phrase as written, with
/// its kind.
struct Speaker: Sendable, Equatable {
    var entity: Int?
    /// The name or phrase when it is not an entity ("Chris Weston", "a Western diplomatic
    /// source").
    var name: String?
    var kind: SpeakerKind

    /// A key that is the same for every way of naming one speaker: the entity, else the last
    /// word of the name ("Weston").
    var key: String {
        if let entity { return "#\(entity)" }
        guard kind == .person else { return NameKey.of(name ?? "") }
        return NameKey.of(name ?? "").split(separator: " ").last.map(String.init) ?? ""
    }
}
