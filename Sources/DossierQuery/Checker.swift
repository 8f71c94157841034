import DossierCorpus
import DossierDiagnostics

/// The second stage of a statement: validates a parsed query against the schema and the
/// corpus before anything runs, and turns it into a `LogicalPlan`. It resolves names,
/// types and entities, and chooses nothing about how the rows are found (that is the
/// `Planner`'s work). Every problem is a located diagnostic with a hint.
public struct Checker {
    let environment: Environment
    let text: SourceText
    public private(set) var diagnostics: [Diagnostic] = []

    public init(environment: Environment, text: SourceText) {
        self.environment = environment
        self.text = text
    }

    private var corpus: Corpus { environment.corpus }

    /// The logical plan of a query, or nil with the reasons in `diagnostics`.
    public mutating func check(_ query: Query) -> LogicalPlan? {
        guard var plan = origin(query.origin) else { return nil }
        var columns: [String]?
        for clause in query.clauses {
            if let known = columns, clause.isShape {
                // A shape after a shape starts a stage that reads the table made so far.
                let box = TableBox(ResultSet(columns: known, rows: [], columnTypes: plan.columnTypes))
                plan = LogicalPlan(source: TableSchema.of(box, named: "the table"), origin: .stage(plan, box: box))
                columns = nil
            }
            if let columns {
                guard tableClause(clause, columns: columns, plan: &plan) else { return nil }
            } else {
                guard rowClause(clause, plan: &plan) else { return nil }
            }
            if let shape = plan.shape, columns == nil { columns = shape.columns }
        }
        return plan
    }

    // MARK: - Origin

    private mutating func origin(_ name: Name) -> LogicalPlan? {
        if let schema = Schema.source(named: name.text) {
            return LogicalPlan(source: schema, origin: .source)
        }
        if let named = environment.named[name.text] {
            switch named {
            case .rows(let sourceName, let rows):
                guard let schema = Schema.source(named: sourceName) else { return nil }
                return LogicalPlan(source: schema, origin: .namedRows(name: name.text, rows: rows))
            case .table(let table):
                return LogicalPlan(source: TableSchema.of(table, named: name.text), origin: .namedTable(name: name.text, table: table))
            }
        }
        let candidates = Schema.sources.map(\.name) + environment.named.keys.sorted()
        let suggestion = Suggestions.closest(to: name.text, among: candidates)
        report(name.span, "unknown source or name '\(name.text)'",
               hint: suggestion.map { "did you mean '\($0)'? e.g. \($0) count" }
                   ?? "sources are \(Parser.sourceList); named results come from let, e.g. let t = events where kind = \"protest\"")
        return nil
    }

    // MARK: - Clauses on rows

