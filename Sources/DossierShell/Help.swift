import DossierQuery

/// The help of the REPL (`.help TOPIC`, `help TOPIC`) and of `dossier --help-topic TOPIC`.
/// Every example here is run by a test on the bundled corpus and must find rows, so help
/// cannot drift from the language; a source's topic is printed from the schema the checker
/// uses, so `.schema events` and `.help events` cannot disagree either.
public enum Help {
    /// A topic: a few lines of explanation and examples that run.
    public struct Topic: Sendable {
        public var name: String
        public var summary: String
        /// Other words that lead here (`.help after` to dates).
        public var aliases: [String]
        public var text: String
        /// Script snippets: statements, possibly with dot-commands.
        public var examples: [String]
        public var seeAlso: [String]
    }

    /// The topic names, in the order `.help topics` lists them.
    public static var topicNames: [String] {
        ["sources"] + Schema.sources.map(\.name) + topics.map(\.name) + ["commands"] + DotCommand.table.map(\.name)
    }

    /// The text of a topic, or nil when there is no such topic.
    public static func text(of name: String) -> String? {
        let key = String(name.lowercased().drop { $0 == "." })
        if key == "sources" { return sourcesOverview }
        if key == "topics" { return "Topics: " + topicNames.joined(separator: ", ") + "\n" }
        if key == "commands" {
            return "Commands start with a dot; scripts may use them too:\n"
                + DotCommand.table.map { "  " + $0.usage.padding(42) + $0.help + "\n" }.joined()
        }
        if let source = Schema.source(named: key) { return schemaText(source) }
        if let topic = topics.first(where: { $0.name == key || $0.aliases.contains(key) }) { return render(topic) }
        if let command = DotCommand.table.first(where: { $0.name == key }) { return "\(command.usage)\n  \(command.help)\n" }
        return nil
    }

    /// `.help` alone.
    public static var overview: String {
        var text = """
            Dossier answers questions about a corpus of news articles. A statement names a source,
            then clauses that filter and shape its rows:

              events where actor = "Tokayev" after 2022-01-05
              quotes where speaker = "Erica Marat"
              figures where outcome = "killed" show value, what, article

            Sources: \(Schema.sources.map(\.name).joined(separator: ", "))
            Clauses: \(Parser.clauseList)

            Help on one thing: .help SOURCE (e.g. .help events), .help where, .help operators,
            .help time, .help sort, .help show, .help count, .help paths, .help aggregates,
            .help computed, .help kwic, .help let, .help formats, .help scripts, .help COMMAND;
            .help topics lists them all. New here? Try .tutorial

            Commands:

            """
        for command in DotCommand.table { text += "  " + command.usage.padding(42) + command.help + "\n" }
        return text
    }

    static var sourcesOverview: String {
        var text = "A statement starts with one of these sources (.help SOURCE for its fields and examples):\n"
        for source in Schema.sources { text += "  " + source.name.padding(11) + source.summary + "\n" }
        return text
    }

    /// A source's fields and types, then its examples: what `.schema SOURCE` prints.
    public static func schemaText(_ source: SourceSchema, examples: Bool = true) -> String {
        var text = "\(source.name): \(source.summary)\n"
        for field in source.fields {
            let synonyms = field.synonyms.isEmpty ? "" : " (also: \(field.synonyms.joined(separator: ", ")))"
            text += "  " + field.name.padding(12) + field.type.rawValue.padding(18) + field.summary + synonyms + "\n"
        }
        if let date = source.naturalDateField {
            text += "  after, before, on and between filter on: \(date)\n"
        }
        let links = Schema.pathLinks(of: source.name)
        if !links.isEmpty {
            text += "  paths lead on from " + links.map { "\($0.name). (\($0.target))" }.joined(separator: ", ")
                + ", e.g. \(links[0].name).\(Schema.source(named: links[0].target)?.fields.first?.name ?? "name")\n"
        }
        if examples && !source.examples.isEmpty {
            text += "Examples:\n" + source.examples.map { "  " + $0 + "\n" }.joined()
        }
        return text
    }

