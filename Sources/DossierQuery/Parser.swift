import DossierCorpus
import DossierDiagnostics

/// The recursive-descent parser of DQL; each function quotes its rule from `grammar/dql.ebnf`.
/// What it says about beginners' mistakes and SQL habits is in Parser+Hints.swift.
///
/// Total over any input: it never throws and every loop consumes a token. On an error it
/// records a diagnostic, skips to the end of the statement and goes on, so a script with
/// several mistakes reports them all.
public struct Parser {
    let text: SourceText
    let bytes: [UInt8]
    private var tokens: [Token]
    private var position = 0
    /// How many `(` and `not` enclose the current token.
    private var nesting = 0
    /// Deeper nesting is an error, well before the stack runs out: no person writes 200.
    public static let maximumNesting = 200
    /// The field of the last comparison, for hints about the next one.
    private var lastField: String?
    private var lastValue: String?
    public private(set) var diagnostics: [Diagnostic] = []

    public init(_ text: String, file: String = "<query>") {
        self.text = SourceText(name: file, text: text)
        let lexer = Lexer(text)
        self.bytes = lexer.bytes
        self.tokens = Parser.significant(Lexer.tokenize(text), bytes: lexer.bytes)
    }

    /// Parses every statement; returns those that parsed and every diagnostic.
    public static func parse(_ text: String, file: String = "<query>") -> (statements: [Statement], diagnostics: [Diagnostic]) {
        var parser = Parser(text, file: file)
        let statements = parser.script()
        return (statements, parser.diagnostics)
    }

    /// True when `text` is a statement cut short: an open parenthesis or bracket, or a last
    /// token that needs something after it (`where`, `and`, `=`, a comma...). The REPL asks
    /// this to decide whether to read another line.
    public static func isIncomplete(_ text: String) -> Bool {
        let lexer = Lexer(text)
        let tokens = Lexer.tokenize(text).filter { $0.kind != .newline && $0.kind != .endOfInput }
        var depth = 0
        for token in tokens {
            switch token.kind {
            case .leftParen, .leftBracket: depth += 1
            case .rightParen, .rightBracket: depth -= 1
            default: break
            }
        }
        guard let last = tokens.last else { return false }
        if tokens.contains(where: { $0.kind == .error(.unterminatedString) }) { return true }
        return depth > 0 || continues(after: last, bytes: lexer.bytes)
    }

    // MARK: - Statements

    /// script ::= separator* ( statement ( separator+ statement )* )? separator*
    mutating func script() -> [Statement] {
        var result: [Statement] = []
        while true {
            skipSeparators()
            if at(.endOfInput) { return result }
            let errorsBefore = diagnostics.count
            if let statement = statement(), errorsBefore == diagnostics.count {
                if isSeparator(current.kind) {
                    result.append(statement)
                } else {
                    report(at: current, "unexpected \(describe(current)) after the statement",
                           hint: "end a statement with a new line or ';', e.g. events count; articles count")
                }
            }
            recoverToNextStatement()
        }
    }

    /// statement ::= let | explain | query
    mutating func statement() -> Statement? {
        let start = current
        let kind: Statement.Kind
        switch keyword(current) {
        case "let":
            advance()
            guard let name = letName() else { return nil }
            guard expect(.equal, "'=' after the name", hint: "let tokayev = events where actor = \"Tokayev\"") != nil,
                  let query = query() else { return nil }
            kind = .let(name, query)
        case "explain":
            // explain ::= 'explain' ['analyze'] query
            advance()
            let analyze = keyword(current) == "analyze"
            if analyze { advance() }
            guard let query = query() else { return nil }
            kind = .explain(query, analyze: analyze)
        default:
            guard let query = query() else { return nil }
            kind = .query(query)
        }
        return Statement(kind: kind, span: span(from: start))
    }

    /// let ::= 'let' NAME '=' query
    private mutating func letName() -> Name? {
        guard current.kind == .identifier else {
            report(at: current, "expected a name after 'let', found \(describe(current))",
                   hint: "let tokayev = events where actor = \"Tokayev\"")
            return nil
        }
        let word = self.word(current)
        if Parser.reserved.contains(word.lowercased()) || Schema.source(named: word) != nil {
            report(at: current, "'\(word)' is a word of the language and cannot name a result",
                   hint: "choose another name, e.g. let \(word)_rows = ...")
            return nil
        }
        let name = Name(text: word, span: current.span)
        advance()
        return name
    }

    // MARK: - Queries

