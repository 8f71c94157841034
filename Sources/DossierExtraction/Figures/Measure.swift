/// What a number can be measured in: a unit of the unit table, a currency, or a currency's
/// minor unit (cents, pence, kopeks).
enum Measure: Sendable, Equatable {
    case unit(Unit)
    case currency(Currency)
    case minor(Currency)

    /// A unit of measure (`Lexicon/units.tsv`).
    struct Unit: Sendable, Equatable {
        /// The canonical name: "kilometre", "mile per hour".
        var name: String
        /// length, area, mass, speed, time...
        var family: String
        /// Multiplies a value in this unit to give the family's base unit (0: not by a factor).
        var factor: Double
        /// Added after multiplying (temperatures).
        var offset: Double
    }

    /// A currency of ISO 4217 (`Lexicon/currencies.tsv`).
    struct Currency: Sendable, Equatable {
        var code: String
        /// The English name: "US dollar", "Kazakhstani tenge".
        var name: String
        /// How many minor units make one (100 cents to the dollar).
        var minor: Int
    }
}
