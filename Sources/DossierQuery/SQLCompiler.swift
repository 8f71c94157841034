import DossierCorpus

/// Compiles a checked statement (its `LogicalPlan`) into one SQL query over the tables of
/// `dossier export`, in a dialect, with the statement's meaning kept exactly: date precision
/// (`after`, `before`, `on` and comparisons on a date's first and last day), any-element
/// tests on lists, entities by their gazetteer ids (the checker has resolved every name and
/// alias), a missing value that never passes a test nor its negation, and the corpus's order
/// of rows (articles by file, rows by their place in the article) as the last key of every sort.
///
/// Text compares as DQL compares it (`NameKey`: case, apostrophes, dashes and spaces folded),
/// by an expression in DuckDB and Spark; SQLite cannot fold non-ASCII letters, so there only
/// enumerations (whose values are folded already) and entity names (kept folded in
/// `aliases.key`) compare.
///
/// What has no exact SQL form yet is not approximated: `SQLUnsupported` names it. That is,
/// today: free text in SQLite, `has` and `matches`, `place = ` a name, paths
/// (`speaker.description`), lists in `show` and `count by`, named results and stages,
/// conditions after `limit` or on a shaped table, `sum`/`avg`/`min`/`max`, computed columns,
/// `context`, `kwic`, conflicts.
public struct SQLCompiler: Sendable {
    public let dialect: SQLDialect

    public init(dialect: SQLDialect) {
        self.dialect = dialect
    }

    public func compile(_ plan: LogicalPlan) throws -> String {
        var query = Query(dialect: dialect)
        return try query.compile(plan)
    }

    /// One compilation: the joins the fields turn out to need are noted as it goes.
    private struct Query {
        let dialect: SQLDialect
        var schema = SQLSchema.articles
        var usesSentence = false

        init(dialect: SQLDialect) {
            self.dialect = dialect
        }

        mutating func compile(_ plan: LogicalPlan) throws -> String {
            let sourceName = plan.source.name
            switch plan.origin {
            case .source: break
            case .namedRows(let name, _), .namedTable(let name, _):
                throw SQLUnsupported("a result kept with let has no SQL form yet", near: name,
                                     hint: "write the statement that made it in full, e.g. \(sourceName) where ...")
            case .stage:
                throw SQLUnsupported("a shape after a shape has no SQL form yet", near: sourceName)
            }
            guard let schema = SQLSchema.of(sourceName) else {
                throw SQLUnsupported("\(sourceName) has no table in the export yet, so no SQL form", near: sourceName)
            }
            self.schema = schema
            var conditions: [String] = []
            var sortKeys: [String] = []
            var limit: Int?
            for step in plan.rowSteps {
                switch step {
                case .filter(let predicate):
                    guard limit == nil else { throw SQLUnsupported("a condition after limit has no SQL form yet", near: "limit") }
                    conditions.append(try condition(predicate))
                case .date(let range):
                    guard limit == nil else { throw SQLUnsupported("a date filter after limit has no SQL form yet", near: "limit") }
                    conditions.append(try dateFilter(range, source: sourceName))
                case .sort(let keys):
                    guard sortKeys.isEmpty, limit == nil else { throw SQLUnsupported("a second sort has no SQL form yet", near: "sort") }
                    for key in keys { sortKeys += try order(key.field, descending: key.descending) }
                case .limit(let n):
                    limit = min(limit ?? n, n)
                }
            }
            var corpusOrder: [String] = []
            for key in schema.order { corpusOrder.append(column(key)) }
            let select: String
            var group = ""
            var orderBy: [String]
            switch plan.shape {
            case nil:
                select = "SELECT t.*"
                orderBy = sortKeys + corpusOrder
            case .show(let fields)?:
                select = "SELECT " + (try fields.map { "\(try shown($0)) AS \(dialect.name($0.name))" }).joined(separator: ", ")
                orderBy = sortKeys + corpusOrder
            case .count?:
                guard limit == nil else { throw SQLUnsupported("count after limit has no SQL form yet", near: "count") }
                select = "SELECT count(*) AS \(dialect.name("count"))"
                orderBy = []
            case .countBy(let fields)?:
                guard limit == nil else { throw SQLUnsupported("count by after limit has no SQL form yet", near: "count") }
                let values = try fields.map { try shown($0) }
                select = "SELECT " + zip(values, fields).map { "\($0) AS \(dialect.name($1.name))" }.joined(separator: ", ")
                    + ", count(*) AS \(dialect.name("count"))"
                group = "GROUP BY " + (1...fields.count).map(String.init).joined(separator: ", ")
                // Most frequent first, ties by value: as `count by` lists its groups.
                orderBy = ["\(dialect.name("count")) DESC"] + (1...fields.count).map { "\($0)" }
            case .distinct(let fields)?:
                guard limit == nil else { throw SQLUnsupported("distinct after limit has no SQL form yet", near: "distinct") }
                select = "SELECT DISTINCT " + (try fields.map { "\(try shown($0)) AS \(dialect.name($0.name))" }).joined(separator: ", ")
                orderBy = (1...fields.count).map { "\($0)" }
            case .aggregate(let function, _, _)?:
                throw SQLUnsupported("\(function.rawValue) has no SQL form yet", near: function.rawValue)
            case .context?:
                throw SQLUnsupported("context has no SQL form: it reads the sentences around each row", near: "context")
            case .kwic?:
                throw SQLUnsupported("kwic has no SQL form: it cuts each line around the words", near: "kwic")
            }
            for step in plan.tableSteps {
                switch step {
                case .filter:
                    throw SQLUnsupported("a condition on a shaped table has no SQL form yet", near: "where")
                case .sort(let keys):
                    orderBy = keys.map { "\($0.column + 1)" + ($0.descending ? " DESC" : "") } + orderBy
                case .limit(let n):
                    limit = min(limit ?? n, n)
                }
            }
            var lines = [select, "FROM \(dialect.name(schema.table)) t"]
            if schema.inArticles {
                lines.append("  LEFT JOIN \(dialect.name("articles")) a ON a.\(dialect.name("id")) = t.\(dialect.name("article"))")
            }
            if schema.inSentences, usesSentence {
                lines.append("  LEFT JOIN \(dialect.name("sentences")) s ON s.\(dialect.name("article")) = t.\(dialect.name("article"))"
                    + " AND s.\(dialect.name("n")) = t.\(dialect.name("sentence"))")
            }
            if !conditions.isEmpty { lines.append("WHERE " + conditions.joined(separator: "\n  AND ")) }
            if !group.isEmpty { lines.append(group) }
            if !orderBy.isEmpty { lines.append("ORDER BY " + orderBy.joined(separator: ", ")) }
            if let limit { lines.append("LIMIT \(limit)") }
            return lines.joined(separator: "\n") + ";"
        }

