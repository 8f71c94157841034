import DossierCorpus

/// One comparison of a field's value, specialised by type.
enum Test: Sendable {
    /// Case-insensitive equality of text (NameKey form).
    case textEqual(Set<String>)
    /// Text that names a place or a party: equal to one of the keys as written, or naming,
    /// under any alias, one of the entities (an event's place, "Almaty").
    case textNaming(Set<String>, entities: Set<Int>)
    /// With a byte matcher when the key is ASCII, the usual case.
    case textContains(String, KeyMatcher?)
    /// Whole words: the key occurs with no letter or digit just before or after it (see
    /// `WordBoundary`), found by the matcher when the key is ASCII.
    case textHas(String, KeyMatcher?)
    case textOrder(Comparison.Operator, String)
    case matches(RegexBox)
    case numberCompare(Comparison.Operator, Double)
    case numberIn(Set<Double>)
    case dateCompare(Comparison.Operator, PartialDate)
    case dateIn([PartialDate])
    case boolEqual(Bool)
    case entityIn(Set<Int>)
    /// The row is one of these: an entity named by any of its names (`entities where name
    /// = "alias"`), resolved through the gazetteer by the checker.
    case rowIn(Set<Int>)
    case entityContains(String)
    /// A name or alias of the entity has the key as whole words.
    case entityHas(String)
    case isNull
    /// Negates another test (for `!=` and `not in`), with null never matching.
    indirect case negated(Test)
}
