/// The units and currencies that can follow or precede a number, from `Lexicon/units.tsv`
/// and `Lexicon/currencies.tsv`, matched on the figure finder's tokens: a form is the
/// sequence of tokens its spelling scans to ("km/h" is km, /, h), so "m.p.h.", "sq m" and
/// "US$" are found as written. Words match in any case; symbols as written ("GB" is not "Gb").
struct MeasureTable: Sendable {
    /// A measure one spelling names.
    struct Entry: Sendable {
        var measure: Measure
        /// A one-letter symbol or a quote mark, which counts only joined to the number.
        var needsGlue: Bool
    }

    /// Spellings matched in any case, by their tokens' keys joined with U+001F.
    private var folded: [String: [Entry]] = [:]
    /// Spellings matched as written (symbols), by their tokens' texts joined with U+001F.
    private var exact: [String: [Entry]] = [:]
    /// The most tokens a spelling takes.
    private var longest = 1
    /// Words and symbols that start no spelling (in lower case), ruled out without hashing.
    private var firstPieces = WordFilter([String]())
    private var firsts = Set<String>()
    /// Currencies by code.
    private(set) var currencies: [String: Measure.Currency] = [:]
    private(set) var units: [String: Measure.Unit] = [:]
    /// Each family's base unit: the one of factor 1 ("metre" for length).
    private(set) var baseUnits: [String: String] = [:]

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
            let words = row.forms(2)
            for word in words { add(word, caseSensitive: false, .currency(currency)) }
            for symbol in row.forms(3) { add(symbol, caseSensitive: true, .currency(currency)) }
            for word in row.forms(5) { add(word, caseSensitive: word.utf8.contains { $0 >= 0x41 && $0 <= 0x5A }, .minor(currency)) }
        }
        firstPieces = WordFilter(firsts)
    }

    private mutating func add(_ spelling: String, caseSensitive: Bool, _ measure: Measure) {
        // Most spellings are one lower-case word: no need to scan them.
        if spelling.utf8.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) {
            let entry = Entry(measure: measure, needsGlue: caseSensitive && spelling.utf8.count == 1)
            if caseSensitive { exact[spelling, default: []].append(entry) } else { folded[spelling, default: []].append(entry) }
            firsts.insert(spelling)
            return
        }
        var text = spelling
        let (tokens, written) = text.withUTF8 { bytes in
            let tokens = TextScanner.tokens(in: bytes, range: 0..<bytes.count)
            return (tokens, tokens.map { String(decoding: UnsafeBufferPointer(rebasing: bytes[$0.range]), as: UTF8.self) })
        }
        guard let first = tokens.first else { return }
        var pieces = zip(tokens, written).map { token, raw in caseSensitive || !token.isWord ? raw : token.key }
        // "m.p.h." and "m.p.h" are one spelling: a final full stop is left to the sentence.
        if pieces.count > 2, pieces.last == "." { pieces.removeLast() }
        // "m", "R", "C" or a quote mark alone is a unit only joined to its number ("5m", "30'").
        let needsGlue = caseSensitive && tokens.count == 1
            && (first.isWord && first.key.count == 1 || first.isSymbol && ["'", "\"", "′", "″"].contains(first.key))
        let key = pieces.joined(separator: "\u{1F}")
        let entry = Entry(measure: measure, needsGlue: needsGlue)
        if caseSensitive { exact[key, default: []].append(entry) } else { folded[key, default: []].append(entry) }
        longest = max(longest, pieces.count)
        firsts.insert(pieces[0].utf8.contains { $0 >= 0x41 && $0 <= 0x5A } ? pieces[0].lowercased() : pieces[0])
    }

    /// Every measure whose spelling starts at token `i`, longest first, with the number of
    /// tokens it takes. `raw` gives a token's text as written.
    func matches(_ tokens: [TextToken], at i: Int, raw: (TextToken) -> String) -> [Match] {
        guard i < tokens.count else { return [] }
        let first = tokens[i].isWord ? tokens[i].key : raw(tokens[i]).lowercased()
        guard firstPieces.mayContain(first), firsts.contains(first) else { return [] }
        var found: [Match] = []
        var foldedKey = ""
        var exactKey = ""
        var keys: [(String, String)] = []
        for k in i..<min(tokens.count, i + longest) {
            let written = raw(tokens[k])
            if k > i { foldedKey += "\u{1F}"; exactKey += "\u{1F}" }
            foldedKey += tokens[k].isWord ? tokens[k].key : written
            exactKey += written
            keys.append((foldedKey, exactKey))
        }
        for (n, (foldedKey, exactKey)) in keys.enumerated().reversed() {
            for entry in exact[exactKey] ?? [] { found.append(Match(measure: entry.measure, length: n + 1, needsGlue: entry.needsGlue)) }
            for entry in folded[foldedKey] ?? [] { found.append(Match(measure: entry.measure, length: n + 1, needsGlue: entry.needsGlue)) }
        }
        return found
    }

    /// Every measure whose spelling ends at token `last` (for symbols written before the
    /// number: "$", "US$", "HK $", "EUR"), longest first.
    func matches(_ tokens: [TextToken], endingAt last: Int, raw: (TextToken) -> String) -> [Match] {
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
