import DossierCorpus

/// One comparison of a field's value, specialised by type.
enum Test: Sendable {
    /// Case-insensitive equality of text (NameKey form).
    case textEqual(Set<String>)
    /// With a byte matcher when the key is ASCII, the usual case.
    case textContains(String, KeyMatcher?)
    case textOrder(Comparison.Operator, String)
    case matches(RegexBox)
    case numberCompare(Comparison.Operator, Double)
    case numberIn(Set<Double>)
    case dateCompare(Comparison.Operator, PartialDate)
    case dateIn([PartialDate])
    case boolEqual(Bool)
    case entityIn(Set<Int>)
    case entityContains(String)
    case isNull
    /// Negates another test (for `!=` and `not in`), with null never matching.
    indirect case negated(Test)
}
