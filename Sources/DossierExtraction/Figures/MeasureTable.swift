/// The units and currencies that can follow or precede a number, from `Lexicon/units.tsv`
/// and `Lexicon/currencies.tsv`, matched on the figure finder's tokens: a form is the
/// sequence of tokens its spelling scans to ("km/h" is km, /, h), so "m.p.h.", "sq m" and
/// "US$" are found as written. Words match in any case; symbols as written ("GB" is not "Gb").
struct MeasureTable: Sendable {
    /// One spelling of a measure, as tokens.
    struct Form: Sendable {
        /// Each token's text: lower case for words matched in any case, as written otherwise.
        var pieces: [String]
        var caseSensitive: Bool
        var measure: Measure
        /// A one-letter symbol or a quote mark, which counts only joined to the number.
        var needsGlue: Bool
    }

    /// Forms by their first piece in lower case, longest first.
    private var forms: [String: [Form]] = [:]
    /// Currencies by code, and the one a bare word names by adjective ("Canadian" dollars).
    private(set) var currencies: [String: Measure.Currency] = [:]
    private(set) var units: [String: Measure.Unit] = [:]
    /// Each family's base unit: the one of factor 1 ("metre" for length).
    private(set) var baseUnits: [String: String] = [:]
    /// Adjectives that make a bare currency word another currency: "canadian" + "dollar" -> CAD.
    private(set) var currencyAdjectives: [String: [String: Measure.Currency]] = [:]
    /// Words that start no form, ruled out without hashing the dictionary.
    private var firstPieces = WordFilter([String]())

    init(units unitTable: LexiconTable, currencies currencyTable: LexiconTable) {
        for row in unitTable.rows {
            guard let name = row[0], let family = row[1] else { continue }
            let unit = Measure.Unit(name: name, family: family, factor: row[2].flatMap(Double.init) ?? 0,
                                    offset: row[3].flatMap(Double.init) ?? 0)
            units[name] = unit
            if unit.factor == 1, unit.offset == 0, baseUnits[family] == nil { baseUnits[family] = name }
            for word in row.forms(4) { add(word, caseSensitive: false, .unit(unit)) }
            for symbol in row.forms(5) { add(symbol, caseSensitive: true, .unit(unit)) }
        }
        for row in currencyTable.rows {
            guard let code = row[0], let name = row[1] else { continue }
            let currency = Measure.Currency(code: code, name: name, minor: row[4].flatMap(Int.init) ?? 100)
            currencies[code] = currency
            for word in row.forms(2) { add(word, caseSensitive: false, .currency(currency)) }
            for symbol in row.forms(3) { add(symbol, caseSensitive: true, .currency(currency)) }
            for word in row.forms(5) { add(word, caseSensitive: word != word.lowercased(), .minor(currency)) }
            for adjective in row.forms(6) {
                for word in row.forms(2) where !word.contains(" ") {
                    currencyAdjectives[adjective.lowercased(), default: [:]][word] = currency
                }
            }
        }
        for key in forms.keys { forms[key]?.sort { $0.pieces.count > $1.pieces.count } }
        firstPieces = WordFilter(forms.keys)
    }

    private mutating func add(_ spelling: String, caseSensitive: Bool, _ measure: Measure) {
        var text = spelling
        let tokens = text.withUTF8 { QuantityScanner.tokens(in: $0, range: 0..<$0.count) }
        guard let first = tokens.first else { return }
        var pieces = tokens.map { token -> String in
            let written = String(decoding: spelling.utf8.dropFirst(token.range.lowerBound).prefix(token.range.count), as: UTF8.self)
            return caseSensitive ? written : (token.isWord ? token.key : written)
        }
        // "m.p.h." and "m.p.h" are one spelling: a final full stop is left to the sentence.
        if pieces.count > 2, pieces.last == "." { pieces.removeLast() }
        // "m", "R", "C" or a quote mark alone is a unit only joined to its number ("5m", "30'").
        let needsGlue = caseSensitive && tokens.count == 1
            && (first.isWord && first.key.count == 1 || first.isSymbol && ["'", "\"", "′", "″"].contains(first.key))
        forms[pieces[0].lowercased(), default: []].append(Form(pieces: pieces, caseSensitive: caseSensitive, measure: measure,
                                                               needsGlue: needsGlue))
    }

    /// Every measure whose spelling starts at token `i`, longest first, with the number of
    /// tokens it takes. `raw` gives a token's text as written.
    func matches(_ tokens: [QuantityToken], at i: Int, raw: (QuantityToken) -> String) -> [Match] {
        guard i < tokens.count else { return [] }
        let first = tokens[i].isWord ? tokens[i].key : raw(tokens[i]).lowercased()
        guard firstPieces.mayContain(first), let candidates = forms[first] else { return [] }
        var found: [Match] = []
        for form in candidates where i + form.pieces.count <= tokens.count {
            var matched = true
            for (k, piece) in form.pieces.enumerated() {
                let token = tokens[i + k]
                let text = form.caseSensitive ? raw(token) : (token.isWord ? token.key : raw(token))
                if text != piece { matched = false; break }
            }
            if matched { found.append(Match(measure: form.measure, length: form.pieces.count, needsGlue: form.needsGlue)) }
        }
        return found
    }

    /// Every measure whose spelling ends at token `last` (for symbols written before the
    /// number: "$", "US$", "HK $", "EUR"), longest first.
    func matches(_ tokens: [QuantityToken], endingAt last: Int, raw: (QuantityToken) -> String) -> [Match] {
        var found: [Match] = []
        for length in stride(from: min(3, last + 1), through: 1, by: -1) {
            found += matches(tokens, at: last - length + 1, raw: raw).filter { $0.length == length }
        }
        return found
    }

    struct Match: Sendable {
        var measure: Measure
        /// Tokens the spelling takes.
        var length: Int
        /// Counts only joined to its number ("5m", "30'").
        var needsGlue: Bool
    }
}
