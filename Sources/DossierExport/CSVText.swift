/// A row as a line of CSV (RFC 4180): a field with a comma, a quotation mark or a line break
/// is quoted, its quotation marks doubled; null is an empty field, booleans are true and false.
enum CSVText {
    static func line(_ values: [ExportValue]) -> String {
        var line = ""
        for (k, value) in values.enumerated() {
            if k > 0 { line += "," }
            switch value {
            case .null: break
            case .integer(let n): line += String(n)
            case .real(let d): line += d.isFinite ? String(d) : ""
            case .boolean(let b): line += b ? "true" : "false"
            case .text(let text): line += field(text)
            }
        }
        return line + "\n"
    }

    static func header(_ names: [String]) -> String {
        names.map(field).joined(separator: ",") + "\n"
    }

    private static func field(_ text: String) -> String {
        // An empty text is quoted, so that it reads apart from null.
        guard text.isEmpty || text.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) else { return text }
        return "\"" + text.replacingQuotes() + "\""
    }
}

private extension String {
    func replacingQuotes() -> String {
        guard utf8.contains(0x22) else { return self }
        var out = ""
        for c in unicodeScalars {
            if c == "\"" { out += "\"\"" } else { out.unicodeScalars.append(c) }
        }
        return out
    }
}
