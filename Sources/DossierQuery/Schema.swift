import DossierCorpus

/// Every source the language knows, one table that the checker, `.schema`, help and
/// completion all read.
public enum Schema {
    public static let sources: [SourceSchema] = [articles, sentences, entities, mentions, names, quotes, figures, conflicts, dates, events]

    public static func source(named name: String) -> SourceSchema? {
        let key = name.lowercased()
        return sources.first { $0.name == key }
    }

    static let articles = SourceSchema(
        name: "articles",
        summary: "one row per article, with the metadata of its front matter",
        fields: [
            Field("id", .text, "the article id (front matter `id`, else the file name)") { .text($0.articles[$1].id) },
            Field("title", .text, "the original title") { text($0.articles[$1].title) },
            Field("source", .text, "the outlet") { text($0.articles[$1].source) },
            Field("author", .text, "the author") { text($0.articles[$1].author) },
            Field("published", .date, "publication date, with its precision") { date($0.articles[$1].published) },
            Field("language", .text, "original language (ISO 639-1)") { text($0.articles[$1].language) },
            Field("translated", .boolean, "true for a translation or a machine-rewritten copy") {
                $0.articles[$1].translated.map(Value.bool) ?? .null
            },
            Field("url", .text, "address of the original") { text($0.articles[$1].url) },
            Field("words", .number, "number of words in the body") { .number(Double($0.articles[$1].words)) },
            Field("notes", .text, "curator's notes") { text($0.articles[$1].notes) },
        ],
        tableFields: ["id", "source", "published", "language", "translated", "words", "title"],
        rowCount: { $0.articles.count },
        naturalDateField: "published", naturalDate: { $0.articles[$1].published },
        examples: ["articles show id, source, published", "articles where translated = true show id, source, notes", "articles sort by words desc show id, words"])

    static let sentences = SourceSchema(
        name: "sentences",
        summary: "one row per sentence of every article",
        fields: [
            Field("article", .text, "id of the article") { .text($0.articles[$0.sentences[$1].article].id) },
            Field("index", .number, "position in the article, from 0") { .number(Double($0.sentences[$1].index)) },
            Field("paragraph", .number, "paragraph of the article, from 0") {
                .number(Double($0.paragraphs[$0.sentences[$1].paragraph].index))
            },
            Field("text", .text, "the sentence", slice: { ($0.sentences[$1].article, $0.sentences[$1].range) }) {
                .text($0.text(of: $0.sentences[$1]))
            },
            Field("date", .date, "the date it speaks of, when it names one") { date($0.sentences[$1].date) },
            Field("boilerplate", .boolean, "true for scraper residue: credits, captions, comment forms, teasers") {
                .bool($0.paragraphs[$0.sentences[$1].paragraph].boilerplate != nil)
            },
            Field("datetext", .text, "the words that give that date") { corpus, row in
                let sentence = corpus.sentences[row]
                return sentence.dateRange.map { .text(corpus.articles[sentence.article].text($0)) } ?? .null
            },
            Field("entities", .entityList, "the entities it names, under any of their names", synonyms: ["entity"]) { corpus, row in
                .list(entityIDs(in: corpus, sentence: row).map { .entity($0, corpus.entities[$0].name) })
            },
        ],
        tableFields: ["article", "index", "date", "text"],
        rowCount: { $0.sentences.count },
        naturalDateField: "date (else the article's published date)",
        naturalDate: { $0.date(ofSentence: $1) },
        examples: ["sentences where date = 2022-01-07 show article, text", "sentences where text contains \"shoot to kill\" show article, text", "sentences where boilerplate = true count by article"])

    static let entities = SourceSchema(
        name: "entities",
        summary: "one row per entity of the gazetteer",
        fields: [
            Field("name", .text, "canonical name") { .text($0.entities[$1].name) },
            Field("kind", .enumeration, "person, organization, place, country or group") { .text($0.entities[$1].kind.rawValue) },
            Field("aliases", .textList, "every other surface form that names it") {
                .list($0.entities[$1].aliases.map(Value.text))
            },
            Field("description", .text, "role or identity") { text($0.entities[$1].description) },
            Field("mentions", .number, "how many times the articles name it") { .number(Double($0.mentionsByEntity[$1].count)) },
            Field("articles", .textList, "ids of the articles that name it") { corpus, row in
                var seen = Set<Int>()
                let ids = corpus.mentionsByEntity[row].map { corpus.mentions[$0].article }.filter { seen.insert($0).inserted }
                return .list(ids.map { .text(corpus.articles[$0].id) })
            },
        ],
        tableFields: ["name", "kind", "mentions", "description"],
        rowCount: { $0.entities.count },
        examples: ["entities where kind = \"organization\" show name, aliases", "entities where name contains \"Tokayev\" show name, aliases, mentions", "entities sort by mentions desc limit 5"])

