import DossierCorpus

/// Turns a simple SQL query into the DQL statement that asks the same question, for the
/// hint of a user who types SQL out of habit. It handles the common shape only,
/// `SELECT cols FROM source [WHERE cond] [GROUP BY f] [ORDER BY f [ASC|DESC]] [LIMIT n]`, and
/// gives up (nil) on anything else rather than suggest something wrong.
enum SQLTranslation {
    static func dql(for sql: String) -> String? {
        let words = tokens(sql)
        let lower = words.map { $0.lowercased() }
        guard lower.first == "select", let from = lower.firstIndex(of: "from"), from > 1, from + 1 < words.count else { return nil }
        let columns = words[1..<from].joined(separator: " ")
        let source = lower[from + 1]
        guard Schema.source(named: source) != nil else { return nil }
        let clauseWords: Set<String> = ["where", "group", "order", "limit"]
        var parts: [String: [String]] = [:]
        var currentClause: String?
        var i = from + 2
        while i < words.count {
            let word = lower[i]
            if clauseWords.contains(word) {
                currentClause = word
                parts[word] = []
                if (word == "group" || word == "order"), i + 1 < words.count, lower[i + 1] == "by" { i += 1 }
            } else if let clause = currentClause {
                parts[clause, default: []].append(words[i])
            } else {
                return nil
            }
            i += 1
        }
        var dql = source
        if let condition = parts["where"] {
            dql += " where " + condition.map(translateConditionWord).joined(separator: " ")
        }
        if let order = parts["order"], let field = order.first {
            dql += " sort by " + field.lowercased() + (order.dropFirst().first?.lowercased() == "desc" ? " desc" : "")
        }
        let counts = columns.lowercased().replacingSpaces().hasPrefix("count(")
        if let group = parts["group"], let field = group.first {
            dql += " count by " + field.lowercased()
        } else if counts {
            dql += " count"
        } else if columns != "*" {
            dql += " show " + columns.split(separator: ",").map { $0.trimmingSpaces().lowercased() }.joined(separator: ", ")
        }
        if let limit = parts["limit"], let n = limit.first, Int(n) != nil {
            dql += " limit " + n
        }
        return dql
    }

    /// Words, with quoted strings, commas and operators kept whole.
    private static func tokens(_ sql: String) -> [String] {
        var result: [String] = []
        var current = ""
        var quote: Character?
        for c in sql {
            if let q = quote {
                current.append(c)
                if c == q { quote = nil }
            } else if c == "'" || c == "\"" {
                current.append(c)
                quote = c
            } else if c == " " || c == "\t" {
                if !current.isEmpty { result.append(current); current = "" }
            } else if c == "," {
                if !current.isEmpty { result.append(current); current = "" }
                if !result.isEmpty { result[result.count - 1] += "," }
            } else {
                current.append(c)
            }
        }
        if !current.isEmpty { result.append(current) }
        return result
    }

    /// `'x'` to `"x"`, `==` to `=`, `<>` to `!=`, AND/OR/NOT and LIKE '%x%' to DQL.
    private static func translateConditionWord(_ word: String) -> String {
        switch word.lowercased() {
        case "and", "or", "not": return word.lowercased()
        case "==": return "="
        case "<>": return "!="
        case "like": return "contains"
        default: break
        }
        if word.hasPrefix("'") && word.hasSuffix("'") && word.count >= 2 {
            let inner = String(word.dropFirst().dropLast().filter { $0 != "%" })
            return PartialDate.parse(inner) != nil ? inner : "\"" + inner + "\""
        }
        if word.hasPrefix("\"") { return "\"" + word.dropFirst().dropLast().filter { $0 != "%" } + "\"" }
        return word
    }
}

private extension String {
    func replacingSpaces() -> String { filter { $0 != " " } }
}
