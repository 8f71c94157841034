import DossierDiagnostics
import Yams

/// Reads `events.yaml`: curated, dated events, each attested by a phrase of an article.
struct EventsReader {
    static let knownKeys = ["date", "actors", "place", "kind", "summary", "evidence"]
    static let example = """
        - date: 2022-01-05
          actors: [Kassym-Jomart Tokayev]
          place: Almaty
          kind: dismissal
          summary: Tokayev dismisses the government.
          evidence:
            - article: nyt-tokayev-embraces-russia
              text: "a short phrase copied from the article"
        """

    let document: YAMLDocument
    let articles: [Article]
    let articleIndex: [String: Int]
    let entities: [Entity]
    let aliases: AliasIndex

    init(source: SourceText, articles: [Article], entities: [Entity]) {
        self.document = YAMLDocument(source: source, lineOffset: 0)
        self.articles = articles
        self.articleIndex = Dictionary(articles.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        self.entities = entities
        self.aliases = AliasIndex(entities: entities)
    }

    func read(problems: inout [Diagnostic]) -> [Event] {
        let root: Node
        switch document.parse(document.source.text) {
        case .failure(let problem):
            problems.append(problem)
            return []
        case .success(nil):
            return []
        case .success(let node?):
            root = node
        }
        guard case .sequence(let items) = root else {
            problems.append(document.diagnostic(at: root, "events.yaml must be a list of events",
                                                hint: "start each event with '- date:', e.g.\n" + EventsReader.example))
            return []
        }
        var events: [Event] = []
        for item in items {
            if let event = readEvent(item, id: events.count, problems: &problems) { events.append(event) }
        }
        return events
    }

    private func readEvent(_ item: Node, id: Int, problems: inout [Diagnostic]) -> Event? {
        guard item.isMapping else {
            problems.append(document.diagnostic(at: item, "an event must be a mapping with date, kind and summary",
                                                hint: EventsReader.example))
            return nil
        }
        var date: PartialDate?
        var actors: [Int] = []
        var place: String?
        var kind: String?
        var summary: String?
        var evidence: [Evidence] = []
        var complete = true
        for (key, keyNode, value) in item.stringPairs {
            switch key {
            case "date":
                date = readDate(value, problems: &problems)
                if date == nil { complete = false }
            case "actors":
                actors = value.items.compactMap { resolveActor($0, problems: &problems) }
            case "place":
                place = value.text.map(canonicalPlace)
            case "kind":
                kind = value.text?.trimmingSpaces().lowercased()
            case "summary":
                summary = value.text?.trimmingSpaces()
            case "evidence":
                evidence = value.items.compactMap { readEvidence($0, problems: &problems) }
            default:
                let suggestion = Suggestions.closest(to: key, among: EventsReader.knownKeys)
                problems.append(document.diagnostic(.warning, at: keyNode, "unknown event key '\(key)'",
                                                    hint: suggestion.map { "did you mean '\($0)'?" }
                                                        ?? "known keys: " + EventsReader.knownKeys.joined(separator: ", ")))
            }
        }
        for (name, present) in [("date", date != nil || !complete), ("kind", kind != nil), ("summary", summary != nil)] where !present {
            problems.append(document.diagnostic(at: item, "event has no \(name)", hint: EventsReader.example))
            complete = false
        }
        guard complete, let date, let kind, let summary else { return nil }
        return Event(id: id, date: date, actors: actors, place: place, kind: kind, summary: summary,
                     evidence: evidence, origin: .curated,
                     definedAt: SourceReference(file: document.source.name, line: document.line(of: item)))
    }

    private func readDate(_ value: Node, problems: inout [Diagnostic]) -> PartialDate? {
        let text = value.text?.trimmingSpaces() ?? ""
        if let date = PartialDate.parse(text) { return date }
        problems.append(document.diagnostic(at: value, "bad date '\(text)'",
                                            hint: "write YYYY-MM-DD, or YYYY-MM / YYYY when only the month or year is known, e.g. date: 2022-01-05"))
        return nil
    }

    private func resolveActor(_ node: Node, problems: inout [Diagnostic]) -> Int? {
        guard let name = node.text?.trimmingSpaces(), !name.isEmpty else { return nil }
        switch aliases.resolve(name) {
        case .entity(let id):
            return id
        case .ambiguous(let ids):
            let names = ids.map { "'\(entities[$0].name)'" }.joined(separator: " or ")
            problems.append(document.diagnostic(at: node, "ambiguous actor '\(name)': it names \(names)",
                                                hint: "write the canonical name, e.g. actors: [\(entities[ids[0]].name)]"))
            return nil
        case nil:
            let candidates = entities.flatMap { [$0.name] + $0.aliases }
            let suggestion = Suggestions.closest(to: name, among: candidates)
            let hint = suggestion.map { "did you mean '\($0)'?" }
                ?? (entities.isEmpty ? "there is no entities.yaml: add the actor there first"
                    : "add it to entities.yaml, or use a name or alias listed there")
            problems.append(document.diagnostic(at: node, "actor '\(name)' is not in the gazetteer (entities.yaml)", hint: hint))
            return nil
        }
    }

    /// A place that names a gazetteer entity takes its canonical name.
    private func canonicalPlace(_ text: String) -> String {
        let trimmed = text.trimmingSpaces()
        return aliases.entity(trimmed).map { entities[$0].name } ?? trimmed
    }

    private func readEvidence(_ node: Node, problems: inout [Diagnostic]) -> Evidence? {
        let pairs = node.stringPairs
        guard let articleNode = pairs.first(where: { $0.key == "article" })?.value,
              let textNode = pairs.first(where: { $0.key == "text" })?.value,
              let articleID = articleNode.text?.trimmingSpaces(), let phrase = textNode.text, !phrase.isEmpty
        else {
            problems.append(document.diagnostic(at: node, "evidence needs an article and a text",
                                                hint: "evidence:\n  - article: nyt-tokayev-embraces-russia\n    text: \"a short phrase copied from the article\""))
            return nil
        }
        guard let index = articleIndex[articleID] else {
            let suggestion = Suggestions.closest(to: articleID, among: articleIndex.keys)
            problems.append(document.diagnostic(at: articleNode, "no article with id '\(articleID)'",
                                                hint: suggestion.map { "did you mean '\($0)'?" }
                                                    ?? "article ids are the `id` of each article's front matter, or its file name without extension"))
            return nil
        }
        guard let range = TextSearch.find(phrase, in: articles[index].body) else {
            problems.append(document.diagnostic(at: textNode, "evidence text not found in article '\(articleID)'",
                                                hint: "copy a short phrase exactly as it is in the article (case, quotes and spaces may differ)"))
            return nil
        }
        return Evidence(article: index, text: phrase, range: range)
    }
}
