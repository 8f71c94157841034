/// What extraction found article by article before joining the whole corpus: every name
/// occurrence and every candidate event, in article order, and whether the entities came
/// from a gazetteer. A snapshot keeps it, so that when a few articles change only they are
/// extracted again and the join (names, events) is redone exactly as a full load does it.
public struct ExtractionTrace: Sendable {
    public var names: [NameOccurrence]
    public var events: [EventCandidate]
    /// False when the entities were made from the names (no gazetteer): a change in one
    /// article can then change the entities of all, and an update reads everything again.
    public var fromGazetteer: Bool

    public init(names: [NameOccurrence] = [], events: [EventCandidate] = [], fromGazetteer: Bool = false) {
        (self.names, self.events, self.fromGazetteer) = (names, events, fromGazetteer)
    }
}
