import DossierCorpus

/// What a statement may refer to besides the schema: the corpus, the named results of the
/// session and the parameters given with `--param` or `.param`.
public struct Environment: Sendable {
    public var corpus: Corpus
    public var named: [String: NamedResult]
    public var parameters: [String: String]

    public init(corpus: Corpus, named: [String: NamedResult] = [:], parameters: [String: String] = [:]) {
        self.corpus = corpus
        self.named = named
        self.parameters = parameters
    }
}

/// A result kept with `let`: the rows of a source, or a table once shaped by show or count.
public enum NamedResult: Sendable {
    case rows(source: String, [Int])
    case table(ResultSet)
}

/// Validates a query against the schema and the corpus before anything runs, and turns it
/// into a `Plan`. Every problem is a located diagnostic with a hint.
public struct Checker {
    let environment: Environment
    let text: SourceText
    public private(set) var diagnostics: [Diagnostic] = []

    public init(environment: Environment, text: SourceText) {
        self.environment = environment
        self.text = text
    }

    private var corpus: Corpus { environment.corpus }

    /// The plan of a query, or nil with the reasons in `diagnostics`.
    public mutating func check(_ query: Query) -> Plan? {
        guard var plan = origin(query.origin) else { return nil }
        var columns: [String]? = plan.table?.columns
        for clause in query.clauses {
            if let columns {
                guard tableClause(clause, columns: columns, plan: &plan) else { return nil }
            } else {
                guard rowClause(clause, plan: &plan) else { return nil }
            }
            if let shape = plan.shape, columns == nil { columns = Checker.columns(of: shape) }
        }
        chooseStart(&plan)
        return plan
    }

    // MARK: - Origin

