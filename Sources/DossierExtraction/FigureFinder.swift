import DossierCorpus

/// Finds numbers with what they count: "227 people killed", "3,000 paratroopers", "more than
/// 4,000 people have been arrested", "a 4,750-mile land border", "60 tenge", "19 million
/// people", ages ("Nazarbayev, 81"), percentages and number words ("three decades").
///
/// A number counts only with a unit or a counted noun after it (or as an age after a name),
/// so years, dates and list numbers are left alone.
struct FigureFinder {
    static let numberWords: WordMap<Double> = [
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
        "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
        "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
        "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12,
    ]
    /// The first letters of the number words: o t f s e n h d.
    static let numberWordInitials: Set<UInt8> = Set(numberWords.entries.keys.compactMap { $0.utf8.first })
    static let multipliers: WordMap<Double> = ["hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000]
    /// Qualifiers, as the words before the number (spun forms included: "just about" for "nearly").
    static let qualifiers: [([String], String)] = [
        (["more", "than"], "more than"), (["greater", "than"], "more than"), (["over"], "more than"), (["upwards", "of"], "more than"),
        (["at", "least"], "at least"), (["fewer", "than"], "fewer than"), (["less", "than"], "less than"), (["up", "to"], "up to"),
        (["about"], "about"), (["around"], "about"), (["roughly"], "about"), (["approximately"], "about"), (["some"], "about"),
        (["nearly"], "nearly"), (["almost"], "nearly"), (["just", "about"], "nearly"), (["almost", "all"], "nearly"),
    ]
    /// "just about" must win over "about".
    static let longestQualifiersFirst = qualifiers.sorted { $0.0.count > $1.0.count }
    static let people: WordSet = ["people", "persons", "protesters", "protestors", "demonstrators", "civilians", "citizens",
                                      "residents", "bandits", "terrorists", "guards", "officers", "policemen", "police", "servicemen",
                                      "members", "employees", "journalists", "activists", "children", "victims", "individuals",
                                      "rioters", "militants", "criminals", "foreigners", "officials", "dead", "deaths", "casualties"]
    static let troops: WordSet = ["troops", "soldiers", "paratroopers", "peacekeepers", "servicemen", "personnel", "forces", "military"]
    /// Words for a person that an age may follow ("the governor, 67,").
    static let roles: WordSet = ["governor", "president", "leader", "minister", "mayor", "chief", "ruler", "premier", "founder"]
    static let durations: WordSet = ["years", "year", "decades", "decade", "months", "month", "weeks", "week", "days", "day", "hours", "hour"]
    static let currencies: WordMap<String> = ["tenge": "tenge", "dollars": "USD", "dollar": "USD", "rubles": "RUB", "roubles": "RUB",
                                               "euros": "EUR", "euro": "EUR"]
    static let killedWords: WordSet = ["killed", "died", "dead", "deaths", "death", "lives", "perished", "casualties", "killing"]
    static let arrestedWords: WordSet = ["arrested", "detained", "held", "arrests", "detentions", "custody", "jailed"]
    static let injuredWords: WordSet = ["injured", "wounded", "hurt", "injuries", "hospitalized", "hospitalised"]

    struct Found {
        var value: Double
        var unit: String
        var original: String?
        var what: String
        var qualifier: String?
        var range: Range<Int>
    }

    func figures(in words: [WordScanner.Word], _ bytes: UnsafeBufferPointer<UInt8>) -> [Found] {
        var found: [Found] = []
        var i = 0
        while i < words.count {
            if let (figure, next) = figure(at: i, words, bytes) {
                found.append(figure)
                i = next
            } else {
                i += 1
            }
        }
        return found
    }

    // MARK: - One figure

    private func figure(at i: Int, _ w: [WordScanner.Word], _ b: UnsafeBufferPointer<UInt8>) -> (Found, Int)? {
        guard let number = number(at: i, w, b) else { return nil }
        var (value, next) = (number.0, number.1)
        let attachedUnit = number.2
        let (qualifier, qualifierStart) = self.qualifier(before: i, w)
        let start = qualifierStart ?? i
        if attachedUnit == nil, next < w.count, let multiplier = Self.multipliers[w[next].key] {
            value *= multiplier
            next += 1
        }
        // "of these bandits": skip "of" and a determiner.
        var unitIndex = next
        if unitIndex < w.count, w[unitIndex].key == "of", unitIndex + 1 < w.count,
           ["these", "those", "the", "them", "its", "their"].contains(w[unitIndex + 1].key) {
            unitIndex += 2
        }
        let unitKey = attachedUnit ?? (unitIndex < w.count ? w[unitIndex].key : "")
        // The words after the unit (after the number itself when the unit is joined to it).
        let afterUnit = attachedUnit == nil ? unitIndex + 1 : next
        let lookahead = w[min(afterUnit, w.count)..<min(afterUnit + 6, w.count)].map(\.key)
        if let attachedUnit, attachedUnit.hasPrefix("year-old") || attachedUnit == "years-old" {
            return (Found(value: value, unit: "years", original: nil, what: "age", qualifier: qualifier, range: w[start].range.lowerBound..<w[i].range.upperBound), next)
        }
        let end = { (k: Int) in w[start].range.lowerBound..<w[max(start, min(k, w.count - 1))].range.upperBound }
        let borderNear = lookahead.prefix(3).contains { $0 == "border" || $0 == "boundary" }
            || w[max(0, i - 4)..<i].contains { $0.key == "border" || $0.key == "boundary" }
        let isYear = attachedUnit == nil && value >= 1800 && value <= 2100 && value.rounded() == value && !w[i].key.utf8.contains(0x2C)

        if let unit = Self.currencies[unitKey] {
            // A sum in a sentence about what something costs is a price.
            let what = w.contains { ["liter", "litre", "price", "prices", "cost", "costs", "costed"].contains($0.key) } ? "price" : "money"
            return (Found(value: value, unit: unit, original: nil, what: what, qualifier: qualifier, range: end(unitIndex)), unitIndex + 1)
        }
        if ["mile", "miles"].contains(unitKey) {
            let km = (value * 1.609344).rounded()
            let what = borderNear ? "border length" : "distance"
            let borderWord = lookahead.prefix(3).firstIndex { $0 == "border" || $0 == "boundary" }.map { afterUnit + $0 }
            return (Found(value: km, unit: "km", original: "\(format(value)) miles", what: what, qualifier: qualifier,
                          range: end(borderWord ?? (attachedUnit == nil ? unitIndex : i))),
                    attachedUnit == nil ? unitIndex + 1 : next)
        }
        if ["km", "kilometers", "kilometres", "kilometer", "kilometre"].contains(unitKey) {
            let what = borderNear ? "border length" : "distance"
            return (Found(value: value, unit: "km", original: nil, what: what, qualifier: qualifier, range: end(unitIndex)), unitIndex + 1)
        }
        if ["percent", "per"].contains(unitKey) || bytesFollow(w[next - 1], "%", b) {
            if unitKey == "per", !(unitIndex + 1 < w.count && w[unitIndex + 1].key == "cent") { return nil }
            return (Found(value: value, unit: "percent", original: nil, what: "percentage", qualifier: qualifier, range: end(next - 1)), next)
        }
        // A spinner's "3 a long time" for "three decades": a number cannot count "a long time".
        if unitKey == "a", unitIndex + 2 < w.count, w[unitIndex + 1].key == "long", w[unitIndex + 2].key == "time", value <= 20 {
            return (Found(value: value, unit: "decades", original: "\(format(value)) a long time", what: "duration", qualifier: qualifier,
                          range: end(unitIndex + 2)), unitIndex + 3)
        }
        if Self.durations.contains(unitKey) {
            // "81-year-old" is an age; "three decades" a duration.
            if unitKey == "year", unitIndex + 1 < w.count, w[unitIndex + 1].key == "old" || w[unitIndex + 1].key.hasPrefix("old") {
                return (Found(value: value, unit: "years", original: nil, what: "age", qualifier: qualifier, range: end(unitIndex + 1)), unitIndex + 2)
            }
            let unit = unitKey.hasSuffix("s") ? unitKey : unitKey + "s"
            return (Found(value: value, unit: unit, original: nil, what: "duration", qualifier: qualifier, range: end(unitIndex)), unitIndex + 1)
        }
        // A counted noun, possibly after one or two modifiers ("18 security guards", "2,500 Russian paratroopers").
        for skip in 0...2 {
            let k = unitIndex + skip
            guard k < w.count else { break }
            let key = w[k].key
            if Self.troops.contains(key) && !(key == "forces" && skip == 0 && isYear) {
                return (Found(value: value, unit: "troops", original: nil, what: "troops", qualifier: qualifier, range: end(k)), k + 1)
            }
            if Self.people.contains(key) {
                let after = w[(k + 1)..<min(k + 6, w.count)].map(\.key)
                let what: String
                if Self.killedWords.contains(key) || after.contains(where: Self.killedWords.contains) { what = "killed" }
                else if after.contains(where: Self.arrestedWords.contains) { what = "arrested" }
                else if after.contains(where: Self.injuredWords.contains) { what = "injured" }
                else if after.contains(where: { $0 == "evacuated" || $0 == "displaced" || $0 == "fled" }) { what = "evacuated" }
                else if value >= 1_000_000 { what = "population" }
                else { what = w[unitIndex..<(k + 1)].map(\.key).joined(separator: " ") }
                return (Found(value: value, unit: "people", original: nil, what: what, qualifier: qualifier, range: end(k)), k + 1)
            }
            if skip == 0, isYear { return nil }
            // Modifiers are lower-case words or adjectives of nationality.
            if !(key.allSatisfy { $0.isLetter }) { break }
        }
        // "Nazarbayev, 81," is an age.
        if attachedUnit == nil, i > 0, w[i - 1].capitalized || Self.roles.contains(w[i - 1].key), value >= 18, value <= 110, value.rounded() == value,
           between(w[i - 1], w[i], b) == ", ", next < w.count ? between(w[next - 1], w[next], b).hasPrefix(",") : true {
            return (Found(value: value, unit: "years", original: nil, what: "age", qualifier: nil, range: w[i].range), next)
        }
        return nil
    }

    /// A number at word `i`: digits with thousands separators ("7,500") or a decimal point,
    /// a number word, or digits joined to a unit ("4,750-mile"). Returns the value, the word
    /// after it and the attached unit.
    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    private func number(at i: Int, _ w: [WordScanner.Word], _ b: UnsafeBufferPointer<UInt8>) -> (Double, Int, String?)? {
        let key = w[i].key
        // Most words are neither digits nor number words: one byte rules them out.
        guard let lead = key.utf8.first else { return nil }
        let startsWithDigit = lead >= 0x30 && lead <= 0x39
        if !startsWithDigit && !Self.numberWordInitials.contains(lead) { return nil }
        if let value = Self.numberWords[key], !(key == "one" && i + 1 < w.count && ["of", "another"].contains(w[i + 1].key)) {
            // "twenty-five" arrives as one word with a hyphen.
            return (value, i + 1, nil)
        }
        if key.utf8.contains(0x2D), let first = key.split(separator: "-").first, let value = Self.numberWords[String(first)],
           let second = key.split(separator: "-").dropFirst().first, let units = Self.numberWords[String(second)] {
            return (value + units, i + 1, nil)
        }
        guard startsWithDigit else { return nil }
        var digits = ""
        var attached: String?
        let parts = key.split(separator: "-", maxSplits: 1)
        guard parts[0].utf8.allSatisfy(Self.isDigit) else { return nil }
        digits = String(parts[0])
        if parts.count == 2 { attached = String(parts[1]) }
        var next = i + 1
        // Thousands groups and decimals: "7,500", "1,000,000", "7.5".
        while attached == nil, next < w.count, let firstDigit = w[next].key.utf8.first, Self.isDigit(firstDigit),
              w[next].key.split(separator: "-").first?.count == 3 || between(w[next - 1], w[next], b) == "." {
            let separator = between(w[next - 1], w[next], b)
            let nextParts = w[next].key.split(separator: "-", maxSplits: 1)
            guard nextParts[0].utf8.allSatisfy(Self.isDigit) else { break }
            if separator == "," && nextParts[0].count == 3 {
                digits += nextParts[0]
            } else if separator == "." && !digits.utf8.contains(0x2E) {
                digits += "." + nextParts[0]
            } else {
                break
            }
            if nextParts.count == 2 { attached = String(nextParts[1]) }
            next += 1
        }
        guard let value = Double(digits) else { return nil }
        return (value, next, attached)
    }

    private func qualifier(before i: Int, _ w: [WordScanner.Word]) -> (String?, Int?) {
        for (phrase, name) in Self.longestQualifiersFirst where i >= phrase.count {
            let start = i - phrase.count
            if w[start..<i].map(\.key) == phrase { return (name, start) }
        }
        return (nil, nil)
    }

    /// The bytes between two words.
    private func between(_ a: WordScanner.Word, _ c: WordScanner.Word, _ b: UnsafeBufferPointer<UInt8>) -> String {
        guard a.range.upperBound <= c.range.lowerBound else { return "" }
        return String(decoding: UnsafeBufferPointer(rebasing: b[a.range.upperBound..<c.range.lowerBound]), as: UTF8.self)
    }

    private func bytesFollow(_ word: WordScanner.Word, _ text: String, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        let bytes = Array(text.utf8)
        guard word.range.upperBound + bytes.count <= b.count else { return false }
        return Array(b[word.range.upperBound..<(word.range.upperBound + bytes.count)]) == bytes
    }

    private func format(_ value: Double) -> String {
        value.rounded() == value ? String(Int(value)) : String(value)
    }
}