    /// query ::= origin clause*
    mutating func query() -> Query? {
        guard let origin = origin() else { return nil }
        var clauses: [Clause] = []
        while !isSeparator(current.kind) && current.kind != .rightParen {
            guard let clause = clause() else { return nil }
            clauses.append(clause)
        }
        return Query(origin: origin, clauses: clauses)
    }

    /// origin ::= SOURCE | NAME
    private mutating func origin() -> Name? {
        let token = current
        guard token.kind == .identifier else {
            report(at: token, "expected a source at the start of a statement, found \(describe(token))",
                   hint: "start with a source (\(Parser.sourceList)) or a named result, e.g. events count")
            return nil
        }
        let word = self.word(token)
        if let translation = Parser.sqlHabit(word.lowercased()) {
            let lineEnd = bytes[token.range.lowerBound...].firstIndex { $0 == 0x0A || $0 == 0x3B } ?? bytes.count
            let sql = String(decoding: bytes[token.range.lowerBound..<lineEnd], as: UTF8.self)
            report(at: token, translation.message, hint: SQLTranslation.dql(for: sql).map { "try: \($0)" } ?? translation.hint)
            return nil
        }
        if ["help", "quit", "exit", "tutorial", "schema"].contains(word.lowercased()), isSeparator(peek(1).kind) || peek(1).kind == .identifier {
            let topic = peek(1).kind == .identifier ? " " + self.word(peek(1)) : ""
            report(at: token, "'\(word)' is a command, and commands start with a dot",
                   hint: ".\(word.lowercased())\(word.lowercased() == "help" || word.lowercased() == "schema" ? topic : "")")
            return nil
        }
        advance()
        return Name(text: word, span: token.span)
    }

    /// clause ::= where | dateFilter | sort | limit | show | count | distinct | aggregate
    private mutating func clause() -> Clause? {
        let start = current
        if case .error(let lexical) = start.kind, lexical == .doubleAmpersand || lexical == .doublePipe {
            let connective = lexical == .doubleAmpersand ? "and" : "or"
            report(at: start, lexical.message, hint: "events where actor = \"Tokayev\" \(connective) kind = \"speech\"")
            return nil
        }
        guard start.kind == .identifier else {
            report(at: start, "expected a clause, found \(describe(start))",
                   hint: "clauses are \(Parser.clauseList), e.g. events where kind = \"protest\" limit 5")
            return nil
        }
        let word = keyword(start)
        switch word {
        case "where":
            advance()
            guard let condition = condition() else { return nil }
            return .where(condition, span(from: start))
        case "after", "before", "on", "between":
            guard let filter = dateFilter() else { return nil }
            return .date(filter, span(from: start))
        case "sort", "order":
            guard let keys = sort() else { return nil }
            return .sort(keys, span(from: start))
        case "limit":
            advance()
            guard let value = limitValue() else { return nil }
            return .limit(value, span(from: start))
        case "show":
            advance()
            guard let fields = fieldList(after: "show", example: "events show date, summary") else { return nil }
            return .show(fields, span(from: start))
        case "count":
            advance()
            if current.kind == .leftParen {
                report(at: current, "count takes no parentheses: it counts the rows",
                       hint: "events count, or events count by kind for a count per value")
                return nil
            }
            if keyword(current) == "distinct" {
                // aggregate ::= 'count' 'distinct' FIELD ( 'by' FIELD ( ',' FIELD )* )?
                advance()
                return aggregate(.countDistinct, start: start)
            }
            if keyword(current) == "by" {
                advance()
                guard let fields = fieldList(after: "count by", example: "events count by kind") else { return nil }
                return .count(fields, span(from: start))
            }
            return .count([], span(from: start))
        case "context":
            // context ::= 'context' NUMBER
            advance()
            guard let value = limitValue() else { return nil }
            return .context(value, span(from: start))
        case "kwic":
            // kwic ::= 'kwic' ( STRING | PARAMETER )? ( 'width' NUMBER )?
            advance()
            var term: Literal?
            if current.kind == .string || current.kind == .parameter {
                term = value(for: "text")
            }
            var width: Literal?
            if keyword(current) == "width" {
                advance()
                guard let n = limitValue() else { return nil }
                width = n
            }
            return .kwic(term, width: width, span(from: start))
        case "sum", "min", "max", "avg":
            advance()
            guard let function = Aggregate(rawValue: word) else { return nil }
            return aggregate(function, start: start)
        case "distinct":
            advance()
            guard let fields = fieldList(after: "distinct", example: "events distinct kind") else { return nil }
            return .distinct(fields, span(from: start))
        default:
            reportUnknownClause(at: start, word)
            return nil
        }
    }

