import DossierCorpus

/// Proposes events from the text: a sentence that names a date of its own, at least one
/// actor and a verb of a known kind ("Tokayev fired the government on Wednesday") gives an
/// event with origin `extracted`, its kind from the verb, the sentence as its summary and a
/// confidence. An extracted event that a curated one already records (same day, same kind,
/// a shared actor) adds its article to the curated event instead.
struct EventFinder {
    /// Verb forms and the kind of event they report.
    static let verbs: [String: String] = [
        "protest": "protest", "protested": "protest", "protests": "protest", "protesting": "protest", "rallied": "protest",
        "demonstrated": "protest", "stormed": "protest",
        "fired": "dismissal", "dismissed": "dismissal", "sacked": "dismissal", "ousted": "dismissal", "removed": "dismissal",
        "ousting": "dismissal",
        "arrested": "arrest", "detained": "arrest", "arrest": "arrest", "detain": "arrest",
        "sent": "deployment", "deployed": "deployment", "dispatched": "deployment", "sending": "deployment", "deploy": "deployment",
        "announced": "announcement", "announces": "announcement",
        "withdraw": "withdrawal", "withdrew": "withdrawal", "withdrawn": "withdrawal", "withdrawal": "withdrawal", "left": "withdrawal",
        "resigned": "resignation", "resign": "resignation", "resignation": "resignation", "stepped": "resignation",
        "killed": "killing", "kill": "killing", "shot": "killing",
        "appointed": "appointment", "named": "appointment", "nominated": "appointment",
        "speech": "speech", "addressed": "speech", "address": "speech",
        "call": "call", "called": "call", "phoned": "call", "telephoned": "call",
        "requested": "request", "request": "request", "appealed": "request",
        "declared": "decree", "imposed": "decree", "decreed": "decree",
    ]

    struct Found {
        var date: PartialDate
        var actors: [Int]
        var kind: String
        var sentence: Int
        var confidence: Double
    }

    /// The candidate event of one sentence, if it has a date, an actor and an event verb.
    func event(in words: [WordScanner.Word], sentence: Sentence, id: Int, mentions: ArraySlice<Mention>,
               entities: [Entity]) -> Found? {
        guard let date = sentence.date, date.precision != .year else { return nil }
        var actors: [Int] = []
        for mention in mentions {
            guard let entity = mention.entity, entities[entity].kind != .place, !actors.contains(entity) else { continue }
            actors.append(entity)
        }
        guard !actors.isEmpty, let kind = words.lazy.compactMap({ Self.verbs[$0.key] }).first else { return nil }
        var confidence = date.precision == .day ? 0.6 : 0.4
        if actors.contains(where: { entities[$0].kind == .person }) { confidence += 0.1 }
        if actors.count > 1 { confidence += 0.1 }
        if words.count <= 40 { confidence += 0.1 }
        return Found(date: date, actors: actors, kind: kind, sentence: id, confidence: (min(confidence, 0.9) * 10).rounded() / 10)
    }

    /// Merges candidates into the curated events and into each other; returns every event,
    /// curated first.
    static func merge(_ found: [Found], into curated: [Event], sentences: [Sentence], articles: [Article]) -> [Event] {
        var events = curated
        for candidate in found {
            let sentence = sentences[candidate.sentence]
            let evidence = Evidence(article: sentence.article, text: articles[sentence.article].text(sentence.range),
                                    range: sentence.range, sentence: candidate.sentence)
            if let same = events.firstIndex(where: { event in
                event.date == candidate.date && event.kind == candidate.kind && !Set(event.actors).isDisjoint(with: candidate.actors)
            }) {
                if !events[same].articles.contains(sentence.article) { events[same].evidence.append(evidence) }
                if events[same].origin == .extracted {
                    events[same].actors += candidate.actors.filter { !events[same].actors.contains($0) }
                }
                continue
            }
            var event = Event(id: events.count, date: candidate.date, actors: candidate.actors, place: nil, kind: candidate.kind,
                              summary: summary(of: evidence.text), evidence: [evidence], origin: .extracted)
            event.confidence = candidate.confidence
            events.append(event)
        }
        return events
    }

    /// The sentence, on one line, cut at 200 characters.
    static func summary(of text: String) -> String {
        let line = text.split(whereSeparator: \.isNewline).joined(separator: " ")
        return line.count > 200 ? String(line.prefix(199)) + "…" : line
    }
}
