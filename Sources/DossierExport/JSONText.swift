/// A row as one line of JSON: an object of the table's columns, null as null.
enum JSONText {
    static func line(_ names: [String], _ values: [ExportValue]) -> String {
        var line = "{"
        for (k, value) in values.enumerated() where k < names.count {
            if k > 0 { line += "," }
            line += string(names[k]) + ":"
            switch value {
            case .null: line += "null"
            case .integer(let n): line += String(n)
            case .real(let d): line += d.isFinite ? String(d) : "null"
            case .boolean(let b): line += b ? "true" : "false"
            case .text(let text): line += string(text)
            }
        }
        return line + "}\n"
    }

    /// A JSON string: quotation marks, backslashes and control characters escaped.
    static func string(_ text: String) -> String {
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