    /// aggregate ::= ( 'sum' | 'min' | 'max' | 'avg' ) FIELD ( 'by' FIELD ( ',' FIELD )* )?
    private mutating func aggregate(_ function: Aggregate, start: Token) -> Clause? {
        let example = function == .countDistinct ? "quotes count distinct article by speaker" : "figures \(function.rawValue) value by article"
        guard let field = field(after: function.rawValue, example: example) else { return nil }
        var by: [Name] = []
        if keyword(current) == "by" {
            advance()
            guard let fields = fieldList(after: "\(function.rawValue) \(field.text) by", example: example) else { return nil }
            by = fields
        }
        return .aggregate(function, field, by: by, span(from: start))
    }

    /// dateFilter ::= 'after' dateValue | 'before' dateValue | 'on' dateValue | 'between' dateValue 'and' dateValue
    private mutating func dateFilter() -> DateFilter? {
        let word = keyword(current)
        advance()
        guard let first = dateValue(after: word) else { return nil }
        switch word {
        case "after": return .after(first)
        case "before": return .before(first)
        case "on": return .on(first)
        default:
            guard keyword(current) == "and" else {
                report(at: current, "expected 'and' in 'between ... and ...', found \(describe(current))",
                       hint: "events between 2022-01-02 and 2022-01-07")
                return nil
            }
            advance()
            guard let second = dateValue(after: "and") else { return nil }
            return .between(first, second)
        }
    }

    /// dateValue ::= DATE | PARAMETER (a bare year, a NUMBER of four digits, is a date too)
    private mutating func dateValue(after keyword: String) -> Literal? {
        let token = current
        let text = word(token)
        var kind: Literal.Kind?
        switch token.kind {
        case .date:
            kind = PartialDate.parse(text).map(Literal.Kind.date)
        case .number:
            kind = text.count == 4 ? Int(text).flatMap { PartialDate(year: $0) }.map(Literal.Kind.date) : nil
        case .parameter:
            kind = .parameter(String(text.dropFirst()))
        case .string:
            let inner = unquote(token)
            report(at: token, "dates are written without quotes",
                   hint: PartialDate.parse(inner) != nil ? "\(keyword) \(inner)" : "\(keyword) 2022-01-05")
            return nil
        default:
            if let month = Parser.monthNames.firstIndex(where: { text.lowercased().hasPrefix($0) }), text.count >= 3 {
                let year = peek(1).kind == .number && word(peek(1)).count == 4 ? word(peek(1)) : "2022"
                report(at: token, "dates are written as numbers, year first",
                       hint: "\(keyword) \(year)-\(month + 1 < 10 ? "0" : "")\(month + 1) (a month), or \(keyword) \(year)-\(month + 1 < 10 ? "0" : "")\(month + 1)-05 (a day)")
                return nil
            }
            if let slashed = slashedDate(at: token) {
                report(at: token, "dates are written year first: YYYY-MM-DD", hint: "\(keyword) \(slashed)")
                return nil
            }
            report(at: token, "expected a date after '\(keyword)', found \(describe(token))",
                   hint: "\(keyword) 2022-01-05 (or a month, 2022-01, or a year, 2022)")
            return nil
        }
        guard let kind else {
            if let slashed = slashedDate(at: token) {
                report(at: token, "dates are written year first: YYYY-MM-DD", hint: "\(keyword) \(slashed)")
                return nil
            }
            report(at: token, "'\(text)' is not a date", hint: "write YYYY-MM-DD, YYYY-MM or YYYY, e.g. \(keyword) 2022-01-05")
            return nil
        }
        advance()
        return Literal(kind: kind, span: token.span)
    }

    /// sort ::= 'sort' 'by' sortKey ( ',' sortKey )* ;  sortKey ::= FIELD ( 'asc' | 'desc' )?
    private mutating func sort() -> [SortKey]? {
        let first = keyword(current)
        advance()
        guard keyword(current) == "by" else {
            report(at: current, "expected 'by' after '\(first)'", hint: "events sort by date desc")
            return nil
        }
        advance()
        var keys: [SortKey] = []
        repeat {
            if !keys.isEmpty { advance() }  // the comma
            guard let field = field(after: "sort by", example: "events sort by date desc") else { return nil }
            var descending = false
            switch keyword(current) {
            case "asc": advance()
            case "desc": descending = true; advance()
            case "descending", "ascending":
                let short = keyword(current) == "descending" ? "desc" : "asc"
                report(at: current, "write '\(short)', not '\(self.word(current))'", hint: "events sort by \(field.text) \(short)")
                return nil
            default: break
            }
            keys.append(SortKey(field: field, descending: descending))
        } while current.kind == .comma
        return keys
    }

