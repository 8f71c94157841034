import DossierDiagnostics

/// The parser's help for beginners' mistakes and SQL habits: what a failed parse says
/// instead of "unexpected token". The grammar's own functions are in Parser.swift and call
/// these where a parse fails.
extension Parser {
    /// A word where a clause should be: an SQL habit (GROUP BY, OFFSET, HAVING) gets what
    /// DQL says instead, a condition without `where` gets the `where`, a misspelled clause
    /// gets the closest one.
    mutating func reportUnknownClause(at start: Token, _ word: String) {
        switch word {
        case "group":
            let field = keyword(peek(1)) == "by" && peek(2).kind == .identifier ? self.word(peek(2)) : "kind"
            report(at: start, "DQL has no GROUP BY: count by counts the rows per value", hint: "events count by \(field)")
        case "offset", "skip":
            report(at: start, "DQL has no \(word.uppercased()): narrow the rows with where or a date clause, or sort them the other way",
                   hint: "events sort by date desc limit 5")
        case "having":
            report(at: start, "DQL has no HAVING: keep a count by as a named result and filter it",
                   hint: "let kinds = events count by kind; kinds where count > 2")
        default:
            let suggestion = Suggestions.closest(to: word, among: Parser.clauseKeywords)
            if current.kind == .identifier, Comparison.Operator(rawValue: keyword(peek(1))) != nil || isCompareOperator(peek(1).kind) {
                report(at: start, "a condition needs 'where' before it",
                       hint: "events where \(self.word(start)) ...")
            } else {
                report(at: start, "unknown clause '\(self.word(start))'",
                       hint: suggestion.map { "did you mean '\($0)'? e.g. events \($0 == "sort" ? "sort by date" : $0 == "where" ? "where kind = \"protest\"" : $0)" }
                           ?? "clauses are \(Parser.clauseList), e.g. events where kind = \"protest\" limit 5")
            }
        }
    }

    static let monthNames = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    /// A date after a clause, as the user wrote it, for a hint; a made-up one when there is none.
    func dateExample(at token: Token) -> String {
        switch token.kind {
        case .date, .number: return word(token)
        case .string: return unquote(token)
        default: return "2022-01-05"
        }
    }

    /// `05/01/2022` at `token` (a number followed by slashes), rewritten as ISO with the
    /// first number taken as the day, as most of the world writes it.
    func slashedDate(at token: Token) -> String? {
        guard token.kind == .number else { return nil }
        let end = bytes[token.range.lowerBound...].firstIndex { !($0 == 0x2F || (0x30...0x39).contains($0)) } ?? bytes.count
        let parts = String(decoding: bytes[token.range.lowerBound..<end], as: UTF8.self).split(separator: "/")
        guard parts.count == 3, let day = Int(parts[0]), let month = Int(parts[1]), let year = Int(parts[2]), parts[2].count == 4,
              (1...31).contains(day), (1...12).contains(month) else { return nil }
        let two = { (n: Int) in n < 10 ? "0\(n)" : "\(n)" }
        return "\(year)-\(two(month))-\(two(day))"
    }

    /// Fields whose four-digit values are years, so `date = 2022` means the year 2022.
    static func expectsDate(_ field: String) -> Bool {
        ["date", "published"].contains(field.lowercased())
    }

    /// SQL words at the start of a statement, with what DQL says instead.
    static func sqlHabit(_ word: String) -> (message: String, hint: String)? {
        switch word {
        case "select":
            return ("DQL has no SELECT: a statement starts with its source", "try `events show date, summary` or `events where actor = \"Tokayev\"`")
        case "from":
            return ("DQL has no FROM: a statement starts with its source", "events where kind = \"protest\"")
        case "update", "delete", "insert", "drop", "create":
            return ("DQL only reads the corpus: there is no \(word.uppercased())", "to change the data, edit the corpus files and load it again")
        default:
            return nil
        }
    }

    /// The type of a field of that name in any source, for a hint that fits it.
    static func fieldType(_ name: String) -> FieldType? {
        Schema.sources.lazy.compactMap { $0.field(named: name)?.type }.first
    }

    /// A list of values that fits the field, for a hint.
    static func listExample(for field: String) -> String {
        switch fieldType(field) {
        case .entity?, .entityList?: return "[\"Tokayev\", \"Putin\"]"
        case .number?: return "[1, 2]"
        case .date?: return "[2022-01-05, 2022-01-06]"
        default: return field.lowercased() == "kind" ? "[\"protest\", \"arrest\"]" : "[\"...\", \"...\"]"
        }
    }
}
