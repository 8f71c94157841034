import Foundation
import Testing
import TestSupport

/// `dossier sql` as a user runs it: statements printed as SQL over the export's tables, and
/// a construct with no SQL form said at its place, with a caret.
@Suite struct SQLCommandTests {
    @Test func aStatementIsPrintedAsSQLInEachDialect() throws {
        let statement = "events where actor = \"Tokayev\" after 2022-01-05"
        let sqlite = try Dossier.run(["sql", "--dialect", "sqlite", "-e", statement])
        #expect(sqlite.status == 0)
        #expect(sqlite.output == """
            SELECT t.*
            FROM "events" t
            WHERE EXISTS (SELECT 1 FROM "event_actors" l WHERE l."event" = t."id" AND l."entity" IN (12))
              AND COALESCE(t."first_day" > '2022-01-05', 0)
            ORDER BY t."id";


            """)
        let duckdb = try Dossier.run(["sql", "-e", statement])
        #expect(duckdb.output.contains("COALESCE(t.\"first_day\" > DATE '2022-01-05', FALSE)"))
        let spark = try Dossier.run(["sql", "--dialect", "spark", "-e", "quotes where text contains \"terrorists\" count"])
        #expect(spark.status == 0)
        #expect(spark.output.contains("FROM `quotes` t"))
        #expect(spark.output.contains("instr(trim(regexp_replace(lower(translate(t.`text`, "))
    }

    @Test func aConstructWithNoSQLFormIsSaidWhereItStands() throws {
        let script = NSTemporaryDirectory() + "dossier-sql-" + UUID().uuidString + ".dq"
        defer { try? FileManager.default.removeItem(atPath: script) }
        try "events count by kind\nsentences where text matches \"war\" count\n".write(toFile: script, atomically: true, encoding: .utf8)
        let run = try Dossier.run(["sql", script])
        #expect(run.status == 1)
        #expect(run.errors.contains("\(script):2:17: error: matches on 'text' has no SQL form yet (the engines' regular expressions differ)"))
        #expect(run.errors.contains(" 2 | sentences where text matches \"war\" count\n   |                 ^~~~"))
        let sqlite = try Dossier.run(["sql", "--dialect", "sqlite", "-e", "articles where source = \"Stern\""])
        #expect(sqlite.status == 1)
        #expect(sqlite.errors.contains("1:16: error: text equality on 'source' has no exact SQL form in SQLite"))
        #expect(sqlite.errors.contains("hint: compile for DuckDB: dossier sql --dialect duckdb"))
        let path = try Dossier.run(["sql", "-e", "quotes where speaker = \"Tokayev\" show speaker.description"])
        #expect(path.errors.contains("error: the path 'speaker.description' has no SQL form yet"))
    }

    @Test func theFlagsOfSQLAreChecked() throws {
        let none = try Dossier.run(["sql"])
        #expect(none.status == 2)
        #expect(none.errors.contains("dossier sql needs statements, e.g. dossier sql --dialect duckdb -e"))
        let stray = try Dossier.run(["--dialect", "sqlite", "-e", "articles count"])
        #expect(stray.status == 2)
        #expect(stray.errors.contains("--dialect goes with dossier sql"))
        let bad = try Dossier.run(["sql", "--dialect", "oracle", "-e", "articles count"])
        #expect(bad.status == 2)
        #expect(bad.errors.contains("'oracle'"))
    }
}