    /// limit ::= 'limit' ( NUMBER | PARAMETER )
    private mutating func limitValue() -> Literal? {
        let token = current
        if token.kind == .parameter {
            advance()
            return Literal(kind: .parameter(String(word(token).dropFirst())), span: token.span)
        }
        guard token.kind == .number, let n = Int(word(token)), n >= 0 else {
            report(at: token, "'limit' takes a whole number, found \(describe(token))", hint: "events limit 10")
            return nil
        }
        advance()
        return Literal(kind: .number(Double(n)), span: token.span)
    }

    /// show ::= 'show' FIELD ( ',' FIELD )*
    /// fieldList ::= field ( 'as' NAME )? ( ',' field ( 'as' NAME )? )*
    private mutating func fieldList(after keyword: String, example: String) -> [Name]? {
        var fields: [Name] = []
        repeat {
            if !fields.isEmpty { advance() }  // the comma
            guard var field = field(after: keyword, example: example) else { return nil }
            if self.keyword(current) == "as" {
                advance()
                guard current.kind == .identifier, !Parser.reserved.contains(self.keyword(current)) else {
                    report(at: current, "expected a column name after 'as', found \(describe(current))", hint: "conflicts show what, high - low as spread")
                    return nil
                }
                if field.expression == nil { field.expression = .field(field) }
                field.text = self.word(current)
                advance()
            }
            fields.append(field)
        } while current.kind == .comma
        if current.kind == .identifier, !Parser.clauseStarts.contains(self.keyword(current)),
           Schema.sources.contains(where: { $0.field(named: self.word(current)) != nil }) {
            let names = (fields.map(\.text) + [self.word(current)]).joined(separator: ", ")
            report(at: current, "fields are separated by commas", hint: "\(keyword) \(names)")
            return nil
        }
        return fields
    }

    /// field ::= FIELD | operand (a computed column)
    private mutating func field(after keyword: String, example: String) -> Name? {
        let token = current
        if token.kind == .times {
            report(at: token, "'*' is not DQL: name the fields",
                   hint: keyword == "show" ? "leave out show for the usual columns, or name them: events show date, summary (.format json gives every field)"
                                           : example)
            return nil
        }
        guard [.identifier, .number, .leftParen, .minus].contains(token.kind) else {
            report(at: token, "expected a field name after '\(keyword)', found \(describe(token))", hint: example)
            return nil
        }
        if token.kind == .identifier, !Parser.startsExpression(peek(1).kind) {
            advance()
            return Name(text: word(token), span: token.span)
        }
        return operandName(from: token)
    }

    /// A computed column as a name: its text is the expression as written, in one form.
    private mutating func operandName(from start: Token) -> Name? {
        guard let expression = operand() else { return nil }
        if case .field(let name) = expression { return name }
        return Name(text: Printer.print(expression), span: span(from: start), expression: expression)
    }

    /// Whether a token after a field name continues it into a computed column.
    static func startsExpression(_ kind: Token.Kind) -> Bool {
        [.plus, .minus, .times, .divide, .leftParen].contains(kind)
    }

    /// operand ::= term ( ( '+' | '-' ) term )*
    private mutating func operand() -> Expression? {
        guard var left = term() else { return nil }
        while current.kind == .plus || current.kind == .minus {
            let op: Character = current.kind == .plus ? "+" : "-"
            advance()
            guard let right = term() else { return nil }
            left = .binary(op, left, right)
        }
        return left
    }

    /// term ::= factor ( ( '*' | '/' ) factor )*
    private mutating func term() -> Expression? {
        guard var left = factor() else { return nil }
        while current.kind == .times || current.kind == .divide {
            let op: Character = current.kind == .times ? "*" : "/"
            advance()
            guard let right = factor() else { return nil }
            left = .binary(op, left, right)
        }
        return left
    }

