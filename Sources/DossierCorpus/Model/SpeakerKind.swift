/// What kind of source a quotation's speaker is: a person named ("Erica Marat"), an
/// organization ("the Interior Ministry", "Reuters", "the influential US daily") or a role
/// that describes someone without naming them ("a Western diplomatic source").
public enum SpeakerKind: String, CaseIterable, Sendable {
    case person, organization, role
}
