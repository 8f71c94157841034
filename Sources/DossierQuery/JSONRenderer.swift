import DossierCorpus

/// Writes a result as a JSON array of objects whose keys are the column names, in column
/// order: numbers as numbers, dates as strings with their precision, lists as arrays.
public struct JSONRenderer: Sendable {
    public init() {}

    public func render(_ result: ResultSet) -> String {
        guard !result.rows.isEmpty else { return "[]\n" }
        var out = "[\n"
        for (n, row) in result.rows.enumerated() {
            out += "  {"
            for (k, column) in result.columns.enumerated() {
                if k > 0 { out += ", " }
                out += JSONRenderer.quote(column) + ": " + JSONRenderer.encode(k < row.count ? row[k] : .null)
            }
            out += n + 1 < result.rows.count ? "},\n" : "}\n"
        }
        return out + "]\n"
    }

    static func encode(_ value: Value) -> String {
        switch value {
        case .null: return "null"
        case .text(let text): return quote(text)
        case .number(let number): return number.isFinite ? Value.format(number) : "null"
        case .bool(let flag): return flag ? "true" : "false"
        case .date(let date): return quote(date.description)
        case .entity(_, let name): return quote(name)
        case .list(let items): return "[" + items.map(encode).joined(separator: ", ") + "]"
        }
    }

    static func quote(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