    static let quotes = SourceSchema(
        name: "quotes",
        summary: "one row per direct quotation, with its speaker",
        fields: [
            Field("speaker", .entity, "who said it: an entity when the name resolves, else the name as written", synonyms: ["who"]) { corpus, row in
                let quote = corpus.quotes[row]
                if let id = quote.speaker { return .entity(id, corpus.entities[id].name) }
                return quote.speakerName.map(Value.text) ?? .null
            },
        ] + located("the quoted words") { ($0.quotes[$1].sentence, $0.quotes[$1].range) } + [
            Field("speakerkind", .enumeration, "person, organization or role (\"a Western diplomatic source\"); null with no speaker") {
                $0.quotes[$1].speakerKind.map { .text($0.rawValue) } ?? .null
            },
            Field("fragment", .boolean, "true for a short quoted phrase (a scare quote or a title), not a speaker's words") {
                .bool($0.quotes[$1].fragment)
            },
            Field("start", .number, "byte offset of the quoted words in the article's body") { .number(Double($0.quotes[$1].range.lowerBound)) },
            Field("end", .number, "byte offset just after the quoted words") { .number(Double($0.quotes[$1].range.upperBound)) },
        ],
        tableFields: ["speaker", "article", "text"],
        rowCount: { $0.quotes.count },
        naturalDateField: "date",
        naturalDate: { $0.date(ofSentence: $0.quotes[$1].sentence) },
        examples: ["quotes where speaker = \"Erica Marat\" show text", "quotes where fragment = false count by speaker", "quotes where text contains \"terrorists\" show speaker, article, text"])

    static let figures = SourceSchema(
        name: "figures",
        summary: "one row per number the text gives, with what it counts",
        fields: [
            Field("value", .number, "the number; for a range its low end; cents and pence in their currency") { .number($0.figures[$1].value) },
            Field("unit", .text, "the unit's canonical name: kilometre, US dollar, percent, year of age... (null for a count)") {
                text($0.figures[$1].unit)
            },
            Field("family", .enumeration, "count, money, percent, length, area, mass, volume, speed, time, age, share, number...") {
                .text($0.figures[$1].family)
            },
            Field("what", .text, "what is counted, as written (soldiers, dockworkers), or what a measure is about (border)") {
                text($0.figures[$1].what)
            },
            Field("outcome", .enumeration, "what happened to what is counted: killed, injured, arrested, evacuated, displaced, missing") {
                text($0.figures[$1].outcome)
            },
            Field("qualifier", .text, "at least, more than, about, nearly... (null when flat)") { text($0.figures[$1].qualifier) },
            Field("change", .enumeration, "up or down, for a figure of change (rose 6.5%, down 19 cents)") { text($0.figures[$1].change) },
            Field("low", .number, "a range's low end (null unless a range)") { corpus, row in
                corpus.figures[row].high == nil ? .null : .number(corpus.figures[row].value)
            },
            Field("high", .number, "a range's high end (null unless a range)") { corpus, row in
                corpus.figures[row].high.map(Value.number) ?? .null
            },
            Field("vague", .boolean, "true for an order of magnitude: dozens of, hundreds of") { .bool($0.figures[$1].vague) },
            Field("base", .number, "the value in its family's base unit: metres, kilograms, litres, seconds...") { corpus, row in
                corpus.figures[row].base.map(Value.number) ?? .null
            },
            Field("original", .text, "the words as written when the value is not the number written (84.75 cents, twenty-six)") {
                text($0.figures[$1].original)
            },
        ] + located("the words of the figure") { ($0.figures[$1].sentence, $0.figures[$1].range) },
        tableFields: ["value", "unit", "what", "outcome", "qualifier", "article", "text"],
        rowCount: { $0.figures.count },
        naturalDateField: "date",
        naturalDate: { $0.date(ofSentence: $0.figures[$1].sentence) },
        examples: ["figures where outcome = \"killed\" show value, what, qualifier, article",
                   "figures where family = \"money\" show value, unit, qualifier, text",
                   "figures where high != null show low, high, unit, what, text",
                   "figures where family = \"length\" show value, unit, base, what, article"])