        // MARK: - Columns

        mutating func column(_ column: SQLColumn) -> String {
            if column.table == "s" { usesSentence = true }
            return column.table + "." + dialect.name(column.name)
        }

        func field(_ field: Field) throws -> SQLField {
            guard let found = schema.fields[field.key] else {
                let what = field.key.contains(".") ? "the path '\(field.key)'" : "the field '\(field.key)'"
                throw SQLUnsupported("\(what) has no SQL form yet", near: field.key.split(separator: ".").first.map(String.init) ?? field.key)
            }
            return found
        }

        /// A value that one expression gives: a column, or one computed from columns.
        mutating func scalar(_ field: SQLField) -> String? {
            switch field {
            case .value(let c): return column(c)
            case .computed(let make): return make({ $0.table + "." + dialect.name($0.name) }, dialect)
            default: return nil
            }
        }

        /// A date's text, first and last day, with its fallback when it has one.
        mutating func dateParts(_ field: SQLField) -> (text: String, first: String, last: String)? {
            guard case .date(let text, let first, let last, let fallback) = field else { return nil }
            guard let fallback else { return (column(text), column(first), column(last)) }
            return ("COALESCE(\(column(text)), \(column(fallback.text)))", "COALESCE(\(column(first)), \(column(fallback.first)))",
                    "COALESCE(\(column(last)), \(column(fallback.last)))")
        }

        /// A field as a column of the result: an entity by its name.
        mutating func shown(_ field: Field) throws -> String {
            let sql = try self.field(field)
            switch sql {
            case .value, .computed: return scalar(sql) ?? "NULL"
            case .date: return dateParts(sql)?.text ?? "NULL"
            case .entity(let id, let written):
                let name = "(SELECT e.\(dialect.name("name")) FROM \(dialect.name("entities")) e WHERE e.\(dialect.name("id")) = \(column(id)))"
                return written.map { "COALESCE(\(name), \(column($0)))" } ?? name
            case .entities:
                throw SQLUnsupported("a list ('\(field.name)') as a column has no SQL form yet", near: field.name)
            }
        }

        // MARK: - Conditions