    private mutating func origin(_ name: Name) -> Plan? {
        if let schema = Schema.source(named: name.text) {
            return Plan(source: schema, start: .all, rowSteps: [], tableSteps: [], notes: ["scan every row of \(schema.name)"])
        }
        if let named = environment.named[name.text] {
            switch named {
            case .rows(let sourceName, let rows):
                guard let schema = Schema.source(named: sourceName) else { return nil }
                return Plan(source: schema, start: .rows(rows, name: name.text), rowSteps: [], tableSteps: [],
                            notes: ["start from the \(rows.count) \(schema.name) kept as \(name.text)"])
            case .table(let table):
                guard let schema = Schema.source(named: "articles") else { return nil }
                return Plan(source: schema, start: .all, rowSteps: [], tableSteps: [],
                            notes: ["start from the table kept as \(name.text)"], table: table)
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

    private mutating func rowClause(_ clause: Clause, plan: inout Plan) -> Bool {
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
            var fields: [Field] = []
            for name in names {
                guard let field = field(name, in: schema) else { return false }
                fields.append(field)
            }
            plan.shape = .show(fields)
        case .count(let name, _):
            if let name {
                guard let field = field(name, in: schema) else { return false }
                plan.shape = .countBy(field)
            } else {
                plan.shape = .count
            }
        case .distinct(let name, _):
            guard let field = field(name, in: schema) else { return false }
            plan.shape = .distinct(field)
        }
        return true
    }

    // MARK: - Clauses on a table

    private mutating func tableClause(_ clause: Clause, columns: [String], plan: inout Plan) -> Bool {
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
        default:
            report(clause.span, "'\(clause.keyword)' cannot follow show, count or distinct",
                   hint: "filter first, then shape: events where kind = \"protest\" count by place; only sort and limit may come after")
            return false
        }
        return true
    }

    static func columns(of shape: Shape) -> [String] {
        switch shape {
        case .show(let fields): return fields.map(\.name)
        case .count: return ["count"]
        case .countBy(let field): return [field.name, "count"]
        case .distinct(let field): return [field.name]
        }
    }

    // MARK: - Names and values

    private mutating func field(_ name: Name, in schema: SourceSchema) -> Field? {
        if let field = schema.field(named: name.text) { return field }
        let names = schema.fields.map(\.name) + schema.fields.flatMap(\.synonyms)
        let suggestion = Suggestions.closest(to: name.text, among: names)
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
        switch comparison.op {
        case .equal, .notEqual, .in, .notIn:
            if field.type == .enumeration { checkEnumeration(field, values, comparison, schema: schema) }
            return .textEqual(Set(values.map(NameKey.of)))
        case .contains:
            let key = NameKey.of(values[0])
            return .textContains(key, KeyMatcher(key: key))
        case .less, .lessEqual, .greater, .greaterEqual:
            return .textOrder(comparison.op, NameKey.of(values[0]))
        case .matches:
            return nil
        }
    }

    /// A value no row has, close to one that some row has, is most likely a typo.
    private mutating func checkEnumeration(_ field: Field, _ values: [String], _ comparison: Comparison, schema: SourceSchema) {
        // The field's group index holds its values: built once and kept, not a scan per statement.
        let present = Set(GroupIndex.of(field, source: schema, corpus: corpus).values.map(\.display))
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
        if comparison.op == .contains {
            report(comparison.opSpan, "'contains' works on text; '\(field.name)' is a number", hint: "\(field.name) >= 1000")
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
                       hint: "\(field.name) \(comparison.op == .contains ? ">" : comparison.op.rawValue) 1000")
                return nil
            }
        }
        switch comparison.op {
        case .in, .notIn: return .numberIn(Set(numbers))
        case .equal, .notEqual: return .numberIn([numbers[0]])
        case .contains, .matches:
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
                       hint: "\(field.name) \(comparison.op == .contains ? "=" : comparison.op.rawValue) 2022-01-05 (or 2022-01, or 2022)")
                return nil
            }
        }
        switch comparison.op {
        case .in, .notIn: return .dateIn(dates)
        case .contains, .matches:
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

    // MARK: - Plan

    /// Starts from an index instead of every row where the first step allows it; else says
    /// when a text condition will be searched for in the articles' bytes first.
    private mutating func chooseStart(_ plan: inout Plan) {
        chooseIndex(&plan)
        if case .all = plan.start, plan.table == nil, case .filter(let predicate)? = plan.rowSteps.first,
           let text = Evaluator.textRequirement(predicate)?.text {
            if plan.source.name == "sentences" {
                let built = corpus.cache.contains("text index")
                plan.buildsWordIndex = !built
                plan.notes = ["look up the words of \"\(text)\" in the word index of sentences" + (built ? "" : " (built now, then kept)")
                              + " and test only the sentences that hold them; when the words are too common, search every article's bytes instead"]
            } else {
                plan.notes = ["search every article's bytes for \"\(text)\" (on every core), then test only the rows that hold it"]
            }
        }
    }

    private mutating func chooseIndex(_ plan: inout Plan) {
        if plan.source.name == "quotes", case .all = plan.start, plan.table == nil, case .filter(let predicate)? = plan.rowSteps.first,
           let (id, rest) = Checker.splitConjunct(predicate, { Checker.singleEntity($0, field: "speaker") }) {
            plan.start = .quotesOfSpeaker(id)
            plan.notes = ["use the speaker index: the \(corpus.quotesBySpeaker[id].count) quotations of \(corpus.entities[id].name)"]
            Checker.replaceFirstFilter(with: rest, in: &plan)
            return
        }
        guard case .all = plan.start, plan.table == nil, let first = plan.rowSteps.first else { return }
        guard plan.source.name == "events" else {
            if case .filter(let predicate) = first { chooseEqualityIndex(predicate, &plan) }
            return
        }
        switch first {
        case .filter(let predicate):
            if let (id, rest) = Checker.splitConjunct(predicate, Checker.singleActor) {
                plan.start = .eventsOfEntity(id)
                plan.notes = ["use the entity index: the \(corpus.eventsByEntity[id].count) events of \(corpus.entities[id].name), in date order"]
                Checker.replaceFirstFilter(with: rest, in: &plan)
            } else {
                chooseEqualityIndex(predicate, &plan)
            }
        case .date(let range) where range.relation != .before:
            let events = corpus.events
            let lower = range.relation == .after
                ? Evaluator.partition(0, events.count) { events[$0].date.firstDay > range.last }
                : Evaluator.partition(0, events.count) { events[$0].date.firstDay >= range.first }
            let upper = range.relation == .after ? events.count : Evaluator.partition(0, events.count) { events[$0].date.firstDay > range.last }
            plan.start = .eventRange(lower..<max(lower, upper))
            plan.notes = ["use the date order of events: binary search gives rows \(lower)..<\(max(lower, upper))"]
        default:
            break
        }
    }

    /// Starts from the rows of the field's `GroupIndex` when the condition is `field = "x"`
    /// or `field in [...]` on text, possibly within a chain of `and`.
    private func chooseEqualityIndex(_ predicate: Predicate, _ plan: inout Plan) {
        guard let ((field, keys), rest) = Checker.splitConjunct(predicate, Checker.textEquality) else { return }
        let built = corpus.cache.contains("group \(plan.source.name).\(field.name)")
        plan.start = .equal(field, keys)
        plan.notes = ["use the index on \(plan.source.name).\(field.name): the rows whose \(field.name) is "
                      + keys.sorted().map { "\"\($0)\"" }.joined(separator: " or ")
                      + (built ? "" : " (the index is built now, then kept)")]
        Checker.replaceFirstFilter(with: rest, in: &plan)
    }

    /// Splits off the first condition of an `and` chain that `pick` accepts: what `pick`
    /// gives for it, and the rest of the chain (nil when nothing is left). The start an
    /// index gives already passes that condition, so the filter need not test it again.
    static func splitConjunct<T>(_ predicate: Predicate, _ pick: (Predicate) -> T?) -> (T, Predicate?)? {
        if case .and(let parts) = predicate {
            for (i, part) in parts.enumerated() {
                guard let (found, rest) = splitConjunct(part, pick) else { continue }
                var left = parts
                if let rest { left[i] = rest } else { left.remove(at: i) }
                return (found, left.isEmpty ? nil : left.count == 1 ? left[0] : .and(left))
            }
            return nil
        }
        return pick(predicate).map { ($0, nil) }
    }

    /// The first step is the filter an index start came from: keep what is left of it.
    private static func replaceFirstFilter(with rest: Predicate?, in plan: inout Plan) {
        guard case .filter? = plan.rowSteps.first else { return }
        if let rest { plan.rowSteps[0] = .filter(rest) } else { plan.rowSteps.removeFirst() }
    }

    /// The field and keys of a `field = "x"` test on text.
    static func textEquality(_ predicate: Predicate) -> (Field, Set<String>)? {
        if case .test(let field, .textEqual(let keys)) = predicate, field.slice == nil { return (field, keys) }
        return nil
    }


    /// The entity of an `actors = X` test (`splitConjunct` finds it within a chain of `and`).
    static func singleActor(_ predicate: Predicate) -> Int? {
        singleEntity(predicate, field: "actors")
    }

    /// The entity of a `field = X` test on an entity field.
    static func singleEntity(_ predicate: Predicate, field name: String) -> Int? {
        if case .test(let field, .entityIn(let ids)) = predicate, field.name == name, ids.count == 1 { return ids.first }
        return nil
    }

    private mutating func report(_ span: SourceSpan, _ message: String, hint: String? = nil) {
        diagnostics.append(text.diagnostic(at: span, message, hint: hint))
    }
}

