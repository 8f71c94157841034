import DossierCorpus

/// The tables of an export, in the order they are written. Every row found in an article is
/// keyed by the article's id and its position among the article's rows of that kind (`n`,
/// from 0), and points to its sentence by the sentence's position in the article: keys that
/// do not change when the corpus is exported in shards. Entities keep their gazetteer ids.
///
/// docs/export.md describes the same tables; a test keeps the two in agreement.
public enum ExportSchema {
    public static let tables: [ExportTable] = [
        articles, sentences, entities, aliases, mentions, quotes, figures, dates, eventCandidates, candidateActors,
        events, eventActors, evidence, names,
    ]

    public static func table(named name: String) -> ExportTable? {
        tables.first { $0.name == name }
    }

    // MARK: - Found in each article

    static let articles = ExportTable(
        "articles", "one row per article", key: ["id"], scope: .article,
        columns: [
            ExportColumn("id", .text, "the article's id (its front matter's id, else its file name)"),
            ExportColumn("file", .text, "the file, relative to the corpus folder"),
            ExportColumn("title", .text, nullable: true, "the title"),
            ExportColumn("source", .text, nullable: true, "the outlet"),
            ExportColumn("author", .text, nullable: true, "the author"),
            ExportColumn("published", .text, nullable: true, "the publication date as precise as given: 2022-01-05, 2022-01 or 2022"),
            ExportColumn("published_first", .date, nullable: true, "the first day the publication date can be"),
            ExportColumn("published_last", .date, nullable: true, "the last day the publication date can be"),
            ExportColumn("language", .text, nullable: true, "the language code"),
            ExportColumn("translated", .boolean, nullable: true, "whether the article is a translation"),
            ExportColumn("url", .text, nullable: true, "where it was published"),
            ExportColumn("words", .integer, "its number of words"),
            ExportColumn("notes", .text, nullable: true, "the curator's notes"),
            ExportColumn("text", .text, "the body"),
        ]
    ) { source, emit in
        for article in source.corpus.articles {
            let date = article.published
            try emit([.text(article.id), .text(article.file), .optional(article.title), .optional(article.source), .optional(article.author),
                      .optional(date?.description), date.map { ExportSource.day($0.firstDay) } ?? .null,
                      date.map { ExportSource.day($0.lastDay) } ?? .null, .optional(article.language),
                      article.translated.map(ExportValue.boolean) ?? .null, .optional(article.url), .integer(article.words),
                      .optional(article.notes), .text(article.body.string)])
        }
    }

    static let sentences = ExportTable(
        "sentences", "one row per sentence", key: ["article", "n"], scope: .article,
        columns: [
            ExportColumn("article", .text, "the article's id"),
            ExportColumn("n", .integer, "the sentence's position in its article, from 0"),
            ExportColumn("paragraph", .integer, "its paragraph's position in the article, from 0"),
            ExportColumn("text", .text, "the sentence"),
            ExportColumn("boilerplate", .boolean, "true for scraper residue: credits, captions, comment forms, teasers"),
            ExportColumn("date", .text, nullable: true, "the date the sentence speaks of, as precise as written"),
            ExportColumn("first_day", .date, nullable: true, "the first day of that date"),
            ExportColumn("last_day", .date, nullable: true, "the last day of that date"),
            ExportColumn("start_byte", .integer, "the UTF-8 byte offset of its start in the article's text"),
            ExportColumn("end_byte", .integer, "the UTF-8 byte offset of its end"),
        ]
    ) { source, emit in
        let corpus = source.corpus
        for sentence in corpus.sentences {
            let paragraph = corpus.paragraphs.indices.contains(sentence.paragraph) ? corpus.paragraphs[sentence.paragraph] : nil
            try emit([source.article(sentence.article), .integer(sentence.index), .integer(paragraph?.index ?? 0),
                      source.text(sentence.article, sentence.range), .boolean(paragraph?.boilerplate != nil),
                      .optional(sentence.date?.description),
                      sentence.date.map { ExportSource.day($0.firstDay) } ?? .null, sentence.date.map { ExportSource.day($0.lastDay) } ?? .null,
                      .integer(sentence.range.lowerBound), .integer(sentence.range.upperBound)])
        }
    }