    private mutating func rowClause(_ clause: Clause, plan: inout LogicalPlan) -> Bool {
        let schema = plan.source
        switch clause {
        case .where(let condition, _):
            guard let predicate = predicate(condition, schema: schema) else { return false }
            plan.rowSteps.append(.filter(predicate))
        case .date(let filter, let span):
            guard let range = dateRange(filter, schema: schema, span: span) else { return false }
            plan.rowSteps.append(.date(range))
        case .sort(let keys, _):
            var resolved: [(field: Field, descending: Bool)] = []
            for key in keys {
                guard let field = field(key.field, in: schema) else { return false }
                resolved.append((field, key.descending))
            }
            plan.rowSteps.append(.sort(resolved))
        case .limit(let literal, _):
            guard let n = limit(literal) else { return false }
            plan.rowSteps.append(.limit(n))
        case .show(let names, _):
            guard let fields = fields(names, in: schema) else { return false }
            plan.shape = .show(fields)
        case .count(let names, _):
            guard let fields = fields(names, in: schema) else { return false }
            guard groupsFew(fields, names) else { return false }
            plan.shape = fields.isEmpty ? .count : .countBy(fields)
        case .distinct(let names, _):
            guard let fields = fields(names, in: schema) else { return false }
            guard groupsFew(fields, names) else { return false }
            plan.shape = .distinct(fields)
        case .context(let literal, let span):
            guard schema.name == "sentences" else {
                report(span, "'context' shows sentences around sentences; \(schema.name) are not sentences",
                       hint: "sentences where text has \"troops\" context 1, or kwic for the words around a hit: \(schema.name) kwic")
                return false
            }
            guard let n = limit(literal), n <= 20 else {
                if case .number(let n) = literal.kind, n > 20 { report(literal.span, "'context' shows at most 20 sentences either side", hint: "context 2") }
                return false
            }
            plan.shape = .context(n)
        case .kwic(let term, let widthLiteral, let span):
            var width = 40
            if let widthLiteral {
                guard let n = limit(widthLiteral) else { return false }
                guard (5...200).contains(n) else {
                    report(widthLiteral.span, "'width' is the characters shown either side of a hit, from 5 to 200", hint: "kwic \"troops\" width 40")
                    return false
                }
                width = n
            }
            if schema.name == "sentences" {
                guard let term else {
                    // After a has or a contains on the text, its words.
                    if let (key, whole) = Checker.textSearched(in: plan.rowSteps) {
                        plan.shape = .kwic(key: key, wholeWords: whole, width: width, text: nil)
                        return true
                    }
                    report(span, "'kwic' on sentences needs the words to show in context",
                           hint: "sentences kwic \"terrorists\" width 40, or sentences where text has \"terrorists\" kwic")
                    return false
                }
                guard let kind = resolved(term) else { return false }
                guard case .string(let text) = kind, WordBoundary.edges(of: NameKey.of(text)) != nil else {
                    report(term.span, "'kwic' takes its words in double quotes", hint: "sentences kwic \"terrorists\"")
                    return false
                }
                let key = NameKey.of(text)
                plan.shape = .kwic(key: key, wholeWords: true, width: width, text: nil)
            } else if let text = schema.fields.first(where: { $0.name == "text" && $0.slice != nil }) {
                if let term {
                    report(term.span, "'kwic' on \(schema.name) shows each row's own words: it takes no words",
                           hint: "\(schema.name) where text has \"...\" kwic, or sentences kwic \"...\"")
                    return false
                }
                plan.shape = .kwic(key: nil, wholeWords: true, width: width, text: text)
            } else {
                report(span, "\(schema.name) have no words in an article to show in context",
                       hint: "kwic works on sentences (sentences kwic \"troops\") and on quotes, mentions, figures and dates")
                return false
            }
        case .aggregate(let function, let name, let names, _):
            guard let field = field(name, in: schema) else { return false }
            guard function.accepts(field.type) else {
                let numbers = schema.fields.filter { function.accepts($0.type) && $0.type == .number }.map(\.name)
                report(name.span, "'\(function.rawValue)' \(function == .min || function == .max ? "compares numbers or dates" : "adds numbers"); '\(field.name)' is \(field.type == .enumeration ? "an enumeration" : "a \(field.type.rawValue)")",
                       hint: numbers.first.map { "\(schema.name) \(function.rawValue) \($0)" + (numbers.count > 1 ? " (numbers of \(schema.name): \(numbers.joined(separator: ", ")))" : "") }
                           ?? "count the values instead: \(schema.name) count distinct \(field.name)")
                return false
            }
            guard let by = fields(names, in: schema) else { return false }
            guard groupsFew(by, names) else { return false }
            plan.shape = .aggregate(function, field, by: by)
        }
        return true
    }

    // MARK: - Clauses on a table

