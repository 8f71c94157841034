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
}