    static let mentions = ExportTable(
        "mentions", "one row per place an entity is named", key: ["article", "n"], scope: .article,
        columns: located([
            ExportColumn("entity", .integer, nullable: true, "the entity named (null when the name is ambiguous)"),
            ExportColumn("ambiguous", .boolean, "true when the name could be more than one entity (and entity is null)"),
        ], "the name as written")
    ) { source, emit in
        try numbered(source.corpus.mentions, article: \.article) { mention, n in
            try emit([source.article(mention.article), .integer(n), source.sentence(mention.sentence), .optional(mention.entity),
                      .boolean(mention.entity == nil), source.text(mention.article, mention.range),
                      .integer(mention.range.lowerBound), .integer(mention.range.upperBound)])
        }
    }

    static let quotes = ExportTable(
        "quotes", "one row per direct quotation", key: ["article", "n"], scope: .article,
        columns: located([
            ExportColumn("speaker", .integer, nullable: true, "the entity who said it, when the gazetteer knows them"),
            ExportColumn("speaker_name", .text, nullable: true, "the speaker as named, when not an entity of the gazetteer"),
            ExportColumn("speaker_kind", .text, nullable: true, "person, organization or role"),
            ExportColumn("fragment", .boolean, "true for a few quoted words inside a sentence (a phrase, not a statement)"),
        ], "the quoted words")
    ) { source, emit in
        try numbered(source.corpus.quotes, article: \.article) { quote, n in
            try emit([source.article(quote.article), .integer(n), source.sentence(quote.sentence), .optional(quote.speaker),
                      .optional(quote.speakerName), .optional(quote.speakerKind?.rawValue), .boolean(quote.fragment),
                      source.text(quote.article, quote.range), .integer(quote.range.lowerBound), .integer(quote.range.upperBound)])
        }
    }

    static let figures = ExportTable(
        "figures", "one row per number with what it counts or measures", key: ["article", "n"], scope: .article,
        columns: located([
            ExportColumn("value", .real, "the number; for a range its low end; cents and pence in their currency"),
            ExportColumn("high", .real, nullable: true, "a range's high end"),
            ExportColumn("unit", .text, nullable: true, "the unit's canonical name (null for a count)"),
            ExportColumn("family", .text, "count, money, percent, length, area, mass, volume, speed, time, age, share, number..."),
            ExportColumn("base", .real, nullable: true, "the value in its family's base unit"),
            ExportColumn("original", .text, nullable: true, "the number and unit as written, when the value is not the number written"),
            ExportColumn("what", .text, nullable: true, "what is counted, or what a measure is about"),
            ExportColumn("outcome", .text, nullable: true, "killed, injured, arrested, evacuated, displaced or missing"),
            ExportColumn("change", .text, nullable: true, "up or down, for a figure of change"),
            ExportColumn("qualifier", .text, nullable: true, "at least, more than, about, nearly..."),
            ExportColumn("vague", .boolean, "true for an order of magnitude: dozens of, hundreds of"),
        ], "the words of the figure")
    ) { source, emit in
        try numbered(source.corpus.figures, article: \.article) { figure, n in
            try emit([source.article(figure.article), .integer(n), source.sentence(figure.sentence), .real(figure.value),
                      .optional(figure.high), .optional(figure.unit), .text(figure.family), .optional(figure.base), .optional(figure.original),
                      .optional(figure.what), .optional(figure.outcome), .optional(figure.change), .optional(figure.qualifier),
                      .boolean(figure.vague), source.text(figure.article, figure.range), .integer(figure.range.lowerBound),
                      .integer(figure.range.upperBound)])
        }
    }

    static let dates = ExportTable(
        "dates", "one row per date the text names", key: ["article", "n"], scope: .article,
        columns: located([
            ExportColumn("date", .text, "the date as precise as written: 2022-01-05, 2022-01, 2022"),
            ExportColumn("first_day", .date, "the first day it can be"),
            ExportColumn("last_day", .date, "the last day it can be"),
            ExportColumn("relative", .boolean, "whether it was resolved against the publication date (yesterday, last Tuesday)"),
        ], "the words of the date")
    ) { source, emit in
        try numbered(source.corpus.dates, article: \.article) { date, n in
            try emit([source.article(date.article), .integer(n), source.sentence(date.sentence), .text(date.date.description),
                      ExportSource.day(date.date.firstDay), ExportSource.day(date.date.lastDay), .boolean(date.relative),
                      source.text(date.article, date.range), .integer(date.range.lowerBound), .integer(date.range.upperBound)])
        }
    }

