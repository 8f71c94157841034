import DossierDiagnostics

/// A computed column: arithmetic on number fields and a few functions, written where a
/// field goes (`show what, high - low as spread`, `count by month(date)`, `where high - low
/// > 1000`). The checker turns it into a `Field` of its own.
public indirect enum Expression: Sendable, Equatable {
    case field(Name)
    case number(Double, SourceSpan)
    /// `+`, `-`, `*` or `/` between two expressions.
    case binary(Character, Expression, Expression)
    /// `-x`.
    case negate(Expression)
    /// A function of one argument: year, month, day, lower, upper, length.
    case call(Name, Expression)

    /// The functions DQL knows, with what they take and give.
    static let functions: [String: (takes: FieldType, gives: FieldType, summary: String)] = [
        "year": (.date, .number, "the year of a date"),
        "month": (.date, .date, "the month of a date, as a date of month precision"),
        "day": (.date, .date, "the day of a date, when it has one"),
        "lower": (.text, .text, "the text in lower case"),
        "upper": (.text, .text, "the text in upper case"),
        "length": (.text, .number, "the number of characters of the text"),
    ]
}
