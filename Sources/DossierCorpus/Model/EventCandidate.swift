/// A dated sentence with an actor and an event verb, as extraction found it, before the
/// candidates of the whole corpus are merged into events.
public struct EventCandidate: Sendable {
    public var date: PartialDate
    public var actors: [Int]
    public var kind: String
    public var sentence: Int
    public var confidence: Double

    public init(date: PartialDate, actors: [Int], kind: String, sentence: Int, confidence: Double) {
        (self.date, self.actors, self.kind, self.sentence, self.confidence) = (date, actors, kind, sentence, confidence)
    }
}