    static let eventCandidates = ExportTable(
        "event_candidates", "one row per event that extraction found in a sentence, before events are merged across articles",
        key: ["article", "n"], scope: .article,
        columns: [
            ExportColumn("article", .text, "the article's id"),
            ExportColumn("n", .integer, "its position among the article's candidates, from 0"),
            ExportColumn("sentence", .integer, "the sentence's position in the article"),
            ExportColumn("date", .text, "the date, as precise as known"),
            ExportColumn("first_day", .date, "the first day it can be"),
            ExportColumn("last_day", .date, "the last day it can be"),
            ExportColumn("kind", .text, "protest, clash, arrest, decree..."),
            ExportColumn("confidence", .real, "how sure extraction is, from 0 to 1"),
        ]
    ) { source, emit in
        try candidates(source) { candidate, article, n in
            try emit([source.article(article), .integer(n), source.sentence(candidate.sentence), .text(candidate.date.description),
                      ExportSource.day(candidate.date.firstDay), ExportSource.day(candidate.date.lastDay), .text(candidate.kind),
                      .real(candidate.confidence)])
        }
    }

    static let candidateActors = ExportTable(
        "event_candidate_actors", "one row per actor of an event candidate", key: ["article", "n", "entity"], scope: .article,
        columns: [
            ExportColumn("article", .text, "the article's id"),
            ExportColumn("n", .integer, "the candidate's position among the article's candidates"),
            ExportColumn("entity", .integer, "the actor"),
        ]
    ) { source, emit in
        try candidates(source) { candidate, article, n in
            for actor in orderedSet(candidate.actors) { try emit([source.article(article), .integer(n), .integer(actor)]) }
        }
    }

    // MARK: - Read from the gazetteer

    static let entities = ExportTable(
        "entities", "one row per entity (person, organization, country, place, group)", key: ["id"], scope: .gazetteer,
        columns: [
            ExportColumn("id", .integer, "the entity's id: its place in the gazetteer, from 0"),
            ExportColumn("name", .text, "its canonical name"),
            ExportColumn("kind", .text, "person, organization, country, place or group"),
            ExportColumn("description", .text, nullable: true, "who or what it is"),
        ]
    ) { source, emit in
        for entity in source.corpus.entities {
            try emit([.integer(entity.id), .text(entity.name), .text(entity.kind.rawValue), .optional(entity.description)])
        }
    }

    static let aliases = ExportTable(
        "aliases", "one row per name an entity goes by, its canonical name included", key: ["entity", "alias"], scope: .gazetteer,
        columns: [
            ExportColumn("entity", .integer, "the entity"),
            ExportColumn("alias", .text, "the name as the gazetteer writes it"),
            ExportColumn("key", .text, "the name folded as DQL compares names: lower case, accents and punctuation dropped"),
        ]
    ) { source, emit in
        for entity in source.corpus.entities {
            for alias in orderedSet([entity.name] + entity.aliases) {
                try emit([.integer(entity.id), .text(alias), .text(NameKey.of(alias))])
            }
        }
    }

    // MARK: - Made from the whole corpus

    static let events = ExportTable(
        "events", "one row per event: curated (events.yaml) or found and merged across articles", key: ["id"], scope: .corpus,
        columns: [
            ExportColumn("id", .integer, "the event's id (events are numbered in date order)"),
            ExportColumn("date", .text, "the date, as precise as known"),
            ExportColumn("first_day", .date, "the first day it can be"),
            ExportColumn("last_day", .date, "the last day it can be"),
            ExportColumn("kind", .text, "protest, clash, arrest, decree..."),
            ExportColumn("summary", .text, "what happened"),
            ExportColumn("place", .text, nullable: true, "where"),
            ExportColumn("origin", .text, "curated or extracted"),
            ExportColumn("confidence", .real, nullable: true, "for an extracted event, how sure extraction is"),
        ]
    ) { source, emit in
        for event in source.corpus.events {
            try emit([.integer(event.id), .text(event.date.description), ExportSource.day(event.date.firstDay), ExportSource.day(event.date.lastDay),
                      .text(event.kind), .text(event.summary), .optional(event.place), .text(event.origin.rawValue), .optional(event.confidence)])
        }
    }

    static let eventActors = ExportTable(
        "event_actors", "one row per actor of an event", key: ["event", "entity"], scope: .corpus,
        columns: [
            ExportColumn("event", .integer, "the event"),
            ExportColumn("entity", .integer, "the actor"),
        ]
    ) { source, emit in
        for event in source.corpus.events {
            for actor in orderedSet(event.actors) { try emit([.integer(event.id), .integer(actor)]) }
        }
    }

