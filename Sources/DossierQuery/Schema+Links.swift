import DossierCorpus

/// The relations between sources, which dotted paths follow. Each is read from the model's
/// own ids (a quote's sentence, a mention's entity), so following one is a lookup.
extension Schema {
    static func links(of source: String) -> [Link] {
        switch source {
        case "sentences":
            return [article { $0.sentences[$1].article },
                    Link("entities", synonyms: ["entity"], to: "entities", many: { corpus, row in entityIDs(in: corpus, sentence: row) })]
        case "quotes":
            return [Link("speaker", synonyms: ["who"], to: "entities", one: { corpus, row in corpus.quotes[row].speaker }),
                    sentence { $0.quotes[$1].sentence }, article { $0.sentences[$0.quotes[$1].sentence].article }]
        case "figures":
            return [sentence { $0.figures[$1].sentence }, article { $0.sentences[$0.figures[$1].sentence].article }]
        case "dates":
            return [sentence { $0.dates[$1].sentence }, article { $0.sentences[$0.dates[$1].sentence].article }]
        case "mentions":
            return [Link("entity", to: "entities", one: { corpus, row in corpus.mentions[row].entity }),
                    sentence { $0.mentions[$1].sentence }, article { $0.mentions[$1].article }]
        case "names":
            return [Link("suggestion", to: "entities", one: { corpus, row in corpus.names[row].suggestion })]
        case "events":
            return [Link("actors", synonyms: ["actor"], to: "entities", many: { corpus, row in corpus.events[row].actors }),
                    Link("place", to: "entities", one: { corpus, row in corpus.events[row].place.flatMap { corpus.aliases.entity($0) } }),
                    Link("evidence", to: "sentences", many: { corpus, row in corpus.events[row].evidence.compactMap(\.sentence) }),
                    Link("articles", synonyms: ["article"], to: "articles", many: { corpus, row in corpus.events[row].articles })]
        default:
            return []
        }
    }

    /// The links a path may follow from a source, by name and the source they reach, for
    /// `.schema` and help.
    public static func pathLinks(of source: String) -> [(name: String, target: String)] {
        links(of: source).map { ($0.name, $0.target) }
    }

    private static func sentence(_ id: @escaping @Sendable (Corpus, Int) -> Int) -> Link {
        Link("sentence", to: "sentences", one: { corpus, row in id(corpus, row) })
    }

    private static func article(_ id: @escaping @Sendable (Corpus, Int) -> Int) -> Link {
        Link("article", to: "articles", one: { corpus, row in id(corpus, row) })
    }

    /// The entities a sentence names, each once, in the order first named. Mentions are in
    /// sentence order, so the sentence's are one run, found by binary search.
    static func entityIDs(in corpus: Corpus, sentence row: Int) -> [Int] {
        let mentions = corpus.mentions
        var at = BinarySearch.partition(0, mentions.count) { mentions[$0].sentence >= row }
        var seen: [Int] = []
        while at < mentions.count, mentions[at].sentence == row {
            if let id = mentions[at].entity, !seen.contains(id) { seen.append(id) }
            at += 1
        }
        return seen
    }
}
