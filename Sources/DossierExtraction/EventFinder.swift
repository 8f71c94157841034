import DossierCorpus

/// Proposes events from the text: a sentence that names a date of its own, at least one
/// actor and a verb of a known kind ("Tokayev fired the government on Wednesday") gives an
/// event with origin `extracted`, its kind from the verb, the sentence as its summary and a
/// confidence. An extracted event that a curated one already records (same day, same kind,
/// a shared actor) adds its article to the curated event instead.
struct EventFinder {
    /// Verb forms that report an event, and its kind. Nouns and base forms ("protests",
    /// "request", "call") are left out: in news prose they name a subject far more often
    /// than they report an act ("at the request of", "what he called a threat").
    static let verbs: WordMap<String> = [
        "protested": "protest", "rallied": "protest", "demonstrated": "protest", "stormed": "protest",
        "fired": "dismissal", "dismissed": "dismissal", "sacked": "dismissal", "ousted": "dismissal", "removed": "dismissal",
        "ousting": "dismissal", "dismissing": "dismissal",
        "arrested": "arrest", "detained": "arrest",
        "sent": "deployment", "deployed": "deployment", "dispatched": "deployment", "sending": "deployment",
        "announced": "announcement", "announces": "announcement",
        "withdrew": "withdrawal", "withdrawn": "withdrawal", "withdrawing": "withdrawal",
        "resigned": "resignation", "resigns": "resignation",
        "killed": "killing",
        "appointed": "appointment", "nominated": "appointment",
        "addressed": "speech",
        "phoned": "call", "telephoned": "call",
        "requested": "request", "appealed": "request",
        "decreed": "decree", "imposed": "decree",
    ]
    /// Nouns that report an event only with a person as its actor ("Tokayev's speech").
    static let personNouns: WordMap<String> = ["speech": "speech", "address": "speech"]

    typealias Found = EventCandidate

    /// The candidate event of one sentence, if it has a date, an actor and an event verb.
    /// The kind comes from the first event verb after the first actor (the actor's own
    /// predicate), else from the first anywhere in the sentence.
    func event(in words: [WordScanner.Word], sentence: Sentence, id: Int, mentions: ArraySlice<Mention>,
               entities: [Entity]) -> Found? {
        guard let date = sentence.date, date.precision != .year else { return nil }
        var actors: [Int] = []
        var firstActorAt: Int?
        for mention in mentions {
            guard let entity = mention.entity, entities[entity].kind != .place, !actors.contains(entity),
                  !isSource(mention, words) else { continue }
            actors.append(entity)
            firstActorAt = min(firstActorAt ?? mention.range.lowerBound, mention.range.lowerBound)
        }
        guard let firstActorAt else { return nil }
        let hasPerson = actors.contains { entities[$0].kind == .person }
        let verbs = words.compactMap { word in Self.verbs[word.key].map { (word.range.lowerBound, $0) } }
        let nouns = hasPerson ? words.compactMap { word in Self.personNouns[word.key].map { (word.range.lowerBound, $0) } } : []
        guard let kind = verbs.first(where: { $0.0 > firstActorAt })?.1 ?? verbs.first?.1 ?? nouns.first?.1 else { return nil }
        var confidence = date.precision == .day ? 0.6 : 0.4
        if hasPerson { confidence += 0.1 }
        if actors.count > 1 { confidence += 0.1 }
        if words.count <= 40 { confidence += 0.1 }
        return Found(date: date, actors: actors, kind: kind, sentence: id, confidence: (min(confidence, 0.9) * 10).rounded() / 10)
    }

    /// Whether a mention names who reports the event rather than who took part: "..., the
    /// Water Board said", "according to the Defence Ministry".
    private func isSource(_ mention: Mention, _ words: [WordScanner.Word]) -> Bool {
        if let after = words.first(where: { $0.range.lowerBound >= mention.range.upperBound }),
           Lexicon.shared.speech.says(after.key) {
            return true
        }
        let before = words.filter { $0.range.upperBound <= mention.range.lowerBound }.suffix(3).map(\.key)
        return before.starts(with: ["according", "to"]) || Array(before.suffix(2)) == ["according", "to"]
    }

    /// Merges candidates into the curated events and into each other; returns every event,
    /// curated first. A candidate from a sentence that a curated event cites as evidence is
    /// that event; one with the same day, kind and an actor in common adds its article to
    /// it. Both lookups go through dictionaries, so merging stays linear at any size.
    static func merge(_ found: [Found], into curated: [Event], sentences: [Sentence], articles: [Article]) -> [Event] {
        var events = curated
        var citedSentences = Set<Int>()
        for event in curated { for evidence in event.evidence { if let sentence = evidence.sentence { citedSentences.insert(sentence) } } }
        // A candidate joins the first event (lowest id) of its day and kind that shares an
        // actor with it: indexed by day, kind and actor, so merging stays linear however many
        // events share a day.
        struct Slot: Hashable {
            var date: PartialDate
            var kind: String
            var actor: Int
        }
        var firstWithActor: [Slot: Int] = [:]
        func index(_ event: Int, actors: [Int]) {
            for actor in actors {
                let slot = Slot(date: events[event].date, kind: events[event].kind, actor: actor)
                if let known = firstWithActor[slot], known <= event { continue }
                firstWithActor[slot] = event
            }
        }
        for id in events.indices { index(id, actors: events[id].actors) }
        // The articles of each event that has taken evidence, so the check is not a scan.
        var articlesOf: [Int: Set<Int>] = [:]
        for candidate in found where !citedSentences.contains(candidate.sentence) {
            let sentence = sentences[candidate.sentence]
            let evidence = {
                Evidence(article: sentence.article, text: articles[sentence.article].text(sentence.range),
                         range: sentence.range, sentence: candidate.sentence)
            }
            let same = candidate.actors.compactMap { firstWithActor[Slot(date: candidate.date, kind: candidate.kind, actor: $0)] }.min()
            if let same {
                if articlesOf[same] == nil { articlesOf[same] = Set(events[same].evidence.map(\.article)) }
                if articlesOf[same]?.insert(sentence.article).inserted == true { events[same].evidence.append(evidence()) }
                if events[same].origin == .extracted {
                    let added = candidate.actors.filter { !events[same].actors.contains($0) }
                    events[same].actors += added
                    index(same, actors: added)
                }
                continue
            }
            let first = evidence()
            var event = Event(id: events.count, date: candidate.date, actors: candidate.actors, place: nil, kind: candidate.kind,
                              summary: summary(of: first.text), evidence: [first], origin: .extracted)
            event.confidence = candidate.confidence
            events.append(event)
            index(events.count - 1, actors: candidate.actors)
        }
        return events
    }

    /// The sentence, on one line, cut at 200 characters.
    static func summary(of text: String) -> String {
        let line = text.split(whereSeparator: \.isNewline).joined(separator: " ")
        return line.count > 200 ? String(line.prefix(199)) + "…" : line
    }
}
