import DossierCorpus
import DossierExport

/// The corpus's rows in an in-memory SQLite database, with the ids Dossier gives them, so
/// that both answers can be compared id for id. Entity names and aliases are stored in
/// Dossier's name-key form, as a user who wants "Tokayev" to find Kassym-Jomart Tokayev
/// would have to store them.
enum SQLiteExport {
    static func export(_ corpus: Corpus) throws -> SQLiteDatabase {
        let db = try SQLiteDatabase(path: ":memory:")
        try db.execute("""
            PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;
            CREATE TABLE entities(id INTEGER PRIMARY KEY, name TEXT, kind TEXT, description TEXT);
            CREATE TABLE mentions(id INTEGER PRIMARY KEY, entity INTEGER, sentence INTEGER);
            CREATE TABLE entity_names(key TEXT, entity INTEGER);
            CREATE TABLE events(id INTEGER PRIMARY KEY, first_day INTEGER, last_day INTEGER, kind TEXT, origin TEXT, summary TEXT);
            CREATE TABLE event_actors(event INTEGER, entity INTEGER);
            CREATE TABLE sentences(id INTEGER PRIMARY KEY, article INTEGER, text TEXT);
            CREATE TABLE quotes(id INTEGER PRIMARY KEY, speaker INTEGER, article INTEGER, text TEXT);
            CREATE TABLE figures(id INTEGER PRIMARY KEY, value REAL, unit TEXT, what TEXT, outcome TEXT, article INTEGER);
            BEGIN;
            """)
        let entity = try db.prepare("INSERT INTO entities VALUES (?, ?, ?, ?)")
        let name = try db.prepare("INSERT INTO entity_names VALUES (?, ?)")
        for e in corpus.entities {
            try entity.run([.integer(e.id), .text(e.name), .text(e.kind.rawValue), e.description.map { .text($0) } ?? .null])
            for form in Set(([e.name] + e.aliases).map(NameKey.of)) { try name.run([.text(form), .integer(e.id)]) }
        }
        let event = try db.prepare("INSERT INTO events VALUES (?, ?, ?, ?, ?, ?)")
        let actor = try db.prepare("INSERT INTO event_actors VALUES (?, ?)")
        for (id, e) in corpus.events.enumerated() {
            try event.run([.integer(id), .integer(e.date.firstDay), .integer(e.date.lastDay), .text(e.kind), .text(e.origin.rawValue),
                           .text(e.summary)])
            for a in Set(e.actors) { try actor.run([.integer(id), .integer(a)]) }
        }
        let sentence = try db.prepare("INSERT INTO sentences VALUES (?, ?, ?)")
        for (id, s) in corpus.sentences.enumerated() {
            try sentence.run([.integer(id), .integer(s.article), .text(corpus.articles[s.article].text(s.range))])
        }
        let quote = try db.prepare("INSERT INTO quotes VALUES (?, ?, ?, ?)")
        for (id, q) in corpus.quotes.enumerated() {
            try quote.run([.integer(id), q.speaker.map { .integer($0) } ?? .null, .integer(q.article),
                           .text(corpus.articles[q.article].text(q.range))])
        }
        let mention = try db.prepare("INSERT INTO mentions VALUES (?, ?, ?)")
        for (id, m) in corpus.mentions.enumerated() {
            try mention.run([.integer(id), m.entity.map { .integer($0) } ?? .null, .integer(m.sentence)])
        }
        let figure = try db.prepare("INSERT INTO figures VALUES (?, ?, ?, ?, ?, ?)")
        for (id, f) in corpus.figures.enumerated() {
            try figure.run([.integer(id), .real(f.value), f.unit.map { .text($0) } ?? .null, f.what.map { .text($0) } ?? .null,
                            f.outcome.map { .text($0) } ?? .null, .integer(f.article)])
        }
        try db.execute("""
            COMMIT;
            CREATE INDEX entity_names_key ON entity_names(key);
            CREATE INDEX events_first_day ON events(first_day);
            CREATE INDEX events_kind ON events(kind);
            CREATE INDEX event_actors_entity ON event_actors(entity, event);
            CREATE INDEX quotes_speaker ON quotes(speaker);
            CREATE INDEX mentions_entity ON mentions(entity, sentence);
            CREATE INDEX figures_outcome_value ON figures(outcome, value);
            CREATE INDEX figures_value ON figures(value);
            CREATE VIRTUAL TABLE sentences_fts USING fts5(text, content='sentences', content_rowid='id');
            INSERT INTO sentences_fts(sentences_fts) VALUES('rebuild');
            ANALYZE;
            """)
        return db
    }
}