    static let dates = SourceSchema(
        name: "dates",
        summary: "one row per date the text names, resolved to a calendar date",
        fields: [
            Field("date", .date, "the date, with its precision (day, month, year, or a decade such as 1990s or mid 1990s)") {
                .date($0.dates[$1].date)
            },
            Field("precision", .enumeration, "day, month, year or decade") { corpus, row in
                switch corpus.dates[row].date.precision {
                case .day: return .text("day")
                case .month: return .text("month")
                case .year: return .text("year")
                case .decade: return .text("decade")
                }
            },
            Field("relative", .boolean, "true when resolved against the publication or an earlier date (on Friday, last month)") {
                .bool($0.dates[$1].relative)
            },
            Field("text", .text, "the words that give the date", slice: { ($0.dates[$1].article, $0.dates[$1].range) }) { corpus, row in
                .text(corpus.articles[corpus.dates[row].article].text(corpus.dates[row].range))
            },
            Field("article", .text, "id of the article") { .text($0.articles[$0.dates[$1].article].id) },
            Field("sentence", .number, "index of the sentence in its article") { .number(Double($0.sentences[$0.dates[$1].sentence].index)) },
            Field("start", .number, "byte offset of the words in the article's body") { .number(Double($0.dates[$1].range.lowerBound)) },
            Field("end", .number, "byte offset just after them") { .number(Double($0.dates[$1].range.upperBound)) },
        ],
        tableFields: ["date", "relative", "article", "sentence", "text"],
        rowCount: { $0.dates.count },
        naturalDateField: "date", naturalDate: { $0.dates[$1].date },
        examples: ["dates where relative = true show date, text, article", "dates on 2022-01 count by date",
                   "dates where precision = \"year\" and date < 2020 show date, text, article"])

    static let conflicts = SourceSchema(
        name: "conflicts",
        summary: "one row per thing on which figures of different articles, in the same month, disagree",
        fields: [
            Field("what", .text, "what happened (killed, arrested...) or the thing counted or measured (troops, border)") {
                .text($0.conflicts[$1].what)
            },
            Field("unit", .text, "what they are compared in: count, a currency, or a base unit (metre)") {
                .text($0.conflicts[$1].unit)
            },
            Field("period", .date, "the month the figures speak of") { date($0.conflicts[$1].period) },
            Field("values", .textList, "each article's figures, read together: 26 criminals + 18 guards (article)") { corpus, row in
                .list(corpus.conflicts[row].readings.map { reading in
                    let parts = reading.figures.map { describe(corpus.figures[$0]) }
                    return .text(parts.joined(separator: " + ") + " (\(corpus.articles[reading.article].id))")
                })
            },
            Field("articles", .textList, "ids of the articles that give a figure") { corpus, row in
                .list(corpus.conflicts[row].readings.map { .text(corpus.articles[$0.article].id) })
            },
            Field("low", .number, "the smallest value an article gives (for measures, in the base unit)") { corpus, row in
                .number(corpus.conflicts[row].readings.map(\.low).min() ?? 0)
            },
            Field("high", .number, "the largest value an article gives") { corpus, row in
                .number(corpus.conflicts[row].readings.map { $0.high.isFinite ? $0.high : $0.low }.max() ?? 0)
            },
        ],
        tableFields: ["what", "unit", "period", "low", "high", "values"],
        rowCount: { $0.conflicts.count },
        naturalDateField: "period", naturalDate: { $0.conflicts[$1].period },
        examples: ["conflicts", "conflicts where what = \"killed\" show values"])

    /// A figure in a few words: "at least 227 people", "4750 mile", "70-500 soldiers".
    private static func describe(_ figure: Figure) -> String {
        var text = figure.qualifier.map { $0 + " " } ?? ""
        text += Value.format(figure.value)
        if let high = figure.high { text += "-" + Value.format(high) }
        if figure.family == "count" {
            if let what = figure.what { text += " " + what }
        } else if let unit = figure.unit {
            text += " " + unit
        }
        return text
    }

    static let names = SourceSchema(
        name: "names",
        summary: "one row per name the text uses that the gazetteer does not link, to curate aliases",
        fields: [
            Field("name", .text, "the form as written") { .text($0.names[$1].text) },
            Field("kind", .enumeration, "the kind guessed from cues: person, organization, place, country, group") {
                .text($0.names[$1].kind.rawValue)
            },
            Field("count", .number, "how many times it occurs") { .number(Double($0.names[$1].occurrences.count)) },
            Field("suggestion", .entity, "the gazetteer entity it most likely stands for") { corpus, row in
                corpus.names[row].suggestion.map { .entity($0, corpus.entities[$0].name) } ?? .null
            },
            Field("articles", .textList, "ids of the articles that use it") { corpus, row in
                var seen = Set<Int>()
                return .list(corpus.names[row].occurrences.map(\.article).filter { seen.insert($0).inserted }.map { .text(corpus.articles[$0].id) })
            },
        ],
        tableFields: ["name", "kind", "count", "suggestion", "articles"],
        rowCount: { $0.names.count },
        examples: ["names sort by count desc limit 5", "names where suggestion != null show name, suggestion"])

