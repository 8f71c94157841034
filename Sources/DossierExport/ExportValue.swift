/// One cell of an exported row.
public enum ExportValue: Hashable, Sendable {
    case null
    case integer(Int)
    case real(Double)
    case text(String)
    case boolean(Bool)

    static func optional(_ text: String?) -> ExportValue { text.map(ExportValue.text) ?? .null }
    static func optional(_ number: Int?) -> ExportValue { number.map(ExportValue.integer) ?? .null }
    static func optional(_ number: Double?) -> ExportValue { number.map(ExportValue.real) ?? .null }
}
