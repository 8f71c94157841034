/// The in-memory model of a corpus: everything a query can ask about, with indexes on what
/// queries filter by. Built once at load, then read-only (every array is a constant), so
/// a session can share it freely. Indexes that queries build on demand belong to the
/// query layer (see `IndexStore` there), not to the model.
public struct Corpus: Sendable {
    /// What the user calls it: the directory name, or the bundled corpus's name.
    public let name: String
    public let articles: [Article]
    public let paragraphs: Rows<Paragraph>
    public let sentences: Rows<Sentence>
    public let entities: [Entity]
    public let events: [Event]
    /// Where entities are named, in article and text order.
    public let mentions: Rows<Mention>
    /// Direct quotations, in article and text order.
    public let quotes: Rows<Quote>
    /// Numbers with what they count, in article and text order.
    public let figures: Rows<Figure>
    /// Every date the text names, in article and text order.
    public let dates: Rows<DateExpression>
    /// Names the text uses that the gazetteer does not link.
    public let names: [UnlinkedName]

    public let aliases: AliasIndex
    public let articleIndex: [String: Int]
    /// For each entity id, the ids of the events it acts in, in date order.
    public let eventsByEntity: [[Int]]
    /// Event ids in date order (see `PartialDate`'s ordering).
    public let eventsByDate: [Int]
    /// Quantities on which the articles' figures disagree (found by extraction).
    public let conflicts: [Conflict]
    /// For each entity id, the ids of its mentions.
    public let mentionsByEntity: [[Int]]
    /// For each entity id, the ids of the quotations it spoke, in corpus order.
    public let quotesBySpeaker: [[Int]]

    public init(name: String, articles: [Article], paragraphs: [Paragraph], sentences: [Sentence],
                entities: [Entity], events: [Event], mentions: [Mention] = [], quotes: [Quote] = [], figures: [Figure] = [], names: [UnlinkedName] = [],
                conflicts: [Conflict] = [], dates: [DateExpression] = []) {
        self.init(name: name, articles: articles, paragraphs: Rows(paragraphs), sentences: Rows(sentences), entities: entities,
                  events: events, mentions: Rows(mentions), quotes: Rows(quotes), figures: Rows(figures), names: names,
                  conflicts: conflicts, dates: Rows(dates))
    }

    /// The indexes a corpus derives from its rows: what a snapshot stores, so that a reopened
    /// corpus need not read every mention to make them again.
    struct Derived {
        var eventsByDate: [Int]
        var eventsByEntity: [[Int]]
        var mentionsByEntity: [[Int]]
        var quotesBySpeaker: [[Int]]
    }

    /// A corpus whose big kinds of rows may be read in place from a snapshot, with the
    /// indexes derived from them when the snapshot has them.
    init(name: String, articles: [Article], paragraphs: Rows<Paragraph>, sentences: Rows<Sentence>, entities: [Entity],
         events: [Event], mentions: Rows<Mention>, quotes: Rows<Quote>, figures: Rows<Figure>, names: [UnlinkedName],
         conflicts: [Conflict], dates: Rows<DateExpression>, derived: Derived? = nil) {
        self.name = name
        self.articles = articles
        self.paragraphs = paragraphs
        self.sentences = sentences
        self.entities = entities
        self.events = events
        self.mentions = mentions
        self.quotes = quotes
        self.figures = figures
        self.dates = dates
        self.names = names
        self.aliases = AliasIndex(entities: entities)
        self.articleIndex = Dictionary(articles.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let derived = derived ?? Corpus.derive(entities: entities, events: events, mentions: mentions, quotes: quotes)
        self.eventsByDate = derived.eventsByDate
        self.eventsByEntity = derived.eventsByEntity
        self.mentionsByEntity = derived.mentionsByEntity
        self.quotesBySpeaker = derived.quotesBySpeaker
        self.conflicts = conflicts
    }

    static func derive(entities: [Entity], events: [Event], mentions: Rows<Mention>, quotes: Rows<Quote>) -> Derived {
        let eventsByDate = events.indices.sorted { (events[$0].date, $0) < (events[$1].date, $1) }
        var byEntity = Array(repeating: [Int](), count: entities.count)
        for id in eventsByDate {
            for actor in Set(events[id].actors) where byEntity.indices.contains(actor) {
                byEntity[actor].append(id)
            }
        }
        var mentionIndex = Array(repeating: [Int](), count: entities.count)
        for (id, mention) in mentions.enumerated() {
            if let entity = mention.entity, mentionIndex.indices.contains(entity) { mentionIndex[entity].append(id) }
        }
        var quoteIndex = Array(repeating: [Int](), count: entities.count)
        for (id, quote) in quotes.enumerated() {
            if let speaker = quote.speaker, quoteIndex.indices.contains(speaker) { quoteIndex[speaker].append(id) }
        }
        return Derived(eventsByDate: eventsByDate, eventsByEntity: byEntity, mentionsByEntity: mentionIndex, quotesBySpeaker: quoteIndex)
    }

    public func article(named id: String) -> Article? {
        articleIndex[id].map { articles[$0] }
    }

    /// The date a sentence speaks of, else its article's publication date: the natural date
    /// of everything found in a sentence (quotes, figures, mentions).
    public func date(ofSentence id: Int) -> PartialDate? {
        sentences[id].date ?? articles[sentences[id].article].published
    }

    /// The text of a sentence.
    public func text(of sentence: Sentence) -> String {
        articles[sentence.article].text(sentence.range)
    }
}