    static let evidence = ExportTable(
        "evidence", "one row per passage an event rests on", key: ["event", "n"], scope: .corpus,
        columns: [
            ExportColumn("event", .integer, "the event"),
            ExportColumn("n", .integer, "the passage's position among the event's, from 0"),
            ExportColumn("article", .text, "the article's id"),
            ExportColumn("sentence", .integer, nullable: true, "the position in the article of the sentence that holds it"),
            ExportColumn("text", .text, "the passage"),
            ExportColumn("start_byte", .integer, "the UTF-8 byte offset of its start in the article's text"),
            ExportColumn("end_byte", .integer, "the UTF-8 byte offset of its end"),
        ]
    ) { source, emit in
        for event in source.corpus.events {
            for (n, passage) in event.evidence.enumerated() {
                try emit([.integer(event.id), .integer(n), source.article(passage.article), passage.sentence.map(source.sentence) ?? .null,
                          .text(passage.text), .integer(passage.range.lowerBound), .integer(passage.range.upperBound)])
            }
        }
    }

    static let names = ExportTable(
        "names", "one row per name the text uses that the gazetteer does not link", key: ["id"], scope: .corpus,
        columns: [
            ExportColumn("id", .integer, "the name's place in the list, from 0"),
            ExportColumn("name", .text, "the form as first written"),
            ExportColumn("kind", .text, "person, organization, country, place or group"),
            ExportColumn("occurrences", .integer, "how many times the text uses it"),
            ExportColumn("articles", .integer, "in how many articles"),
            ExportColumn("suggestion", .integer, nullable: true, "the entity it most likely stands for (a garbled variant)"),
        ]
    ) { source, emit in
        for (id, name) in source.corpus.names.enumerated() {
            try emit([.integer(id), .text(name.text), .text(name.kind.rawValue), .integer(name.occurrences.count),
                      .integer(Set(name.occurrences.map(\.article)).count), .optional(name.suggestion)])
        }
    }

    // MARK: - Helpers

    /// The columns of a row found in an article, with `specific` between its place and its text.
    private static func located(_ specific: [ExportColumn], _ text: String) -> [ExportColumn] {
        [ExportColumn("article", .text, "the article's id"),
         ExportColumn("n", .integer, "its position among the article's rows of this table, from 0"),
         ExportColumn("sentence", .integer, "the position in the article of the sentence that holds it")]
            + specific
            + [ExportColumn("text", .text, text),
               ExportColumn("start_byte", .integer, "the UTF-8 byte offset of its start in the article's text"),
               ExportColumn("end_byte", .integer, "the UTF-8 byte offset of its end")]
    }

    /// Each row with its position among its article's rows (rows come in article order).
    private static func numbered<Row>(_ rows: Rows<Row>, article: (Row) -> Int, _ body: (Row, Int) throws -> Void) rethrows {
        var current = -1
        var n = 0
        for row in rows {
            let owner = article(row)
            if owner != current { (current, n) = (owner, 0) }
            try body(row, n)
            n += 1
        }
    }

    /// Each candidate event with its article and its position among the article's candidates.
    private static func candidates(_ source: ExportSource, _ body: (EventCandidate, Int, Int) throws -> Void) rethrows {
        var counts: [Int: Int] = [:]
        for candidate in source.candidates where source.corpus.sentences.indices.contains(candidate.sentence) {
            let article = source.corpus.sentences[candidate.sentence].article
            let n = counts[article, default: 0]
            counts[article] = n + 1
            try body(candidate, article, n)
        }
    }

    private static func orderedSet<T: Hashable>(_ items: [T]) -> [T] {
        var seen = Set<T>()
        return items.filter { seen.insert($0).inserted }
    }
}

extension ExportSchema {
    /// The tables as docs/export.md lists them: for each, what a row is, its key, what it
    /// depends on, and its columns with their types. The test of the document compares it
    /// with this text.
    public static func markdown() -> String {
        var out = ""
        for table in tables {
            out += "### \(table.name)\n\n"
            out += "\(table.summary.prefix(1).uppercased() + table.summary.dropFirst()). Key: \(table.key.map { "`\($0)`" }.joined(separator: ", ")). "
            switch table.scope {
            case .article: out += "Found in each article: the same rows whether the corpus is exported whole or in shards.\n\n"
            case .gazetteer: out += "Read from the gazetteer: the same in every shard.\n\n"
            case .corpus: out += "Made from the whole corpus: left out of a shard's export.\n\n"
            }
            out += "| column | type | null | what it holds |\n|---|---|---|---|\n"
            for column in table.columns {
                out += "| `\(column.name)` | \(column.type.rawValue) | \(column.nullable ? "yes" : "no") | \(column.summary) |\n"
            }
            out += "\n"
        }
        return out
    }
}