    /// factor ::= NUMBER | FIELD | FUNCTION '(' operand ')' | '(' operand ')' | '-' factor
    private mutating func factor() -> Expression? {
        let token = current
        switch token.kind {
        case .number:
            advance()
            return .number(Double(word(token)) ?? 0, token.span)
        case .minus, .leftParen:
            guard enterNesting(at: token) else { return nil }
            defer { nesting -= 1 }
            advance()
            if token.kind == .minus { return factor().map(Expression.negate) }
            guard let inner = operand() else { return nil }
            guard expect(.rightParen, "')'", hint: "conflicts show what, (high - low) / low as growth") != nil else { return nil }
            return inner
        case .identifier:
            advance()
            let name = Name(text: word(token), span: token.span)
            guard current.kind == .leftParen else { return .field(name) }
            guard enterNesting(at: token) else { return nil }
            defer { nesting -= 1 }
            advance()
            guard let argument = operand() else { return nil }
            guard expect(.rightParen, "')' after the argument of \(name.text)", hint: "events count by month(date)") != nil else { return nil }
            return .call(name, argument)
        default:
            report(at: token, "expected a field, a number or '(' in the computed column, found \(describe(token))",
                   hint: "conflicts show what, high - low as spread")
            return nil
        }
    }

    // MARK: - Conditions

    /// condition ::= orCond ;  orCond ::= andCond ( 'or' andCond )*
    private mutating func condition() -> Condition? {
        guard let first = andCondition() else { return nil }
        var parts = [first]
        while keyword(current) == "or" {
            advance()
            if reportedBareValue(after: "or") { return nil }
            guard let next = andCondition() else { return nil }
            parts.append(next)
        }
        return parts.count == 1 ? first : .or(parts)
    }

    /// andCond ::= notCond ( 'and' notCond )*
    private mutating func andCondition() -> Condition? {
        guard let first = notCondition() else { return nil }
        var parts = [first]
        while keyword(current) == "and" {
            advance()
            if reportedBareValue(after: "and") { return nil }
            guard let next = notCondition() else { return nil }
            parts.append(next)
        }
        return parts.count == 1 ? first : .and(parts)
    }

    /// Enters a `(` or a `not` at `token`; false (with the error) past `maximumNesting`.
    private mutating func enterNesting(at token: Token) -> Bool {
        nesting += 1
        guard nesting <= Self.maximumNesting else {
            report(at: token, "the condition nests deeper than \(Self.maximumNesting) levels of '(' and 'not'",
                   hint: "split it, or list values with in: kind in [\"protest\", \"arrest\"]")
            return false
        }
        return true
    }

    /// `kind = "protest" or "speech"`: each side of `or` needs its own field.
    private mutating func reportedBareValue(after connective: String) -> Bool {
        guard [.string, .number, .date].contains(current.kind), let field = lastField else { return false }
        let value = word(current)
        let left = lastValue ?? "..."
        report(at: current, "each side of '\(connective)' needs a field and an operator",
               hint: connective == "or" ? "\(field) = \(left) or \(field) = \(value), or \(field) in [\(left), \(value)]"
                                        : "\(field) = \(left) and \(field) = \(value)")
        return true
    }

    /// notCond ::= 'not' notCond | primary
    private mutating func notCondition() -> Condition? {
        if keyword(current) == "not" {
            let start = current
            defer { nesting -= 1 }
            guard enterNesting(at: start) else { return nil }
            advance()
            guard let inner = notCondition() else { return nil }
            return .not(inner, start.span)
        }
        return primary()
    }

    /// primary ::= '(' condition ')' | comparison
    private mutating func primary() -> Condition? {
        guard current.kind == .leftParen else { return comparison().map(Condition.comparison) }
        let open = current
        defer { nesting -= 1 }
        guard enterNesting(at: open) else { return nil }
        advance()
        guard let inner = condition() else { return nil }
        guard current.kind == .rightParen else {
            report(at: current, "expected ')' to close the '(' at column \(open.column), found \(describe(current))",
                   hint: "events where (kind = \"protest\" or kind = \"arrest\") and place = \"Almaty\"")
            return nil
        }
        advance()
        return inner
    }