    private mutating func tableClause(_ clause: Clause, columns: [String], plan: inout LogicalPlan) -> Bool {
        switch clause {
        case .sort(let keys, _):
            var resolved: [(column: Int, descending: Bool)] = []
            for key in keys {
                guard let column = columns.firstIndex(where: { $0 == key.field.text.lowercased() }) else {
                    report(key.field.span, "'\(key.field.text)' is not a column of this result",
                           hint: "its columns are \(columns.joined(separator: ", ")), e.g. sort by \(columns.last ?? "count") desc")
                    return false
                }
                resolved.append((column, key.descending))
            }
            plan.tableSteps.append(.sort(resolved))
        case .limit(let literal, _):
            guard let n = limit(literal) else { return false }
            plan.tableSteps.append(.limit(n))
        case .where(let condition, _):
            // A condition on the table's columns, such as the count of each group. A field of
            // the rows that the shape left out most likely belongs before the shape.
            if let lost = Checker.comparisons(in: condition).first(where: { comparison in
                !columns.contains(comparison.field.text.lowercased()) && plan.source.field(named: comparison.field.text) != nil
            }) {
                report(lost.field.span, "'\(lost.field.text)' is not a column of the table made before this 'where' (\(columns.joined(separator: ", ")))",
                       hint: "filter the rows before the shape: \(plan.source.name) where \(lost.field.text) ... show \(columns.joined(separator: ", "))")
                return false
            }
            let table = TableSchema.of(ResultSet(columns: columns, rows: [], columnTypes: plan.columnTypes), named: "the table")
            guard let predicate = predicate(condition, schema: table) else { return false }
            plan.tableSteps.append(.filter(predicate))
        default:
            report(clause.span, "'\(clause.keyword)' cannot follow show, count or distinct",
                   hint: "filter first, then shape: events where kind = \"protest\" count by place; after a shape come where, sort, limit or another shape, on the table's columns")
            return false
        }
        return true
    }

    /// A computed column as a field of its own: arithmetic on numbers (null when a value is
    /// missing or a division is by zero) and the functions of `ColumnFunction.all`.
    private mutating func computed(_ expression: Expression, at span: SourceSpan, in schema: SourceSchema) -> Field? {
        switch expression {
        case .field(let name):
            return field(name, in: schema)
        case .number(let n, _):
            return Field(Value.number(n).display, .number, "a number") { _, _ in .number(n) }
        case .negate(let inner):
            guard let operand = number(inner, at: span, in: schema, for: "-") else { return nil }
            let value = operand.value
            return Field("-" + operand.name, .number, "the opposite of \(operand.name)") { corpus, row in
                if case .number(let x) = value(corpus, row) { return .number(-x) }
                return .null
            }
        case .binary(let op, let left, let right):
            guard let a = number(left, at: span, in: schema, for: String(op)),
                  let b = number(right, at: span, in: schema, for: String(op)) else { return nil }
            let (x, y) = (a.value, b.value)
            return Field(Printer.print(expression), .number, "computed") { corpus, row in
                guard case .number(let p) = x(corpus, row), case .number(let q) = y(corpus, row) else { return .null }
                switch op {
                case "+": return .number(p + q)
                case "-": return .number(p - q)
                case "*": return .number(p * q)
                default: return q == 0 ? .null : .number(p / q)
                }
            }
        case .call(let function, let argument):
            let key = function.text.lowercased()
            guard let signature = ColumnFunction.all[key] else {
                let suggestion = Suggestions.closest(to: function.text, among: ColumnFunction.all.keys)
                report(function.span, "unknown function '\(function.text)'",
                       hint: (suggestion.map { "did you mean '\($0)'? " } ?? "") + "functions are " + ColumnFunction.all.keys.sorted().joined(separator: ", ")
                           + ", e.g. events count by month(date)")
                return nil
            }
            guard let operand = computed(argument, at: span, in: schema) else { return nil }
            let fits = signature.takes == .date ? operand.type == .date
                : [.text, .enumeration, .entity, .textList, .entityList].contains(operand.type)
            guard fits else {
                report(function.span, "\(key) takes \(signature.takes == .date ? "a date" : "text"); '\(operand.name)' is \(operand.type == .enumeration ? "an enumeration" : "a \(operand.type.rawValue)")",
                       hint: signature.takes == .date ? "events count by \(key)(date)" : "entities show \(key)(name)")
                return nil
            }
            let value = operand.value
            return Field("\(key)(\(operand.name))", signature.gives, signature.summary) { corpus, row in
                ColumnFunction.apply(key, to: value(corpus, row))
            }
        }
    }

    /// A sub-expression that must be a number, or nil (reported).
    private mutating func number(_ expression: Expression, at span: SourceSpan, in schema: SourceSchema, for op: String) -> Field? {
        guard let field = computed(expression, at: span, in: schema) else { return nil }
        guard field.type == .number else {
            report(span, "'\(op)' works on numbers; '\(field.name)' is \(field.type == .enumeration ? "an enumeration" : "a \(field.type.rawValue)")",
                   hint: "conflicts show what, high - low as spread")
            return nil
        }
        return field
    }

