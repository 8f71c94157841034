/// The sources of DQL as tables of `dossier export`: for each, its table, the joins its
/// fields need, the order of its rows (the corpus's: articles by file, rows by their place
/// in the article), its natural date, and the fields that have a SQL form. A field that is
/// not here has none yet, and compiling a statement that uses it says so.
struct SQLSchema: Sendable {
    let table: String
    /// Whether the rows belong to articles (`t.article`): the article is joined as `a`.
    let inArticles: Bool
    /// Whether the rows lie in a sentence (`t.sentence`): the sentence is joined as `s`.
    let inSentences: Bool
    /// The columns that order the rows as the corpus does.
    let order: [SQLColumn]
    /// The date that after, before, on and between filter on.
    let naturalDate: SQLField?
    let fields: [String: SQLField]

    static func of(_ source: String) -> SQLSchema? {
        switch source {
        case "articles": return articles
        case "sentences": return sentences
        case "entities": return entities
        case "mentions": return mentions
        case "quotes": return quotes
        case "figures": return figures
        case "dates": return dates
        case "events": return events
        case "names": return names
        default: return nil
        }
    }

    private static func t(_ name: String) -> SQLField { .value(SQLColumn("t", name)) }

    /// An article's or a sentence's own date, else its article's publication date.
    private static func dated(_ alias: String, fallback: Bool) -> SQLField {
        .date(text: SQLColumn(alias, "date"), first: SQLColumn(alias, "first_day"), last: SQLColumn(alias, "last_day"),
              fallback: fallback ? (SQLColumn("a", "published"), SQLColumn("a", "published_first"), SQLColumn("a", "published_last")) : nil)
    }

    private static let published = SQLField.date(text: SQLColumn("a", "published"), first: SQLColumn("a", "published_first"),
                                                  last: SQLColumn("a", "published_last"), fallback: nil)

    static let articles = SQLSchema(
        table: "articles", inArticles: false, inSentences: false, order: [SQLColumn("t", "file")],
        naturalDate: .date(text: SQLColumn("t", "published"), first: SQLColumn("t", "published_first"),
                           last: SQLColumn("t", "published_last"), fallback: nil),
        fields: [
            "id": t("id"), "title": t("title"), "source": t("source"), "author": t("author"), "language": t("language"),
            "url": t("url"), "translated": t("translated"), "words": t("words"), "notes": t("notes"),
            "published": .date(text: SQLColumn("t", "published"), first: SQLColumn("t", "published_first"),
                               last: SQLColumn("t", "published_last"), fallback: nil),
        ])

    static let sentences = SQLSchema(
        table: "sentences", inArticles: true, inSentences: false, order: [SQLColumn("a", "file"), SQLColumn("t", "n")],
        naturalDate: dated("t", fallback: true),
        fields: [
            "article": t("article"), "index": t("n"), "paragraph": t("paragraph"), "text": t("text"), "boilerplate": t("boilerplate"),
            "date": dated("t", fallback: false),
            "entities": .entities(table: "mentions", on: [("article", SQLColumn("t", "article")), ("sentence", SQLColumn("t", "n"))],
                                  entity: "entity"),
        ])

    static let entities = SQLSchema(
        table: "entities", inArticles: false, inSentences: false, order: [SQLColumn("t", "id")], naturalDate: nil,
        fields: [
            "name": t("name"), "kind": t("kind"), "description": t("description"),
            "mentions": .computed { name, dialect in
                "(SELECT count(*) FROM \(dialect.name("mentions")) m WHERE m.\(dialect.name("entity")) = \(name(SQLColumn("t", "id"))))"
            },
        ])

    static let mentions = SQLSchema(
        table: "mentions", inArticles: true, inSentences: false, order: [SQLColumn("a", "file"), SQLColumn("t", "n")],
        naturalDate: published,
        fields: [
            "entity": .entity(SQLColumn("t", "entity"), written: nil), "article": t("article"), "sentence": t("sentence"),
            "text": t("text"), "ambiguous": t("ambiguous"),
        ])

    static let quotes = SQLSchema(
        table: "quotes", inArticles: true, inSentences: true, order: [SQLColumn("a", "file"), SQLColumn("t", "n")],
        naturalDate: dated("s", fallback: true),
        fields: [
            "speaker": .entity(SQLColumn("t", "speaker"), written: SQLColumn("t", "speaker_name")), "text": t("text"),
            "article": t("article"), "sentence": t("sentence"), "date": dated("s", fallback: true),
            "speakerkind": t("speaker_kind"), "fragment": t("fragment"), "start": t("start_byte"), "end": t("end_byte"),
        ])

    static let figures = SQLSchema(
        table: "figures", inArticles: true, inSentences: true, order: [SQLColumn("a", "file"), SQLColumn("t", "n")],
        naturalDate: dated("s", fallback: true),
        fields: [
            "value": t("value"), "unit": t("unit"), "family": t("family"), "what": t("what"), "outcome": t("outcome"),
            "qualifier": t("qualifier"), "change": t("change"), "high": t("high"), "vague": t("vague"), "base": t("base"),
            "original": t("original"), "text": t("text"), "article": t("article"), "sentence": t("sentence"),
            "date": dated("s", fallback: true),
            "low": .computed { name, _ in "CASE WHEN \(name(SQLColumn("t", "high"))) IS NULL THEN NULL ELSE \(name(SQLColumn("t", "value"))) END" },
        ])

    static let dates = SQLSchema(
        table: "dates", inArticles: true, inSentences: false, order: [SQLColumn("a", "file"), SQLColumn("t", "n")],
        naturalDate: dated("t", fallback: false),
        fields: [
            "date": dated("t", fallback: false), "relative": t("relative"), "text": t("text"), "article": t("article"),
            "sentence": t("sentence"), "start": t("start_byte"), "end": t("end_byte"),
            // 2022-01-05, 2022-01, 2022; anything else is a decade (1990s, mid 1990s).
            "precision": .computed { name, _ in
                let date = name(SQLColumn("t", "date"))
                return "CASE length(\(date)) WHEN 10 THEN 'day' WHEN 7 THEN 'month' WHEN 4 THEN 'year' ELSE 'decade' END"
            },
        ])

    static let events = SQLSchema(
        table: "events", inArticles: false, inSentences: false, order: [SQLColumn("t", "id")],
        naturalDate: dated("t", fallback: false),
        fields: [
            "date": dated("t", fallback: false), "kind": t("kind"), "summary": t("summary"), "origin": t("origin"),
            "confidence": t("confidence"), "place": t("place"),
            "actors": .entities(table: "event_actors", on: [("event", SQLColumn("t", "id"))], entity: "entity"),
        ])

    static let names = SQLSchema(
        table: "names", inArticles: false, inSentences: false, order: [SQLColumn("t", "id")], naturalDate: nil,
        fields: [
            "name": t("name"), "kind": t("kind"), "count": t("occurrences"),
            "suggestion": .entity(SQLColumn("t", "suggestion"), written: nil),
        ])
}
