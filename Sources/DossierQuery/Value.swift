import DossierCorpus

/// A value in a query result, typed so that each output format can write it faithfully:
/// numbers as numbers, dates as written with their precision, lists as lists.
public enum Value: Sendable, Hashable {
    case null
    case text(String)
    case number(Double)
    case bool(Bool)
    case date(PartialDate)
    /// An entity by id, shown by its canonical name.
    case entity(Int, String)
    case list([Value])

    /// The value as a person reads it in a table or CSV cell.
    public var display: String {
        switch self {
        case .null: return ""
        case .text(let text): return text
        case .number(let number): return Value.format(number)
        case .bool(let flag): return flag ? "true" : "false"
        case .date(let date): return date.description
        case .entity(_, let name): return name
        case .list(let items): return items.map(\.display).joined(separator: "; ")
        }
    }

    /// Integers without a decimal point; other numbers in their shortest exact form.
    static func format(_ number: Double) -> String {
        if number.rounded() == number, abs(number) < 1e15 { return String(Int64(number)) }
        return String(number)
    }
}