    /// comparison ::= FIELD compareOp value | FIELD 'contains' value | FIELD 'has' value | FIELD 'matches' STRING
    ///              | FIELD 'not'? 'in' list
    private mutating func comparison() -> Comparison? {
        let fieldToken = current
        guard fieldToken.kind == .identifier else {
            report(at: fieldToken, "expected a condition (a field, an operator and a value), found \(describe(fieldToken))",
                   hint: "events where kind = \"protest\"")
            return nil
        }
        if ["after", "before", "on", "between"].contains(keyword(fieldToken)) {
            report(at: fieldToken, "'\(keyword(fieldToken))' is a clause of its own, not a condition after 'where'",
                   hint: "events where kind = \"protest\" \(keyword(fieldToken)) \(dateExample(at: peek(1)))")
            return nil
        }
        var field = Name(text: word(fieldToken), span: fieldToken.span)
        if Parser.startsExpression(peek(1).kind) {
            guard let computed = operandName(from: fieldToken) else { return nil }
            field = computed
        } else {
            advance()
        }
        lastField = field.text
        let opToken = current
        var op: Comparison.Operator
        switch opToken.kind {
        case .equal: op = .equal
        case .notEqual: op = .notEqual
        case .less: op = .less
        case .lessEqual: op = .lessEqual
        case .greater: op = .greater
        case .greaterEqual: op = .greaterEqual
        case .identifier:
            switch keyword(opToken) {
            case "contains": op = .contains
            case "has": op = .has
            case "matches": op = .matches
            case "in": op = .in
            case "not" where keyword(peek(1)) == "in":
                advance()
                op = .notIn
            case "like":
                report(at: opToken, "DQL has no 'like'", hint: "use contains for a substring: \(field.text) contains \"Tokayev\", or matches for a regular expression")
                return nil
            case "is":
                let negated = keyword(peek(1)) == "not"
                report(at: opToken, "DQL has no 'is': compare with null using = or !=", hint: "\(field.text) \(negated ? "!=" : "=") null")
                return nil
            case "between" where Parser.fieldType(field.text) == .number:
                // A range of numbers: two comparisons.
                let low = peek(1).kind == .number ? word(peek(1)) : "15"
                let high = keyword(peek(2)) == "and" && peek(3).kind == .number ? word(peek(3)) : "17"
                report(at: opToken, "'between' is for dates; a range of numbers is two comparisons",
                       hint: "\(field.text) >= \(low) and \(field.text) <= \(high)")
                return nil
            case "after", "before", "on", "between":
                let clause = keyword(opToken)
                let date = dateExample(at: peek(1))
                let hint = clause == "between"
                    ? "events between \(date) and \(keyword(peek(2)) == "and" ? dateExample(at: peek(3)) : "2022-01-07")"
                    : "events \(clause) \(date), or a comparison: where \(field.text) \(clause == "before" ? "<" : clause == "after" ? ">" : "=") \(date)"
                report(at: opToken, "'\(clause)' is a clause of its own: it filters on the source's date, with no field before it", hint: hint)
                return nil
            default:
                report(at: opToken, "expected an operator after '\(field.text)', found \(describe(opToken))",
                       hint: "operators are = != < <= > >= contains has matches in, e.g. \(field.text) = \"...\"")
                return nil
            }
        case .error:
            report(at: opToken, "", hint: "\(field.text) = \"Tokayev\"")
            return nil
        default:
            report(at: opToken, "expected an operator after '\(field.text)', found \(describe(opToken))",
                   hint: "operators are = != < <= > >= contains has matches in, e.g. \(field.text) = \"...\"")
            return nil
        }
        advance()
        lastValue = [.string, .number, .date].contains(current.kind) ? word(current) : nil
        let opSpan = SourceSpan(opToken.location, length: max(1, previousEnd - opToken.range.lowerBound))
        let value: Literal?
        if op == .in || op == .notIn {
            value = list(for: field.text)
        } else {
            value = self.value(for: field.text, op: op)
        }
        guard let value else { return nil }
        return Comparison(field: field, op: op, opSpan: opSpan, value: value)
    }

    /// list ::= '[' ( value ( ',' value )* ','? )? ']'
    private mutating func list(for field: String) -> Literal? {
        let open = current
        guard open.kind == .leftBracket else {
            var example = "\(field) in " + Parser.listExample(for: field)
            if open.kind == .identifier, !Parser.reserved.contains(keyword(open)) {
                // A bare word: a value without quotes, or a named result used as a list.
                report(at: open, "'in' takes a list in square brackets, found \(describe(open))",
                       hint: "write the values themselves, e.g. \(example) (a result kept with let cannot stand for a list)")
                return nil
            }
            if open.kind == .leftParen, let close = bytes[open.range.upperBound...].firstIndex(where: { $0 == 0x29 || $0 == 0x0A }),
               bytes[close] == 0x29 {
                example = "\(field) in [" + String(decoding: bytes[open.range.upperBound..<close], as: UTF8.self) + "]"
            }
            report(at: open, "'in' takes a list in square brackets, found \(describe(open))", hint: example)
            return nil
        }
        advance()
        var items: [Literal] = []
        while current.kind != .rightBracket {
            guard let item = value(for: field, op: .in) else { return nil }
            items.append(item)
            if current.kind == .comma {
                advance()
            } else if current.kind != .rightBracket {
                report(at: current, "expected ',' or ']' in the list, found \(describe(current))",
                       hint: "\(field) in " + Parser.listExample(for: field))
                return nil
            }
        }
        advance()
        return Literal(kind: .list(items), span: span(from: open))
    }