    /// A dotted path, through the links between sources (see `FieldPath`).
    private mutating func path(_ name: Name, in schema: SourceSchema) -> Field? {
        switch FieldPath.resolve(name.text, in: schema) {
        case .field(let field):
            return field
        case .unknownLink(let part, let source, let links):
            let suggestion = Suggestions.closest(to: part, among: links)
            report(name.span, "'\(part).' leads nowhere from \(source.name)",
                   hint: links.isEmpty ? "\(source.name) link to no other rows; their fields are \(source.fields.map(\.name).joined(separator: ", "))"
                       : (suggestion.map { "did you mean '\($0).'? " } ?? "") + "from \(source.name), a path starts with "
                       + links.map { $0 + "." }.joined(separator: ", ") + " e.g. \(links[0]).\(Schema.source(named: Schema.links(of: source.name)[0].target)?.fields.first?.name ?? "name")")
            return nil
        case .unknownField(let part, let source):
            let suggestion = Suggestions.closest(to: part, among: source.fields.map(\.name) + source.fields.flatMap(\.synonyms))
            report(name.span, "\(source.name) have no field '\(part)'",
                   hint: (suggestion.map { "did you mean '\($0)'? " } ?? "") + "fields of \(source.name): " + source.fields.map(\.name).joined(separator: ", "))
            return nil
        }
    }

    /// A row counts in each combination of its list fields' elements: two list fields at
    /// most in one `by`, so that the groups of a row stay few.
    private mutating func groupsFew(_ fields: [Field], _ names: [Name]) -> Bool {
        let lists = fields.indices.filter { fields[$0].type == .entityList || fields[$0].type == .textList }
        guard lists.count > 2, names.indices.contains(lists[2]) else { return true }
        report(names[lists[2]].span, "at most two list fields in one 'by': each row counts once for every combination of their elements",
               hint: "group by fewer lists, e.g. events count by actors, kind")
        return false
    }

    /// The words the first `has` or `contains` on a text field looks for, and whether as
    /// whole words: what a `kwic` with no words of its own shows.
    static func textSearched(in steps: [RowStep]) -> (String, Bool)? {
        func find(_ predicate: Predicate) -> (String, Bool)? {
            switch predicate {
            case .and(let parts), .or(let parts): return parts.lazy.compactMap(find).first
            case .not: return nil
            case .test(let field, .textHas(let key, _)) where field.name == "text": return (key, true)
            case .test(let field, .textContains(let key, _)) where field.name == "text": return (key, false)
            case .test: return nil
            }
        }
        for step in steps {
            if case .filter(let predicate) = step, let found = find(predicate) { return found }
        }
        return nil
    }

    /// Every comparison of a condition, in order.
    static func comparisons(in condition: Condition) -> [Comparison] {
        switch condition {
        case .and(let parts), .or(let parts): return parts.flatMap(comparisons)
        case .not(let inner, _): return comparisons(in: inner)
        case .comparison(let comparison): return [comparison]
        }
    }

    // MARK: - Names and values

    /// The fields of a list of names, or nil (reported) at the first that is wrong.
    private mutating func fields(_ names: [Name], in schema: SourceSchema) -> [Field]? {
        var fields: [Field] = []
        for name in names {
            guard let field = field(name, in: schema) else { return nil }
            fields.append(field)
        }
        return fields
    }

