/// What an entity is. The gazetteer's `kind` must be one of these.
public enum EntityKind: String, CaseIterable, Sendable {
    case person, organization, place, country, group
}
