/// A dated happening that the articles report, with who took part and where it is attested.
public struct Event: Sendable {
    public var id: Int
    public var date: PartialDate
    /// Entity ids, in the order given.
    public var actors: [Int]
    /// The place as given (a gazetteer name when it resolves to one).
    public var place: String?
    /// A short verb-like type: protest, appointment, dismissal, deployment...
    public var kind: String
    public var summary: String
    public var evidence: [Evidence]
    public var origin: EventOrigin
    public var definedAt: SourceReference?
    /// How sure extraction is, from 0 to 1; nil for curated events.
    public var confidence: Double?

    public init(id: Int, date: PartialDate, actors: [Int], place: String?, kind: String, summary: String,
                evidence: [Evidence], origin: EventOrigin, definedAt: SourceReference? = nil) {
        self.id = id
        self.date = date
        self.actors = actors
        self.place = place
        self.kind = kind
        self.summary = summary
        self.evidence = evidence
        self.origin = origin
        self.definedAt = definedAt
    }

    /// Every article that reports the event, each once, in evidence order.
    public var articles: [Int] {
        var seen = Set<Int>()
        return evidence.map(\.article).filter { seen.insert($0).inserted }
    }
}