    private mutating func field(_ name: Name, in schema: SourceSchema) -> Field? {
        if let expression = name.expression {
            guard var field = computed(expression, at: name.span, in: schema) else { return nil }
            field.name = name.text
            return field
        }
        if let field = schema.field(named: name.text) { return field }
        if name.text.contains(".") { return path(name, in: schema) }
        let names = schema.fields.map(\.name) + schema.fields.flatMap(\.synonyms)
        let suggestion = Suggestions.closest(to: name.text, among: names)
        if schema.isTable {
            report(name.span, "\(schema.name) has no column '\(name.text)'",
                   hint: (suggestion.map { "did you mean '\($0)'? " } ?? "") + "columns of \(schema.name): " + schema.fields.map(\.name).joined(separator: ", "))
            return nil
        }
        let elsewhere = Schema.sources.filter { $0.name != schema.name && $0.field(named: name.text) != nil }.map(\.name)
        var message = "\(schema.name) have no field '\(name.text)'"
        if !elsewhere.isEmpty { message += " (\(elsewhere.joined(separator: " and ")) do)" }
        report(name.span, message,
               hint: (suggestion.map { "did you mean '\($0)'? " } ?? "") + "fields of \(schema.name): " + schema.fields.map(\.name).joined(separator: ", "))
        return nil
    }

    private mutating func limit(_ literal: Literal) -> Int? {
        switch resolved(literal) {
        // A bound past any corpus is no bound: it is held at 2^53, where doubles stay whole.
        case .number(let n)? where n >= 0 && n.rounded() == n:
            return Int(min(n, 9_007_199_254_740_992))
        case .string(let s)? where (Int(s) ?? -1) >= 0:
            return Int(s)
        case nil:
            return nil
        default:
            report(literal.span, "'limit' takes a whole number", hint: "events limit 10")
            return nil
        }
    }

    /// A literal with parameters replaced by their values; nil (reported) when unset.
    private mutating func resolved(_ literal: Literal) -> Literal.Kind? {
        guard case .parameter(let name) = literal.kind else { return literal.kind }
        guard let value = environment.parameters[name] else {
            report(literal.span, "parameter $\(name) is not set",
                   hint: "set it with dossier --param \(name)=VALUE script.dq, or in the REPL with .param \(name) VALUE")
            return nil
        }
        return .string(value)
    }

    /// A literal with a parameter replaced by its value, read as the field's type: a
    /// parameter's text becomes a number, a date or a boolean where the field wants one.
    private mutating func typed(_ literal: Literal, for field: Field) -> Literal.Kind? {
        guard case .parameter(let name) = literal.kind else { return literal.kind }
        guard case .string(let text)? = resolved(literal) else { return nil }
        let kind: Literal.Kind?
        switch field.type {
        case .number: kind = Double(text).map(Literal.Kind.number)
        case .date: kind = PartialDate.parse(text).map(Literal.Kind.date)
        case .boolean: kind = ["true", "false"].contains(text.lowercased()) ? .bool(text.lowercased() == "true") : nil
        default: kind = .string(text)
        }
        guard let kind else {
            report(literal.span, "parameter $\(name) is '\(text)', which is not a \(field.type.rawValue)",
                   hint: "set it to a \(field.type.rawValue), e.g. --param \(name)=\(field.type == .date ? "2022-01-05" : field.type == .number ? "10" : "true")")
            return nil
        }
        return kind
    }

    // MARK: - Dates

    private mutating func dateRange(_ filter: DateFilter, schema: SourceSchema, span: SourceSpan) -> DateRange? {
        guard schema.naturalDate != nil else {
            report(span, "\(schema.name) have no date to filter on",
                   hint: "dates filter articles, sentences and events, e.g. events after 2022-01-05")
            return nil
        }
        switch filter {
        case .after(let literal):
            guard let date = date(literal, keyword: "after") else { return nil }
            return DateRange(relation: .after, first: date.firstDay, last: date.lastDay)
        case .before(let literal):
            guard let date = date(literal, keyword: "before") else { return nil }
            return DateRange(relation: .before, first: date.firstDay, last: date.lastDay)
        case .on(let literal):
            guard let date = date(literal, keyword: "on") else { return nil }
            return DateRange(relation: .within, first: date.firstDay, last: date.lastDay)
        case .between(let from, let to):
            guard let first = date(from, keyword: "between"), let last = date(to, keyword: "and") else { return nil }
            guard first.firstDay <= last.lastDay else {
                report(span, "'between \(first) and \(last)' is empty: the first date is after the second",
                       hint: "between \(last) and \(first)")
                return nil
            }
            return DateRange(relation: .within, first: first.firstDay, last: last.lastDay)
        }
    }

