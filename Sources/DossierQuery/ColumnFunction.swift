import DossierCorpus

/// The functions of computed columns (`year(date)`, `lower(name)`...): what each takes and
/// gives, for the checker, and how each is computed, for the fields it makes.
enum ColumnFunction {
    /// The functions DQL knows, with what they take and give.
    static let all: [String: (takes: FieldType, gives: FieldType, summary: String)] = [
        "year": (.date, .number, "the year of a date"),
        "month": (.date, .date, "the month of a date, as a date of month precision"),
        "day": (.date, .date, "the day of a date, when it has one"),
        "lower": (.text, .text, "the text in lower case"),
        "upper": (.text, .text, "the text in upper case"),
        "length": (.text, .number, "the number of characters of the text"),
    ]

    /// A function on one value (each element of a list); null for a missing value.
    static func apply(_ function: String, to value: Value) -> Value {
        switch value {
        case .null: return .null
        case .list(let items): return .list(items.map { apply(function, to: $0) })
        case .date(let date):
            switch function {
            case "year": return .number(Double(date.year))
            case "month": return date.month.flatMap { PartialDate(year: date.year, month: $0) }.map(Value.date) ?? .null
            case "day": return date.day == nil ? .null : .date(date)
            default: return .null
            }
        default:
            let text = value.display
            switch function {
            case "lower": return .text(text.lowercased())
            case "upper": return .text(text.uppercased())
            case "length": return .number(Double(text.count))
            default: return .null
            }
        }
    }
}