    static let mentions = SourceSchema(
        name: "mentions",
        summary: "one row per place an entity is named in the text",
        fields: [
            Field("entity", .entity, "the entity named (null when the form is ambiguous)") { corpus, row in
                corpus.mentions[row].entity.map { .entity($0, corpus.entities[$0].name) } ?? .null
            },
            Field("article", .text, "id of the article") { .text($0.articles[$0.mentions[$1].article].id) },
            Field("sentence", .number, "index of the sentence in its article") { .number(Double($0.sentences[$0.mentions[$1].sentence].index)) },
            Field("text", .text, "the surface form as written", slice: { ($0.mentions[$1].article, $0.mentions[$1].range) }) { corpus, row in
                .text(corpus.articles[corpus.mentions[row].article].text(corpus.mentions[row].range))
            },
            Field("ambiguous", .boolean, "true when the form names several entities") { .bool($0.mentions[$1].entity == nil) },
        ],
        tableFields: ["entity", "article", "sentence", "text"],
        rowCount: { $0.mentions.count },
        naturalDateField: "the article's published date", naturalDate: { $0.articles[$0.mentions[$1].article].published },
        examples: ["mentions where entity = \"CSTO\" show article, text", "mentions where text != \"Tokayev\" and entity = \"Tokayev\" distinct text"])

    static let events = SourceSchema(
        name: "events",
        summary: "one row per dated event",
        fields: [
            Field("date", .date, "when, with its precision (day, month or year)") { .date($0.events[$1].date) },
            Field("actors", .entityList, "who took part (canonical names)", synonyms: ["actor"]) { corpus, row in
                .list(corpus.events[row].actors.map { .entity($0, corpus.entities[$0].name) })
            },
            Field("place", .text, "where") { text($0.events[$1].place) },
            Field("kind", .enumeration, "a short type: protest, dismissal, deployment...") { .text($0.events[$1].kind) },
            Field("summary", .text, "one line on what happened") { .text($0.events[$1].summary) },
            Field("articles", .textList, "ids of every article that reports it") { corpus, row in
                .list(corpus.events[row].articles.map { .text(corpus.articles[$0].id) })
            },
            Field("origin", .enumeration, "curated (events.yaml) or extracted (from the text)") {
                .text($0.events[$1].origin.rawValue)
            },
            Field("confidence", .number, "for extracted events, how sure extraction is (0 to 1)") { corpus, row in
                corpus.events[row].confidence.map(Value.number) ?? .null
            },
        ],
        tableFields: ["date", "kind", "actors", "summary", "articles"],
        rowCount: { $0.events.count },
        naturalDateField: "date", naturalDate: { $0.events[$1].date },
        examples: ["events where actor = \"Tokayev\" after 2022-01-05", "events on 2022-01 sort by date show date, kind, summary", "events count by origin"])

    /// The fields of something found in a sentence: its words, its article, its sentence and
    /// its date (the sentence's, else the article's), from where it sits.
    private static func located(_ summary: String, _ place: @escaping @Sendable (Corpus, Int) -> (sentence: Int, range: Range<Int>)) -> [Field] {
        [
            Field("text", .text, summary, slice: { corpus, row in
                let (sentence, range) = place(corpus, row)
                return (corpus.sentences[sentence].article, range)
            }) { corpus, row in
                let (sentence, range) = place(corpus, row)
                return .text(corpus.articles[corpus.sentences[sentence].article].text(range))
            },
            Field("article", .text, "id of the article") { .text($0.articles[$0.sentences[place($0, $1).sentence].article].id) },
            Field("sentence", .number, "index of the sentence in its article") { .number(Double($0.sentences[place($0, $1).sentence].index)) },
            Field("date", .date, "the sentence's date, else the article's") { date($0.date(ofSentence: place($0, $1).sentence)) },
        ]
    }

    private static func text(_ value: String?) -> Value { value.map(Value.text) ?? .null }
    private static func date(_ value: PartialDate?) -> Value { value.map(Value.date) ?? .null }
}
