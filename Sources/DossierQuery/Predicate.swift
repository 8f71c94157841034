/// A `where` condition with values resolved for the field's type.
/// Chains are flat, as in `Condition`.
indirect enum Predicate: Sendable {
    case and([Predicate])
    case or([Predicate])
    case not(Predicate)
    case test(Field, Test)
}
