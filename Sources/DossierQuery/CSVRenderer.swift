/// Writes a result as RFC 4180 CSV: a header row, CRLF line ends, fields quoted when they
/// hold a comma, a quote or a line break. Lists are joined with "; ".
public struct CSVRenderer: Sendable {
    public init() {}

    public func render(_ result: ResultSet) -> String {
        var out = result.columns.map(CSVRenderer.field).joined(separator: ",") + "\r\n"
        for row in result.rows {
            out += row.map { CSVRenderer.field($0.display) }.joined(separator: ",") + "\r\n"
        }
        return out
    }

    static func field(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

extension String {
    func replacingOccurrences(of target: Character, with replacement: String) -> String {
        var out = ""
        for c in self { if c == target { out += replacement } else { out.append(c) } }
        return out
    }
}