        /// A condition that is true or false, never null, so that `not` and `!=` treat a
        /// missing value as DQL does.
        mutating func condition(_ predicate: Predicate) throws -> String {
            switch predicate {
            case .and(let parts): return "(" + (try parts.map { try condition($0) }).joined(separator: " AND ") + ")"
            case .or(let parts): return "(" + (try parts.map { try condition($0) }).joined(separator: " OR ") + ")"
            case .not(let inner): return "NOT \(try condition(inner))"
            case .test(let field, let test): return try self.test(field, test)
            }
        }

        mutating func test(_ field: Field, _ test: Test) throws -> String {
            let sql = try self.field(field)
            switch test {
            case .isNull:
                return "NOT \(present(sql))"
            case .negated(.isNull):
                return present(sql)
            case .negated(let inner):
                // DQL: a missing value passes neither a test nor its negation.
                return "(\(present(sql)) AND NOT \(try positive(field, sql, inner)))"
            default:
                return try positive(field, sql, test)
            }
        }

        mutating func present(_ sql: SQLField) -> String {
            switch sql {
            case .value, .computed: return "(\(scalar(sql) ?? "NULL") IS NOT NULL)"
            case .date: return "(\(dateParts(sql)?.first ?? "NULL") IS NOT NULL)"
            case .entity(let id, let written):
                return "(\(column(id)) IS NOT NULL" + (written.map { " OR \(column($0)) IS NOT NULL" } ?? "") + ")"
            case .entities(let table, let on, _):
                return "EXISTS (SELECT 1 FROM \(dialect.name(table)) l WHERE \(links(on)))"
            }
        }

        mutating func links(_ on: [(link: String, row: SQLColumn)]) -> String {
            on.map { "l.\(dialect.name($0.link)) = \(column($0.row))" }.joined(separator: " AND ")
        }

        /// The test itself, true or false.
        mutating func positive(_ field: Field, _ sql: SQLField, _ test: Test) throws -> String {
            let falseValue = dialect.boolean(false)
            func never(_ expression: String) -> String { "COALESCE(\(expression), \(falseValue))" }
            let value = scalar(sql)
            switch (test, value) {
            case (.numberCompare(let op, let n), let value?):
                return never("\(value) \(try symbol(op, field)) \(dialect.number(n))")
            case (.numberIn(let values), let value?):
                return never("\(value) IN (\(values.sorted().map(dialect.number).joined(separator: ", ")))")
            case (.boolEqual(let b), let value?):
                return never("\(value) = \(dialect.boolean(b))")
            case (.textEqual(let keys), let value?) where field.type == .enumeration:
                // An enumeration's values are already folded (lower case, plain apostrophes).
                return never("lower(\(value)) IN (\(keys.sorted().map(dialect.string).joined(separator: ", ")))")
            case (.textEqual(let keys), let value?):
                guard let key = dialect.key(value) else { break }
                return never("\(key) IN (\(keys.sorted().map(dialect.string).joined(separator: ", ")))")
            case (.textContains(let key, _), let value?):
                guard let folded = dialect.key(value) else { break }
                return never("instr(\(folded), \(dialect.string(key))) > 0")
            case (.textOrder(let op, let key), let value?):
                guard let folded = dialect.key(value) else { break }
                return never("\(folded) \(try symbol(op, field)) \(dialect.string(key))")
            default:
                break
            }
            switch (test, sql) {
            case (.entityContains(let key), .entity(let id, _)):
                // Any of the entity's names: the export keeps each folded in aliases.key.
                return "EXISTS (SELECT 1 FROM \(dialect.name("aliases")) al WHERE al.\(dialect.name("entity")) = \(column(id))"
                    + " AND instr(al.\(dialect.name("key")), \(dialect.string(key))) > 0)"
            case (.entityContains(let key), .entities(let table, let on, let entity)):
                return "EXISTS (SELECT 1 FROM \(dialect.name(table)) l JOIN \(dialect.name("aliases")) al ON al.\(dialect.name("entity")) = l.\(dialect.name(entity))"
                    + " WHERE \(links(on)) AND instr(al.\(dialect.name("key")), \(dialect.string(key))) > 0)"
            case (.dateCompare(let op, let date), .date):
                guard let parts = dateParts(sql) else { break }
                switch op {
                case .equal: return never("\(parts.text) = \(dialect.string(date.description))")
                case .less: return never("\(parts.last) < \(dialect.day(date.firstDay))")
                case .greater: return never("\(parts.first) > \(dialect.day(date.lastDay))")
                case .lessEqual: return never("\(parts.last) <= \(dialect.day(date.lastDay))")
                case .greaterEqual: return never("\(parts.first) >= \(dialect.day(date.firstDay))")
                default: break
                }
            case (.dateIn(let dates), .date):
                guard let parts = dateParts(sql) else { break }
                return never("\(parts.text) IN (\(dates.map { dialect.string($0.description) }.joined(separator: ", ")))")
            case (.entityIn(let ids), .entity(let id, _)):
                return never("\(column(id)) IN (\(ids.sorted().map(String.init).joined(separator: ", ")))")
            case (.entityIn(let ids), .entities(let table, let on, let entity)):
                return "EXISTS (SELECT 1 FROM \(dialect.name(table)) l WHERE \(links(on)) AND l.\(dialect.name(entity)) IN ("
                    + ids.sorted().map(String.init).joined(separator: ", ") + "))"
            case (.rowIn(let ids), _) where schema.table == "entities":
                return "t.\(dialect.name("id")) IN (\(ids.sorted().map(String.init).joined(separator: ", ")))"
            default:
                break
            }
            throw SQLUnsupported(unsupported(test, field), near: field.name,
                                 hint: dialect == .sqlite ? "compile for DuckDB: dossier sql --dialect duckdb" : nil)
        }

