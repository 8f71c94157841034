import DossierCorpus

/// Writes a parsed statement back as canonical DQL: lowercase keywords, single spaces,
/// explicit parentheses around `or` inside `and`. Parsing the output gives the same tree,
/// which the round-trip tests check; `explain` shows it.
public enum Printer {
    public static func print(_ statement: Statement) -> String {
        switch statement.kind {
        case .query(let query): return print(query)
        case .let(let name, let query): return "let \(name.text) = \(print(query))"
        case .explain(let query, let analyze): return "explain \(analyze ? "analyze " : "")\(print(query))"
        }
    }

    public static func print(_ query: Query) -> String {
        ([query.origin.text] + query.clauses.map(print)).joined(separator: " ")
    }

    static func print(_ clause: Clause) -> String {
        switch clause {
        case .where(let condition, _): return "where " + print(condition, parent: 0)
        case .date(let filter, _):
            switch filter {
            case .after(let d): return "after " + print(d)
            case .before(let d): return "before " + print(d)
            case .on(let d): return "on " + print(d)
            case .between(let a, let b): return "between \(print(a)) and \(print(b))"
            }
        case .sort(let keys, _):
            return "sort by " + keys.map { column($0.field) + ($0.descending ? " desc" : "") }.joined(separator: ", ")
        case .limit(let n, _): return "limit " + print(n)
        case .show(let fields, _): return "show " + fields.map(column).joined(separator: ", ")
        case .count(let fields, _): return fields.isEmpty ? "count" : "count by " + fields.map(column).joined(separator: ", ")
        case .distinct(let fields, _): return "distinct " + fields.map(column).joined(separator: ", ")
        case .context(let n, _): return "context " + print(n)
        case .kwic(let term, let width, _):
            return "kwic" + (term.map { " " + print($0) } ?? "") + (width.map { " width " + print($0) } ?? "")
        case .aggregate(let function, let field, let by, _):
            return "\(function.rawValue) \(column(field))" + (by.isEmpty ? "" : " by " + by.map(column).joined(separator: ", "))
        }
    }

    /// Precedence: or = 1, and = 2, not = 3; a child binding looser than its parent is
    /// parenthesised.
    static func print(_ condition: Condition, parent: Int) -> String {
        switch condition {
        case .or(let parts):
            let text = parts.map { print($0, parent: 1) }.joined(separator: " or ")
            return parent > 1 ? "(\(text))" : text
        case .and(let parts):
            let text = parts.map { print($0, parent: 2) }.joined(separator: " and ")
            return parent > 2 ? "(\(text))" : text
        case .not(let inner, _):
            return "not " + print(inner, parent: 3)
        case .comparison(let c):
            return "\(column(c.field)) \(c.op.rawValue) \(print(c.value))"
        }
    }

    public static func print(_ literal: Literal) -> String {
        switch literal.kind {
        case .string(let text):
            var out = "\""
            for c in text {
                switch c {
                case "\"": out += "\\\""
                case "\\": out += "\\\\"
                case "\n": out += "\\n"
                case "\t": out += "\\t"
                default: out.append(c)
                }
            }
            return out + "\""
        case .number(let n): return Value.format(n)
        case .date(let d): return d.description
        case .bool(let b): return b ? "true" : "false"
        case .null: return "null"
        case .parameter(let name): return "$" + name
        case .list(let items): return "[" + items.map(print).joined(separator: ", ") + "]"
        }
    }

    /// A field or a computed column, with its name when it differs from the expression.
    static func column(_ name: Name) -> String {
        guard let expression = name.expression else { return name.text }
        let written = print(expression)
        return written == name.text ? written : "\(written) as \(name.text)"
    }

    /// An expression with the parentheses its precedence needs (`*` and `/` bind tighter
    /// than `+` and `-`; both are left-associative).
    public static func print(_ expression: Expression, parent: Int = 0, onTheRight: Bool = false) -> String {
        switch expression {
        case .field(let name): return name.text
        case .number(let n, _): return Value.number(n).display
        case .negate(let inner): return "-" + print(inner, parent: 3)
        case .call(let name, let argument): return "\(name.text.lowercased())(\(print(argument)))"
        case .binary(let op, let left, let right):
            let level = op == "+" || op == "-" ? 1 : 2
            let text = "\(print(left, parent: level)) \(op) \(print(right, parent: level, onTheRight: true))"
            return level < parent || (onTheRight && level == parent) ? "(\(text))" : text
        }
    }

    /// The tree of a query, one node per line, for `explain`.
    public static func tree(_ query: Query) -> String {
        var lines = ["query", "  origin \(query.origin.text)"]
        for clause in query.clauses {
            if case .where(let condition, _) = clause {
                lines.append("  where")
                tree(condition, depth: 2, into: &lines)
            } else {
                lines.append("  " + print(clause))
            }
        }
        return lines.joined(separator: "\n")
    }

    private static func tree(_ condition: Condition, depth: Int, into lines: inout [String]) {
        let pad = String(repeating: "  ", count: depth)
        switch condition {
        case .or(let parts):
            lines.append(pad + "or")
            for part in parts { tree(part, depth: depth + 1, into: &lines) }
        case .and(let parts):
            lines.append(pad + "and")
            for part in parts { tree(part, depth: depth + 1, into: &lines) }
        case .not(let inner, _):
            lines.append(pad + "not")
            tree(inner, depth: depth + 1, into: &lines)
        case .comparison:
            lines.append(pad + print(condition, parent: 0))
        }
    }
}