    private mutating func date(_ literal: Literal, keyword: String) -> PartialDate? {
        switch resolved(literal) {
        case .date(let date)?:
            return date
        case .string(let text)?:
            if let date = PartialDate.parse(text) { return date }
            report(literal.span, "'\(text)' is not a date", hint: "\(keyword) 2022-01-05 (or 2022-01, or 2022)")
            return nil
        case nil:
            return nil
        default:
            report(literal.span, "expected a date", hint: "\(keyword) 2022-01-05 (or 2022-01, or 2022)")
            return nil
        }
    }

    // MARK: - Conditions

    private mutating func predicate(_ condition: Condition, schema: SourceSchema) -> Predicate? {
        switch condition {
        case .and(let parts):
            // Every part is checked, so that each mistake is reported.
            let checked = parts.map { predicate($0, schema: schema) }
            guard !checked.contains(where: { $0 == nil }) else { return nil }
            return .and(checked.compactMap { $0 })
        case .or(let parts):
            let checked = parts.map { predicate($0, schema: schema) }
            guard !checked.contains(where: { $0 == nil }) else { return nil }
            return .or(checked.compactMap { $0 })
        case .not(let inner, _):
            return predicate(inner, schema: schema).map(Predicate.not)
        case .comparison(let comparison):
            guard let field = field(comparison.field, in: schema),
                  let test = test(field, comparison, schema: schema) else { return nil }
            return .test(field, test)
        }
    }

    private mutating func test(_ field: Field, _ comparison: Comparison, schema: SourceSchema) -> Test? {
        let op = comparison.op
        let literal = comparison.value
        if op == .matches { return regex(comparison) }
        if case .null = literal.kind {
            switch op {
            case .equal: return .isNull
            case .notEqual: return .negated(.isNull)
            default:
                report(literal.span, "null can only be compared with = or !=", hint: "events where place != null")
                return nil
            }
        }
        let items: [Literal]
        if case .list(let list) = literal.kind { items = list } else { items = [literal] }
        var kinds: [Literal.Kind] = []
        for item in items {
            guard let kind = typed(item, for: field) else { return nil }
            kinds.append(kind)
        }
        let positive: Test?
        switch field.type {
        case .text, .textList, .enumeration:
            positive = textTest(field, comparison, kinds, schema: schema)
        case .number:
            positive = numberTest(field, comparison, kinds)
        case .date:
            positive = dateTest(field, comparison, kinds)
        case .boolean:
            positive = boolTest(field, comparison, kinds)
        case .entity, .entityList:
            positive = entityTest(field, comparison, kinds)
        }
        guard let positive else { return nil }
        return op == .notEqual || op == .notIn ? .negated(positive) : positive
    }