        func unsupported(_ test: Test, _ field: Field) -> String {
            // SQLite's lower() folds only ASCII letters, and it has no regular expressions to
            // fold runs of spaces with: text compares exactly in DuckDB and Spark only.
            let inSQLite = dialect == .sqlite ? " in SQLite (its lower() folds only ASCII letters); DuckDB and Spark have one" : " yet"
            switch test {
            case .textEqual: return "text equality on '\(field.name)' has no exact SQL form\(inSQLite)"
            case .textNaming: return "'\(field.name)' = a name or an alias has no SQL form yet"
            case .textContains: return "contains on '\(field.name)' has no exact SQL form\(inSQLite)"
            case .textOrder: return "ordering text ('\(field.name)') has no exact SQL form\(inSQLite)"
            case .textHas, .entityHas: return "has on '\(field.name)' has no exact SQL form yet (whole words by Unicode letters and digits)"
            case .matches: return "matches on '\(field.name)' has no SQL form yet (the engines' regular expressions differ)"
            default: return "this test on '\(field.name)' has no SQL form yet"
            }
        }

        func symbol(_ op: Comparison.Operator, _ field: Field) throws -> String {
            switch op {
            case .equal: return "="
            case .notEqual: return "<>"
            case .less: return "<"
            case .lessEqual: return "<="
            case .greater: return ">"
            case .greaterEqual: return ">="
            default: throw SQLUnsupported("'\(op.rawValue)' on '\(field.name)' has no SQL form", near: field.name)
            }
        }

        /// `after`, `before`, `on` and `between` on the source's natural date.
        mutating func dateFilter(_ range: DateRange, source: String) throws -> String {
            guard let natural = schema.naturalDate, let parts = dateParts(natural) else {
                throw SQLUnsupported("\(source) have no date to filter on", near: source)
            }
            let falseValue = dialect.boolean(false)
            switch range.relation {
            case .after: return "COALESCE(\(parts.first) > \(dialect.day(range.last)), \(falseValue))"
            case .before: return "COALESCE(\(parts.last) < \(dialect.day(range.first)), \(falseValue))"
            case .within:
                return "COALESCE(\(parts.first) >= \(dialect.day(range.first)) AND \(parts.last) <= \(dialect.day(range.last)), \(falseValue))"
            }
        }

        // MARK: - Order

        /// The keys of `sort by`: missing values last in either direction, as DQL sorts.
        mutating func order(_ field: Field, descending: Bool) throws -> [String] {
            let direction = descending ? " DESC" : ""
            let sql = try self.field(field)
            switch sql {
            case .value, .computed:
                guard field.type == .number || field.type == .boolean || field.type == .enumeration else { break }
                let name = scalar(sql) ?? "NULL"
                return ["(\(name) IS NULL)", name + direction]
            case .date:
                guard let parts = dateParts(sql) else { break }
                return ["(\(parts.first) IS NULL)", parts.first + direction, parts.last + direction]
            default:
                break
            }
            throw SQLUnsupported("sorting by '\(field.name)' has no exact SQL form yet (text sorts by its folded form)", near: field.name,
                                 hint: "sort by a number, a date or an enumeration")
        }
    }
}