    /// value ::= STRING | NUMBER | DATE | 'true' | 'false' | 'null' | PARAMETER
    private mutating func value(for field: String = "field", op: Comparison.Operator = .equal) -> Literal? {
        let token = current
        let kind: Literal.Kind
        switch token.kind {
        case .string:
            kind = .string(unquote(token))
        case .minus where peek(1).kind == .number:
            // A negative number: value > -5.
            advance()
            let number = current
            advance()
            return Literal(kind: .number(-(Double(word(number)) ?? 0)), span: span(from: token))
        case .number:
            let text = word(token)
            if text.count == 4, !text.utf8.contains(0x2E), let year = Int(text), let date = PartialDate(year: year),
               Parser.expectsDate(field) {
                kind = .date(date)
            } else {
                kind = .number(Double(text) ?? 0)
            }
            if let slashed = slashedDate(at: token) {
                report(at: token, "dates are written year first: YYYY-MM-DD",
                       hint: "\(field) \(op.rawValue) \(slashed) (was '\(word(token))/...' the day or the month? DQL dates leave no doubt)")
                return nil
            }
            if op != .in && op != .notIn, peek(1).kind == .comma, peek(2).kind == .number, word(peek(2)).count == 3 {
                report(at: token, "numbers are written without thousands separators",
                       hint: "\(field) \(op.rawValue) \(text)\(word(peek(2)))")
                return nil
            }
        case .date:
            guard let date = PartialDate.parse(word(token)) else {
                report(at: token, "'\(word(token))' is not a calendar date",
                       hint: "write YYYY-MM-DD with a real month and day, e.g. 2022-01-05")
                return nil
            }
            kind = .date(date)
        case .parameter:
            kind = .parameter(String(word(token).dropFirst()))
        case .identifier:
            switch keyword(token) {
            case "true": kind = .bool(true)
            case "false": kind = .bool(false)
            case "null": kind = .null
            default:
                report(at: token, "text values take double quotes",
                       hint: "\(field) \(op == .in ? "in [\"\(word(token))\"]" : "\(op.rawValue) \"\(word(token))\"")")
                return nil
            }
        case .error(.unterminatedString):
            let lineEnd = bytes[token.range.upperBound...].firstIndex(of: 0x0A) ?? bytes.count
            let rest = String(decoding: bytes[token.range.upperBound..<lineEnd], as: UTF8.self).trimmingSpaces()
            report(at: token, "", hint: "close it with a double quote: \(field) \(op.rawValue) \"\(rest)\"")
            return nil
        default:
            report(at: token, "expected a value after '\(op.rawValue)', found \(describe(token))",
                   hint: "\(field) \(op.rawValue) \"...\" (text in double quotes, numbers and dates bare)")
            return nil
        }
        advance()
        return Literal(kind: kind, span: token.span)
    }

    // MARK: - Tokens

    public static let clauseKeywords = ["where", "after", "before", "on", "between", "sort", "limit", "show", "count", "distinct",
                                        "sum", "min", "max", "avg", "context", "kwic"]
    static let reserved: Set<String> = Set(clauseKeywords + ["let", "explain", "analyze", "and", "or", "not", "in", "by", "asc", "desc",
                                                             "contains", "has", "matches", "true", "false", "null"])
    public static var sourceList: String { Schema.sources.map(\.name).joined(separator: ", ") }
    public static var clauseList: String {
        "where, after, before, on, between, sort by, limit, show, count, count by, distinct, sum, min, max, avg, count distinct, context, kwic"
    }

    /// Words after which a statement cannot end, so a newline after them continues it.
    private static let continuing: Set<String> = ["where", "and", "or", "not", "by", "in", "between", "show", "sort",
                                                  "let", "explain", "contains", "has", "matches", "after", "before", "on",
                                                  "limit", "distinct", "sum", "min", "max", "avg", "context", "width"]
    /// Words that start a clause: a line starting with one continues the statement above.
    static let clauseStarts: Set<String> = Set(clauseKeywords)

    private static func continues(after token: Token, bytes: [UInt8]) -> Bool {
        switch token.kind {
        case .equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual, .comma, .leftParen, .leftBracket:
            return true
        case .identifier:
            return continuing.contains(String(decoding: bytes[token.range], as: UTF8.self).lowercased())
        default:
            return false
        }
    }

    /// Drops the newlines that do not end a statement (see `separator` in the grammar).
    private static func significant(_ tokens: [Token], bytes: [UInt8]) -> [Token] {
        var result: [Token] = []
        result.reserveCapacity(tokens.count)
        var depth = 0
        for (i, token) in tokens.enumerated() {
            switch token.kind {
            case .leftParen, .leftBracket: depth += 1
            case .rightParen, .rightBracket: depth = max(0, depth - 1)
            case .newline:
                if depth > 0 { continue }
                if let last = result.last, last.kind == .newline || continues(after: last, bytes: bytes) { continue }
                if let next = tokens[(i + 1)...].first(where: { $0.kind != .newline }), next.kind == .identifier,
                   clauseStarts.contains(String(decoding: bytes[next.range], as: UTF8.self).lowercased()) {
                    continue
                }
            case .semicolon: depth = 0
            default: break
            }
            result.append(token)
        }
        return result
    }

    var current: Token { tokens[min(position, tokens.count - 1)] }

    func peek(_ ahead: Int) -> Token { tokens[min(position + ahead, tokens.count - 1)] }

    private var previousEnd: Int { position > 0 ? tokens[min(position, tokens.count) - 1].range.upperBound : 0 }

    private mutating func advance() {
        if position < tokens.count - 1 { position += 1 }
    }

    private func at(_ kind: Token.Kind) -> Bool { current.kind == kind }

    private mutating func expect(_ kind: Token.Kind, _ what: String, hint: String) -> Token? {
        guard current.kind == kind else {
            report(at: current, "expected \(what), found \(describe(current))", hint: hint)
            return nil
        }
        let token = current
        advance()
        return token
    }

    private func isSeparator(_ kind: Token.Kind) -> Bool {
        kind == .newline || kind == .semicolon || kind == .endOfInput
    }

    func isCompareOperator(_ kind: Token.Kind) -> Bool {
        [.equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual].contains(kind)
    }

    private mutating func skipSeparators() {
        while current.kind == .newline || current.kind == .semicolon { advance() }
    }

    private mutating func recoverToNextStatement() {
        while !isSeparator(current.kind) { advance() }
    }

    func word(_ token: Token) -> String {
        String(decoding: bytes[token.range], as: UTF8.self)
    }

    func keyword(_ token: Token) -> String {
        token.kind == .identifier ? word(token).lowercased() : ""
    }

    /// The text of a string token, without its quotes and with escapes resolved: `\"`, `\\`,
    /// `\n` and `\t`. A backslash before any other character stays, so that a regular
    /// expression's `\d` or `\b` reaches it unchanged.
    func unquote(_ token: Token) -> String {
        var scalars = Array(word(token).unicodeScalars)
        if let first = scalars.first, first == "\"" || first == "“" || first == "”" { scalars.removeFirst() }
        if let last = scalars.last, last == "\"" || last == "”" || last == "“" { scalars.removeLast() }
        var out = String.UnicodeScalarView()
        var escaped = false
        for scalar in scalars {
            if escaped {
                switch scalar {
                case "n": out.append("\n")
                case "t": out.append("\t")
                case "\"", "\\", "“", "”": out.append(scalar)
                default:
                    out.append("\\")
                    out.append(scalar)
                }
                escaped = false
            } else if scalar == "\\" {
                escaped = true
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    func span(from start: Token) -> SourceSpan {
        let end = max(previousEnd, start.range.upperBound)
        let length = String(decoding: bytes[start.range.lowerBound..<end], as: UTF8.self).unicodeScalars.count
        return SourceSpan(start.location, length: length)
    }

    func describe(_ token: Token) -> String {
        switch token.kind {
        case .endOfInput: return "the end of the input"
        case .newline: return "the end of the line"
        case .semicolon: return "';'"
        case .error(let lexical): return lexical.message
        case .string: return "the text \(word(token))"
        default: return "'\(word(token))'"
        }
    }

    mutating func report(at token: Token, _ message: String, hint: String? = nil) {
        // A lexical error speaks for itself: report it rather than what the parser expected.
        var message = message
        if case .error(let lexical) = token.kind { message = lexical.message }
        var span = token.span
        if token.kind == .newline || token.kind == .endOfInput {
            span = SourceSpan(text.location(ofByte: token.range.lowerBound), length: 1)
        }
        diagnostics.append(text.diagnostic(at: span, message, hint: hint))
    }





}