    private mutating func strings(_ kinds: [Literal.Kind], _ field: Field, _ comparison: Comparison) -> [String]? {
        var result: [String] = []
        for kind in kinds {
            guard case .string(let text) = kind else {
                report(comparison.value.span, "'\(field.name)' is text: compare it with text in double quotes",
                       hint: "\(field.name) \(comparison.op.rawValue) \(comparison.op == .in || comparison.op == .notIn ? "[\"...\"]" : "\"...\"")")
                return nil
            }
            result.append(text)
        }
        return result
    }

    private mutating func textTest(_ field: Field, _ comparison: Comparison, _ kinds: [Literal.Kind], schema: SourceSchema) -> Test? {
        guard let values = strings(kinds, field, comparison) else { return nil }
        let equality: Set<Comparison.Operator> = [.equal, .notEqual, .in, .notIn]
        if equality.contains(comparison.op), schema.name == "entities", field.name == "name" {
            // An entity's name compares as entity fields do: any alias names it.
            var ids = Set<Int>()
            for value in values {
                guard let id = entity(named: value, span: comparison.value.span, field: field) else { return nil }
                ids.insert(id)
            }
            return .rowIn(ids)
        }
        if equality.contains(comparison.op), field.type == .text,
           Schema.links(of: schema.name).contains(where: { $0.isNamed(field.name) && $0.target == "entities" && !$0.many }) {
            // A text that names an entity (an event's place) equals any of its names.
            let ids = Set(values.compactMap { corpus.aliases.entity($0) })
            return .textNaming(Set(values.map(NameKey.of)), entities: ids)
        }
        switch comparison.op {
        case .equal, .notEqual, .in, .notIn:
            if field.type == .enumeration { checkEnumeration(field, values, comparison, schema: schema) }
            return .textEqual(Set(values.map(NameKey.of)))
        case .contains:
            let key = NameKey.of(values[0])
            return .textContains(key, KeyMatcher(key: key))
        case .has:
            let key = NameKey.of(values[0])
            guard WordBoundary.edges(of: key) != nil else {
                report(comparison.value.span, "'has' needs a word to look for", hint: "\(field.name) has \"war\"")
                return nil
            }
            return .textHas(key, KeyMatcher(key: key))
        case .less, .lessEqual, .greater, .greaterEqual:
            return .textOrder(comparison.op, NameKey.of(values[0]))
        case .matches:
            return nil
        }
    }

    /// A value no row has, close to one that some row has, is most likely a typo.
    private mutating func checkEnumeration(_ field: Field, _ values: [String], _ comparison: Comparison, schema: SourceSchema) {
        // The field's group index holds its values: built once and kept, not a scan per statement.
        let present = Set(environment.handle.indexes.group(field, of: schema, in: corpus).values.map(\.display))
        let keys = Set(present.map { NameKey.of($0) })
        // A long list with many unknown values says so for the first three, not for each.
        var unknown = 0
        for value in values where unknown < 3 && !keys.contains(NameKey.of(value)) {
            unknown += 1
            if let suggestion = Suggestions.closest(to: value, among: present) {
                report(comparison.value.span, "no \(schema.name) have \(field.name) '\(value)'",
                       hint: "did you mean \"\(suggestion)\"? values present: \(present.sorted().joined(separator: ", "))")
            }
        }
    }

    private mutating func numberTest(_ field: Field, _ comparison: Comparison, _ kinds: [Literal.Kind]) -> Test? {
        if comparison.op == .contains || comparison.op == .has {
            report(comparison.opSpan, "'\(comparison.op.rawValue)' works on text; '\(field.name)' is a number", hint: "\(field.name) >= 1000")
            return nil
        }
        var numbers: [Double] = []
        for kind in kinds {
            switch kind {
            case .number(let n): numbers.append(n)
            case .string(let s) where Double(s) != nil:
                report(comparison.value.span, "numbers are written without quotes",
                       hint: "\(field.name) \(comparison.op == .in || comparison.op == .notIn ? "in [\(s)]" : "\(comparison.op.rawValue) \(s)")")
                return nil
            case .date(let d) where d.precision == .year: numbers.append(Double(d.year))
            default:
                report(comparison.value.span, "'\(field.name)' is a number: compare it with a bare number",
                       hint: "\(field.name) \(comparison.op == .contains || comparison.op == .has ? ">" : comparison.op.rawValue) 1000")
                return nil
            }
        }
        switch comparison.op {
        case .in, .notIn: return .numberIn(Set(numbers))
        case .equal, .notEqual: return .numberIn([numbers[0]])
        case .contains, .has, .matches:
            report(comparison.opSpan, "'\(comparison.op.rawValue)' works on text; '\(field.name)' is a number",
                   hint: "\(field.name) >= 1000")
            return nil
        default: return .numberCompare(comparison.op, numbers[0])
        }
    }

    private mutating func dateTest(_ field: Field, _ comparison: Comparison, _ kinds: [Literal.Kind]) -> Test? {
        var dates: [PartialDate] = []
        for kind in kinds {
            switch kind {
            case .date(let d): dates.append(d)
            case .number(let n) where n >= 1 && n <= 9999 && n.rounded() == n: dates.append(PartialDate(year: Int(n))!)
            case .string(let s):
                report(comparison.value.span, "dates are written without quotes",
                       hint: "\(field.name) \(comparison.op.rawValue) \(PartialDate.parse(s) != nil ? s : "2022-01-05")")
                return nil
            default:
                report(comparison.value.span, "'\(field.name)' is a date: compare it with a date written bare",
                       hint: "\(field.name) \(comparison.op == .contains || comparison.op == .has ? "=" : comparison.op.rawValue) 2022-01-05 (or 2022-01, or 2022)")
                return nil
            }
        }
        switch comparison.op {
        case .in, .notIn: return .dateIn(dates)
        case .contains, .has, .matches:
            report(comparison.opSpan, "'\(comparison.op.rawValue)' works on text; '\(field.name)' is a date",
                   hint: "events on 2022-01 (every day of January), or \(field.name) >= 2022-01-05")
            return nil
        default: return .dateCompare(comparison.op == .notEqual ? .equal : comparison.op, dates[0])
        }
    }

    private mutating func boolTest(_ field: Field, _ comparison: Comparison, _ kinds: [Literal.Kind]) -> Test? {
        guard comparison.op == .equal || comparison.op == .notEqual, kinds.count == 1 else {
            report(comparison.opSpan, "'\(field.name)' is true or false: compare it with = or !=", hint: "\(field.name) = true")
            return nil
        }
        switch kinds[0] {
        case .bool(let b): return .boolEqual(b)
        case .string(let s) where ["true", "false"].contains(s.lowercased()): return .boolEqual(s.lowercased() == "true")
        default:
            report(comparison.value.span, "'\(field.name)' is true or false", hint: "\(field.name) = true")
            return nil
        }
    }

    private mutating func entityTest(_ field: Field, _ comparison: Comparison, _ kinds: [Literal.Kind]) -> Test? {
        guard let names = strings(kinds, field, comparison) else { return nil }
        switch comparison.op {
        case .contains:
            return .entityContains(NameKey.of(names[0]))
        case .has:
            return .entityHas(NameKey.of(names[0]))
        case .equal, .notEqual, .in, .notIn:
            var ids = Set<Int>()
            for name in names {
                guard let id = entity(named: name, span: comparison.value.span, field: field) else { return nil }
                ids.insert(id)
            }
            return .entityIn(ids)
        default:
            report(comparison.opSpan, "'\(field.name)' names entities: use =, !=, in or contains",
                   hint: "\(field.name) = \"Tokayev\"")
            return nil
        }
    }

    /// An entity through the gazetteer: its name or any alias, in any case.
    private mutating func entity(named name: String, span: SourceSpan, field: Field) -> Int? {
        switch corpus.aliases.resolve(name) {
        case .entity(let id)?:
            return id
        case .ambiguous(let ids)?:
            report(span, "'\(name)' is ambiguous: it names \(ids.map { "'\(corpus.entities[$0].name)'" }.joined(separator: " and "))",
                   hint: "write the full name, e.g. \(field.name) = \"\(corpus.entities[ids[0]].name)\"")
            return nil
        case nil:
            let forms = corpus.entities.flatMap { [$0.name] + $0.aliases }
            let suggestion = Suggestions.closest(to: name, among: forms)
            report(span, "no entity is named '\(name)'",
                   hint: suggestion.map { "did you mean \"\($0)\"?" }
                       ?? "find it with: entities where name contains \"\(name.split(separator: " ").last.map(String.init) ?? name)\"")
            return nil
        }
    }

    private mutating func regex(_ comparison: Comparison) -> Test? {
        guard case .string(let pattern)? = resolved(comparison.value) else {
            if case .parameter = comparison.value.kind { return nil }
            report(comparison.value.span, "'matches' takes a regular expression in double quotes",
                   hint: "\(comparison.field.text) matches \"troops?|soldiers\"")
            return nil
        }
        if pattern.utf8.count > 500 {
            report(comparison.value.span, "the pattern is too long (over 500 bytes)", hint: "use a shorter pattern, or contains")
            return nil
        }
        do {
            return .matches(RegexBox(pattern: pattern, regex: try LinearRegex(pattern)))
        } catch {
            report(comparison.value.span, "invalid regular expression: \(error.message)",
                   hint: error.hint ?? "\(comparison.field.text) matches \"Tokayev|Tokajew\" (use \"(?i)...\" to ignore case)")
            return nil
        }
    }

    private mutating func report(_ span: SourceSpan, _ message: String, hint: String? = nil) {
        diagnostics.append(text.diagnostic(at: span, message, hint: hint))
    }
}