    static func render(_ topic: Topic) -> String {
        var text = "\(topic.name): \(topic.summary)\n\n\(topic.text)"
        if !text.hasSuffix("\n") { text += "\n" }
        if !topic.examples.isEmpty {
            text += "\nExamples:\n"
            for example in topic.examples {
                text += example.split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 }.joined(separator: "\n") + "\n"
            }
        }
        if !topic.seeAlso.isEmpty { text += "\nSee also: " + topic.seeAlso.map { ".help " + $0 }.joined(separator: ", ") + "\n" }
        return text
    }

    // MARK: - The topics

    public static let topics: [Topic] = [
        Topic(name: "where", summary: "keep the rows where a condition holds", text: """
            SOURCE where CONDITION

            A condition compares a field with a value: text in double quotes, numbers bare, dates
            bare (2022-01-07), true and false, null. Combine conditions with and, or and not, and
            group them with parentheses. On a list field (actors, aliases, articles) a condition
            holds when it holds for any element.
            """,
              examples: ["events where kind = \"protest\"",
                         "figures where value > 1000 and family = \"count\" show value, what, article",
                         "quotes where (speaker = \"Tokayev\" or speaker = \"Putin\") and fragment = false show speaker, text"],
              seeAlso: ["operators", "aliases", "time"]),
        Topic(name: "operators", summary: "how a condition compares", text: """
            =  !=                 equal, not equal (text ignores case: "protest" = "Protest")
            <  <=  >  >=          order of numbers, dates and text
            contains "text"       the text holds this text anywhere, whatever its case, even
                                  inside a word: contains "war" finds "toward" and "warned"
            has "words"           the text has these whole words, whatever their case: has
                                  "war" finds "the war," and "war-torn", not "toward"
            matches "pattern"     a regular expression matches somewhere in the text
            in ["a", "b"]         equal to one of the values; not in for none of them
            = null, != null       the field has no value, or has one
            not, and, or          in that order of strength: not a and b or c = ((not a) and b) or c

            On an entity field (actor, speaker, entity, suggestion) = and in match any name or
            alias of the entity, so "Tokayev" and "Kassym-Schomart Tokayev" find the same rows.
            """,
              examples: ["sentences where text contains \"shoot to kill\" show article, text",
                         "sentences where text has \"war\" show article, text",
                         "sentences where text matches \"[0-9]+,[0-9]{3}\" show article, text",
                         "events where kind in [\"arrest\", \"withdrawal\"] show date, kind, summary",
                         "figures where qualifier != null show value, qualifier, what"],
              seeAlso: ["where", "aliases"]),
        Topic(name: "aliases", summary: "names that resolve to one entity, garbled ones included", aliasNames: ["entity", "matching"], text: """
            The gazetteer (entities.yaml) gives every entity its canonical name and its aliases:
            surnames, abbreviations, transliterations, and the garbled forms of machine-spun copies
            ("Collective Safety Treaty Group" for the CSTO, "Kassym-Shomart" for Kassym-Jomart).
            A value given to an entity field is looked up among all of them, ignoring case, so any
            form finds the entity. `entities` lists them; `mentions` shows each form as written.
            """,
              examples: ["events where actor = \"Kassym-Schomart Tokayev\" count",
                         "events where actor = \"Collective Safety Treaty Group\" show date, summary",
                         "mentions where entity = \"CSTO\" distinct text"],
              seeAlso: ["entities", "mentions", "names"]),
        Topic(name: "time", summary: "after, before, on, between, and how precision counts", aliasNames: ["after", "before", "on", "between", "precision"], text: """
            after D           rows whose date lies wholly after D
            before D          rows whose date lies wholly before D
            on D              rows whose date lies within D
            between D1 and D2 rows whose date lies within D1 ... D2, both ends included

            Dates are written bare: 2022-01-07 (a day), 2022-01 (a month), 2022 (a year). A date
            in the corpus has a precision too, and the clauses are honest about it: an event
            dated 2022-01 is on 2022-01, but not after 2022-01-05, because it may not be. Use
            `where date = 2022-01-07` for an exact date. Each source filters on its natural date
            (.schema SOURCE says which): events on their date, quotes and figures on their
            sentence's date (else the article's), articles on their publication date. The dates
            source also holds decades the text names ("the 1990s", "the mid-1990s"), each the
            span of its years: the late 1990s are after 1996.
            """,
              examples: ["events where actor = \"Tokayev\" after 2022-01-05 show date, summary",
                         "events between 2022-01-02 and 2022-01-07 sort by date show date, kind, summary",
                         "events on 2022-01 count",
                         "events before 2000 sort by date show date, summary"],
              seeAlso: ["events", "sort"]),
        Topic(name: "sort", summary: "order the rows", aliasNames: ["order"], text: """
            sort by FIELD [asc|desc], FIELD [asc|desc] ...

            Rows come in corpus order unless sorted. Several keys break ties in turn; missing
            values sort last.
            """,
              examples: ["events sort by date desc limit 5 show date, summary",
                         "entities sort by kind, mentions desc show name, kind, mentions limit 8"],
              seeAlso: ["limit", "show"]),
        Topic(name: "limit", summary: "only the first N rows", text: """
            limit N

            Applies where it stands: after a sort it keeps the top N.
            """,
              examples: ["quotes where fragment = false limit 3", "figures sort by value desc limit 3 show value, unit, what"],
              seeAlso: ["sort"]),
        Topic(name: "show", summary: "choose the columns", text: """
            show FIELD, FIELD ...
            show FIELD as NAME, ...

            Without show, a table prints the usual fields of its source; JSON and CSV carry every
            field. .schema SOURCE lists the fields. A field may be a path (speaker.description)
            or a computed column (high - low as spread); as names the column.
            """,
              examples: ["events show date, summary", "articles show id, source, published",
                         "quotes where speaker = \"Erica Marat\" show speaker, speaker.description, text"],
              seeAlso: ["formats", "distinct", "paths", "computed"]),
        Topic(name: "paths", summary: "follow a row to the rows it comes from: speaker.description", aliasNames: ["path", "relations", "links"], text: """
            LINK.FIELD        a field of the row a link leads to
            LINK.LINK.FIELD   links follow one another

            quotes       speaker. (entities), sentence. (sentences), article. (articles)
            mentions     entity., sentence., article.
            figures      sentence., article.          dates   sentence., article.
            sentences    entities. (every entity the sentence names), article.
            events       actors., place. (the gazetteer's entity of the place), evidence.
                         (the sentences that report it), articles.
            names        suggestion.

            A path works wherever a field does: in where, show, sort by, count by. A link that
            leads to several rows (an event's actors) gives a list, and a condition on it holds
            when it holds for any of them.
            """,
              examples: ["quotes where speaker.kind = \"organization\" show speaker, text",
                         "mentions where entity.kind = \"person\" count by entity limit 5",
                         "figures where outcome = \"killed\" show value, sentence.text",
                         "events where actor = \"CSTO\" show date, summary, evidence.text"],
              seeAlso: ["show", "aliases"]),
        Topic(name: "computed", summary: "columns computed from fields: arithmetic and functions", aliasNames: ["functions", "arithmetic", "as"], text: """
            FIELD + FIELD, -, *, /        arithmetic on numbers (no value when one is missing,
                                          or on a division by zero)
            year(DATE), month(DATE), day(DATE)
            lower(TEXT), upper(TEXT), length(TEXT)
            EXPRESSION as NAME            names the column

            A computed column goes wherever a field does: show, where, sort by, count by.
            month(date) is a date of month precision, so count by month(date) counts per month.
            """,
              examples: ["conflicts show what, low, high, high - low as spread",
                         "events count by month(date) sort by count desc limit 3",
                         "figures where value - 1000 > 0 show value, what"],
              seeAlso: ["show", "count"]),
        Topic(name: "count", summary: "how many rows, or how many per value", aliasNames: ["group"], text: """
            count                   one number: how many rows
            count by FIELD, ...     a table of each value (each combination of values) and how
                                    many rows have it, largest first
            ... where count > N     keep the groups with more than N rows: where, sort and
                                    limit may follow a shape, on the table's columns, and
                                    another shape reads the table (distinct a, b count by a)

            On a list field each element counts: events count by actor counts each actor once
            per event. A table kept with let is a source too: let s = quotes count by speaker,
            then s where count > 1.
            """,
              examples: ["events count", "events count by kind", "quotes where fragment = false count by speaker",
                         "events count by actor limit 5", "quotes where fragment = false and speaker != null count by speaker, article limit 5",
                         "quotes where fragment = false and speaker != null count by speaker where count > 3"],
              seeAlso: ["distinct", "aggregates", "let"]),
        Topic(name: "kwic", summary: "keyword in context, and sentences in context", aliasNames: ["context", "concordance"], text: """
            sentences kwic "WORDS" [width N]   each whole-word hit of WORDS with N characters (40
                                               unless given) before and after it, hits lined up
            mentions kwic, quotes kwic ...     each row's own words as the hit: an entity's
                                               mentions show whatever alias the text used
            sentences where ... context N      each sentence with N sentences of its article
                                               either side, the hits marked in the column hit

            A kwic table has the columns article, left, hit, right, leftword and rightword (the
            words just before and after the hit, lower-cased): sort by leftword or rightword
            groups the hits by what surrounds them.
            """,
              examples: ["sentences kwic \"terrorists\" width 30 sort by rightword",
                         "mentions where entity = \"CSTO\" kwic width 30",
                         "sentences where text has \"Shal ket\" context 1"],
              seeAlso: ["operators", "paths"]),
        Topic(name: "aggregates", summary: "sum, min, max, avg and count distinct", aliasNames: ["sum", "min", "max", "avg", "aggregate"], text: """
            sum FIELD [by FIELD, ...]              the total of a number field
            avg FIELD [by ...]                     its mean
            min FIELD [by ...], max FIELD [by ...] the least and the greatest number or date
            count distinct FIELD [by ...]          how many different values

            Without by, one row; with it, one row per group, largest first. The column is named
            after the function (sum, avg, min, max, count), so a where can follow: figures max
            value by article where max > 100. Missing values are skipped.
            """,
              examples: ["figures where outcome = \"killed\" max value by article",
                         "events min date", "quotes where fragment = false and speaker != null count distinct article by speaker where count > 1"],
              seeAlso: ["count", "computed"]),
        Topic(name: "distinct", summary: "the different values of a field", text: """
            distinct FIELD

            Each value once, in order of first appearance (sort them with sort by FIELD).
            """,
              examples: ["events distinct kind", "quotes distinct article"],
              seeAlso: ["count"]),
        Topic(name: "let", summary: "keep a result under a name and query it again", aliasNames: ["named"], text: """
            let NAME = STATEMENT

            The result is kept for the session (.names lists them) and can start a statement
            as a source does. A shaped result (show, count by) is kept as a table, whose rows
            take any clause on its columns: let s = quotes count by speaker, then s where
            count > 2 sort by speaker.
            """,
              examples: ["let csto = events where actor = \"CSTO\"\ncsto sort by date show date, kind, summary",
                         "let loud = quotes where fragment = false\nloud count by speaker limit 3"],
              seeAlso: ["params", "names"]),
        Topic(name: "params", summary: "$parameters in statements", aliasNames: ["param", "parameters"], text: """
            A statement may use $NAME where a value goes; set it with .param NAME VALUE in the
            REPL or a script, or with dossier --param NAME=VALUE. A saved script then answers
            the same question for another person or date. In a script, .param gives a
            default: a --param on the command line wins.
            """,
              examples: [".param who Erica Marat\nquotes where speaker = $who show text"],
              seeAlso: ["scripts", "let"]),
        Topic(name: "explain", summary: "how a statement is read and run", text: """
            explain STATEMENT
            explain analyze STATEMENT

            Prints the statement as parsed (with every parenthesis), its parse tree, and two
            plans drawn as trees, the last step on top and each step's input below it:

              logical plan    what the statement asks, names and values resolved
              physical plan   how it is answered: the access path the rows come from (an
                              entity, speaker or date index built at load; the index of a
                              field such as figures.what, built by the first statement that
                              needs it and then kept; the word index of sentences; a byte
                              scan of the articles; a walk of a sort index; a full scan),
                              then each operator on the rows and the table

            explain analyze also runs the statement and writes, beside each operator, how many
            rows it passed on and how long it took: where a slow statement spends its time.
            """,
              examples: ["explain events where actor = \"Tokayev\" after 2022-01-05 limit 3",
                         "explain analyze figures where outcome = \"killed\" sort by value desc limit 3"],
              seeAlso: ["where", "time"]),
        Topic(name: "formats", summary: "tables, JSON and CSV", aliasNames: ["format"], text: """
            .format table   aligned columns cut to the terminal (the default; --wrap folds them)
            .format json    an array of objects: numbers as numbers, dates with their precision
            .format csv     RFC 4180 with a header row, for spreadsheets

            dossier --format csv -e '...' does the same from the shell; .output FILE and .once
            FILE send results to a file.
            """,
              examples: [".format csv\nevents where kind = \"withdrawal\" show date, summary\n.format table",
                         ".format json\nfigures where what = \"soldiers\" show value, article\n.format table"],
              seeAlso: ["output", "once"]),
        Topic(name: "scripts", summary: "saved statements in .dq files", aliasNames: ["script", "comments"], text: """
            A script is a text file of statements, one after another; a statement may span lines
            (a line that starts with a clause, or follows an open bracket or a trailing operator,
            goes on), and ; separates statements on one line. # and -- start comments. Lines
            that start with . are commands (.format csv, .param who Tokayev).

              dossier samples/scripts/csto-timeline.dq     run a script
              .read samples/tour/01-first-look.dq          run one inside the REPL

            A script with a mistake reports every mistake and runs nothing; --keep-going runs
            what is right and reports the rest where it stands.
            """,
              examples: ["# the CSTO's part, day by day\nevents where actor = \"CSTO\"\n  sort by date\n  show date, summary"],
              seeAlso: ["params", "read"]),
        Topic(name: "tutorial", summary: "a guided tour that checks your answers", text: """
            .tutorial starts (or resumes) an interactive lesson: it asks a question about the
            bundled corpus, runs the statement you type, and tells you whether its result answers
            the question. .tutorial hint, .tutorial answer, .tutorial skip, .tutorial restart
            and .tutorial quit steer it. Progress is remembered between sessions.
            """,
              examples: [],
              seeAlso: ["scripts"]),
    ]
}

extension Help.Topic {
    init(name: String, summary: String, aliasNames: [String] = [], text: String, examples: [String], seeAlso: [String]) {
        self.name = name
        self.summary = summary
        self.aliases = aliasNames
        self.text = text
        self.examples = examples
        self.seeAlso = seeAlso
    }
}
