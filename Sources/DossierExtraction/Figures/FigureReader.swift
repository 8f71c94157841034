/// Reads the figures of one sentence from its tokens, number by number: first what the
/// number is not (a year, a day of a month, a time, an ordinal, a score, part of a name such
/// as "Galaxy S23" or "Game 2"), then what stands around it: a sign, a currency symbol and a
/// qualifier before it; a scale, a unit, a currency, a rate or the noun phrase it counts after
/// it; a second number that makes it a range; the change and the outcome the clause reports.
struct FigureReader {
    let tokens: [TextToken]
    let bytes: UnsafeBufferPointer<UInt8>
    let lexicon: Lexicon
    /// The sentence speaks of money: a currency symbol, or a word of cost, price or pay.
    let money: Bool

    init(tokens: [TextToken], bytes: UnsafeBufferPointer<UInt8>, lexicon: Lexicon) {
        self.tokens = tokens
        self.bytes = bytes
        self.lexicon = lexicon
        let text = { (token: TextToken) in String(decoding: UnsafeBufferPointer(rebasing: bytes[token.range]), as: UTF8.self) }
        money = tokens.indices.contains { i in
            let token = tokens[i]
            if token.isWord { return lexicon.quantityWords.money.contains(token.key) }
            guard token.isSymbol, token.key != "-", token.key != "," else { return false }
            return lexicon.measures.matches(tokens, at: i, raw: text).contains { if case .currency = $0.measure { true } else { false } }
        }
    }

    private var numbers: NumberWords { lexicon.numbers }
    private var words: QuantityWords { lexicon.quantityWords }
    private var english: EnglishWords { lexicon.english }

    // MARK: - Tokens

    /// A token's text as written.
    func raw(_ token: TextToken) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[token.range]), as: UTF8.self)
    }

    /// The key of token `i` for phrase lookups: a word in lower case or a symbol; nil past the ends.
    func key(_ i: Int) -> String? {
        guard i >= 0, i < tokens.count else { return nil }
        return tokens[i].key
    }

    private func isWord(_ i: Int, _ text: String) -> Bool {
        i >= 0 && i < tokens.count && tokens[i].isWord(text)
    }

    private func isSymbol(_ i: Int, _ text: String) -> Bool {
        i >= 0 && i < tokens.count && tokens[i].isSymbol(text)
    }

    private func isDash(_ i: Int) -> Bool {
        i >= 0 && i < tokens.count && tokens[i].isSymbol && ["-", "–", "—", "−"].contains(tokens[i].key)
    }

    /// Letters joined to token `i` without spaces or full stops ("a.m." is "am"), and the index after them.
    private func compact(at i: Int) -> (String, Int) {
        var text = ""
        var j = i
        while j < tokens.count, j == i || tokens[j].glued, tokens[j].isWord || tokens[j].isSymbol(".") {
            if tokens[j].isWord { text += tokens[j].key }
            j += 1
        }
        return (text, j)
    }

    /// The index after the run of tokens joined to token `i` ("2019-09-01T10:38", "5G", "24/7").
    private func afterGluedRun(_ i: Int) -> Int {
        var j = i + 1
        while j < tokens.count, tokens[j].glued, !(tokens[j].isSymbol && [",", ";", ")", "(", "\"", "”", "“"].contains(tokens[j].key)) {
            // A full stop that ends the sentence is not part of the run.
            if tokens[j].isSymbol("."), j + 1 >= tokens.count || tokens[j + 1].spaced { break }
            j += 1
        }
        return j
    }

    // MARK: - The figures of the sentence

    func figures() -> [FigureFinder.Found] {
        var drafts: [FigureDraft] = []
        var i = 0
        while i < tokens.count {
            guard tokens[i].isNumber || (tokens[i].isWord && mayStartNumber(tokens[i].key)) else { i += 1; continue }
            switch figure(at: i, after: drafts.last) {
            case .figure(let draft):
                drafts.append(draft)
                i = draft.end + 1
            case .skip(let next):
                i = max(next, i + 1)
            case .nothing:
                i += 1
            }
        }
        shareOutcomes(&drafts)
        return drafts.map(make)
    }

    /// Counts joined by "and" share what happened to them: "26 criminals and 18 guards who
    /// were killed".
    private func shareOutcomes(_ drafts: inout [FigureDraft]) {
        guard drafts.count >= 2 else { return }
        for k in stride(from: drafts.count - 2, through: 0, by: -1) where drafts[k].outcome == nil && drafts[k].head != nil {
            let next = drafts[k + 1]
            guard let outcome = next.outcome, next.head != nil, drafts[k].end < next.start else { continue }
            let between = (drafts[k].end + 1)..<next.start
            if between.allSatisfy({ tokens[$0].isWord("and") || tokens[$0].isSymbol && [",", "”", "\"", "’"].contains(tokens[$0].key) }),
               between.contains(where: { tokens[$0].isWord("and") }) {
                drafts[k].outcome = outcome
            }
        }
    }

    private func mayStartNumber(_ key: String) -> Bool {
        key == "a" || key == "an" || numbers.entry(key) != nil || key.hasSuffix("fold")
    }

    enum Outcome {
        case figure(FigureDraft)
        /// Not a figure: go on at this token.
        case skip(Int)
        case nothing
    }

    private func figure(at i: Int, after previous: FigureDraft?) -> Outcome {
        if tokens[i].isNumber, let skip = notAFigure(at: i) { return .skip(skip) }
        guard let number = readNumber(at: i) else { return .nothing }
        var draft = FigureDraft(number: number)
        if !number.inWords, let skip = notAFigure(after: number, at: i) { return .skip(skip) }
        readBefore(&draft)
        readAfter(&draft)
        if let skip = readRange(&draft) { return .skip(skip) }
        if let skip = yearOrName(draft) { return .skip(skip) }
        readAlternative(&draft)
        // A number in words counts only with what it counts: "one" alone is a pronoun.
        if number.inWords && !draft.hasMeasure && draft.head == nil && !number.fraction && !number.vague { return .nothing }
        readChange(&draft, after: previous)
        readOutcome(&draft)
        readAbout(&draft)
        return .figure(draft)
    }

    // MARK: - Reading a number

    func readNumber(at i: Int) -> NumberReading? {
        tokens[i].isNumber ? readDigits(at: i) : readWords(at: i)
    }

    /// Digits, with a fraction ("1/2"), a scale ("1.2 million", "2.7m", "$4.2bn", "25k") and a
    /// half ("three and a half") after them.
    private func readDigits(at i: Int) -> NumberReading {
        let token = tokens[i]
        var reading = NumberReading(value: token.value, first: i, last: i)
        reading.plain = token.decimals == 0 && !token.grouped
        if isSymbol(i + 1, "/"), tokens[i + 1].glued, i + 2 < tokens.count, tokens[i + 2].isNumber, tokens[i + 2].glued,
           token.decimals == 0, tokens[i + 2].decimals == 0, token.value < tokens[i + 2].value, tokens[i + 2].value > 0 {
            reading.value = token.value / tokens[i + 2].value
            reading.last = i + 2
            reading.fraction = true
            reading.plain = false
            return reading
        }
        readPowerOfTen(&reading)
        readScale(&reading)
        readHalf(&reading)
        return reading
    }

    /// "2.998×10−8", "6.02 x 10^23": a number in scientific notation.
    private func readPowerOfTen(_ reading: inout NumberReading) {
        let j = reading.last + 1
        guard j + 1 < tokens.count, tokens[j].isSymbol("×") || tokens[j].isWord("x"), tokens[j + 1].isNumber, tokens[j + 1].key == "10" else { return }
        var k = j + 2
        var sign = 1.0
        if isSymbol(k, "^") { k += 1 }
        if k < tokens.count, tokens[k].glued, isDash(k) || isSymbol(k, "+") {
            if isDash(k) { sign = -1 }
            k += 1
        }
        guard k < tokens.count, tokens[k].isNumber, tokens[k].glued, tokens[k].decimals == 0, tokens[k].value < 400 else { return }
        reading.value *= pow10(sign * tokens[k].value)
        reading.last = k
        reading.plain = false
    }

    private func pow10(_ exponent: Double) -> Double {
        var result = 1.0
        for _ in 0..<Int(abs(exponent)) { result *= 10 }
        return exponent < 0 ? 1 / result : result
    }

    /// A scale after a number: a word ("million", "hundred thousand") or an abbreviation
    /// joined to it ("2.7m", "25k") or, for the unmistakable ones, apart ("$4.2 bn").
    private func readScale(_ reading: inout NumberReading) {
        var j = reading.last + 1
        guard j < tokens.count, tokens[j].isWord else { return }
        let written = raw(tokens[j])
        if let factor = numbers.abbreviations[written], isScaleAbbreviation(written, at: j) {
            reading.value *= factor
            reading.last = j
            reading.scaled = true
            reading.plain = false
            return
        }
        while j < tokens.count, tokens[j].isWord, let entry = numbers.entry(tokens[j].key), entry.role == .scale || entry.role == .hundred {
            reading.value *= entry.value
            reading.last = j
            reading.scaled = true
            reading.plain = false
            j += 1
        }
    }

    /// Whether the abbreviation at `j` is a scale. One letter apart from the number is a
    /// scale only in a sentence about money ("$5 m") or before a plural ("8 B people"); "m"
    /// joined to a number is a million in such a sentence or before a plural ("2.7m sales"),
    /// and metres otherwise ("an 18m yacht").
    private func isScaleAbbreviation(_ written: String, at j: Int) -> Bool {
        let single = written.count == 1
        if tokens[j].spaced && single {
            return money && hasCurrencyNear(j) || pluralFollows(j + 1, within: 1)
        }
        if written == "m" {
            return money || hasCurrencyNear(j) || isWord(j + 1, "of") || pluralFollows(j + 1, within: 4)
        }
        return true
    }

    private func hasCurrencyNear(_ j: Int) -> Bool {
        (max(0, j - 4)..<j).contains { k in
            lexicon.measures.matches(tokens, at: k, raw: raw).contains { if case .currency = $0.measure { true } else { false } }
        }
    }

    /// A plural noun among the next `within` words, before any punctuation or number.
    private func pluralFollows(_ j: Int, within: Int) -> Bool {
        var k = j
        while k < tokens.count, k < j + within, tokens[k].isWord {
            if english.looksPlural(tokens[k].key) { return true }
            if english.isGrammatical(tokens[k].key) { return false }
            k += 1
        }
        return false
    }

    /// "three and a half", "2 and a half": adds the half.
    private func readHalf(_ reading: inout NumberReading) {
        let j = reading.last + 1
        guard isWord(j, "and"), isWord(j + 1, "a"), isWord(j + 2, "half") else { return }
        reading.value += 0.5
        reading.last = j + 2
        reading.fraction = true
        reading.plain = false
    }

    /// A number in words: "twenty-six", "a dozen", "six hundred and forty-two", "two-thirds",
    /// "a third of", "half a million", "hundreds of thousands of".
    private func readWords(at i: Int) -> NumberReading? {
        let key = tokens[i].key
        var reading = NumberReading(value: 0, first: i, last: i, inWords: true)
        if key == "a" || key == "an" {
            // "a dozen", "a hundred", "a million"; "a third of", "a quarter of".
            guard i + 1 < tokens.count, tokens[i + 1].isWord, let entry = numbers.entry(tokens[i + 1].key) else { return nil }
            switch entry.role {
            case .hundred, .scale, .dozen:
                guard var rest = readWords(at: i + 1) else { return nil }
                rest.first = i
                return rest
            case .fraction where isWord(i + 2, "of") && entry.value < 1 && !tokens[i + 1].key.hasSuffix("s"):
                reading.value = entry.value
                reading.last = i + 1
                reading.fraction = true
                return reading
            default:
                return nil
            }
        }
        // "sixfold", "tenfold"
        if key.hasSuffix("fold"), key.count > 4, let entry = numbers.entry(String(key.dropLast(4))), entry.role != .abbrev {
            reading.value = entry.value
            return reading
        }
        guard let entry = numbers.entry(key) else { return nil }
        switch entry.role {
        case .vague:
            return readVague(at: i, entry)
        case .fraction:
            // "half a million", "half a percentage point"; a fraction alone ("the third") is an
            // ordinal or a noun.
            guard key == "half", isWord(i + 1, "a") || isWord(i + 1, "an"), i + 2 < tokens.count else { return nil }
            if let scale = numbers.entry(tokens[i + 2].key), scale.role == .scale || scale.role == .dozen {
                reading.value = 0.5 * scale.value
                reading.last = i + 2
            } else if !lexicon.measures.matches(tokens, at: i + 2, raw: raw).isEmpty {
                reading.value = 0.5
                reading.last = i + 1
            } else {
                return nil
            }
            reading.fraction = true
            return reading
        case .abbrev:
            return nil
        default:
            break
        }
        // "one" is a pronoun after a determiner ("the one", "no one") and before "another".
        if key == "one", i > 0, let before = self.key(i - 1), ["the", "this", "that", "no", "any", "every", "each", "which"].contains(before) {
            return nil
        }
        if key == "one", isWord(i + 1, "another") || isWord(i + 1, "by") { return nil }
        var total = 0.0
        var current = 0.0
        var lastRole: NumberWords.Role?
        var j = i
        loop: while j < tokens.count {
            let token = tokens[j]
            // "twenty-six": a hyphen between a ten and a unit.
            if isDash(j), token.glued, lastRole == .ten, j + 1 < tokens.count, tokens[j + 1].glued,
               numbers.entry(tokens[j + 1].key)?.role == .unit {
                j += 1
                continue
            }
            // "six hundred and forty-two", "two thousand and five".
            if token.isWord("and"), lastRole == .hundred || lastRole == .scale, j + 1 < tokens.count,
               let next = numbers.entry(tokens[j + 1].key), [.unit, .teen, .ten].contains(next.role) {
                j += 1
                continue
            }
            guard token.isWord, let entry = numbers.entry(token.key) else { break }
            switch entry.role {
            case .unit, .teen:
                if lastRole == .unit || lastRole == .teen || (lastRole == .ten && entry.role == .teen) { break loop }
                current += entry.value
            case .ten:
                if lastRole == .unit || lastRole == .teen || lastRole == .ten { break loop }
                current += entry.value
            case .hundred:
                if lastRole == .hundred { break loop }
                current = max(current, 1) * 100
            case .scale:
                total += max(current, 1) * entry.value
                current = 0
            case .dozen:
                current = max(current, 1) * 12
            default:
                break loop
            }
            lastRole = entry.role
            reading.last = j
            j += 1
        }
        guard lastRole != nil else { return nil }
        reading.value = total + current
        reading.scaled = lastRole == .scale || lastRole == .hundred
        // "two-thirds", "three quarters", "one fourth".
        var f = reading.last + 1
        if isDash(f), tokens[f].glued { f += 1 }
        if f < tokens.count, tokens[f].isWord, let fraction = numbers.entry(tokens[f].key), fraction.role == .fraction,
           fraction.value < 1, reading.value < 20, !reading.scaled {
            reading.value *= fraction.value
            reading.last = f
            reading.fraction = true
            return reading
        }
        readHalf(&reading)
        return reading
    }

    /// "dozens of", "hundreds of thousands of", "tens of thousands of": an order of magnitude.
    private func readVague(at i: Int, _ entry: NumberWords.Entry) -> NumberReading? {
        guard isWord(i + 1, "of") else { return nil }
        var reading = NumberReading(value: entry.value, first: i, last: i, inWords: true, vague: true)
        if i + 3 < tokens.count, let next = numbers.entry(tokens[i + 2].key), next.role == .vague, isWord(i + 3, "of") {
            reading.value *= next.value
            reading.last = i + 2
        }
        return reading
    }

    // MARK: - What a number is not

    /// A number that belongs to something else, found before it is read: joined to a word
    /// ("S23", "COVID-19", "ID.3", "#5"), or a day after a month ("Aug. 14").
    private func notAFigure(at i: Int) -> Int? {
        let token = tokens[i]
        if i > 0 && token.glued {
            let before = tokens[i - 1]
            if before.isWord {
                let prefix = lexicon.measures.matches(tokens, endingAt: i - 1, raw: raw)
                if !prefix.contains(where: { if case .currency = $0.measure { true } else { false } }) { return afterGluedRun(i) }
            } else if ["-", "–", "—", "−"].contains(before.key) {
                // "COVID-19", "mid-1990s", "F-16"; "sub-300" is a bound; a lone sign is a sign.
                if i >= 2, tokens[i - 2].isNumber, before.glued { return afterGluedRun(i) }
                if i >= 2, tokens[i - 2].isWord, before.glued, tokens[i - 2].key != "sub" { return afterGluedRun(i) }
            } else if before.isSymbol("."), i >= 2, tokens[i - 2].isWord, before.glued {
                return afterGluedRun(i)
            } else if ["#", "№", "/", ":"].contains(before.key) {
                return afterGluedRun(i)
            }
        }
        // "Aug. 14", "August 26 2019", "Sept. 20-24": a day of a month.
        if token.decimals == 0, !token.grouped, token.value >= 1, token.value <= 31 {
            var m = i - 1
            if isSymbol(m, ".") { m -= 1 }
            if m >= 0, isMonth(m) { return afterGluedRun(i) }
        }
        // "No. 1"
        if isSymbol(i - 1, "."), i >= 2, tokens[i - 2].isWord("no"), tokens[i - 2].capitalized { return afterGluedRun(i) }
        return nil
    }

    private func isMonth(_ i: Int) -> Bool {
        guard i >= 0, i < tokens.count, tokens[i].isWord, tokens[i].capitalized else { return false }
        return lexicon.calendar.months[tokens[i].key] != nil
    }

    /// What the tokens after a number in digits show it is not: an ordinal ("22nd"), a decade
    /// ("1990s"), a time ("9:35", "11 a.m.", "0401 GMT"), a name joined to it ("5G", "3D"), a
    /// day before a month ("9 May"), a number in parentheses or heading a list ("(4)", "1.").
    private func notAFigure(after number: NumberReading, at i: Int) -> Int? {
        let token = tokens[i]
        let next = number.last + 1
        if next < tokens.count, tokens[next].glued {
            let after = tokens[next]
            if after.isWord, !number.scaled {
                let (letters, _) = compact(at: next)
                if ["st", "nd", "rd", "th", "s"].contains(after.key) || lexicon.calendar.clock.contains(letters) {
                    return afterGluedRun(i)
                }
                let measures = lexicon.measures.matches(tokens, at: next, raw: raw)
                if measures.isEmpty && !after.key.hasPrefix("year") && !words.counters.contains(after.key) { return afterGluedRun(i) }
            }
            if after.isSymbol(":") || after.isSymbol("/"), next + 1 < tokens.count, tokens[next + 1].isNumber, tokens[next + 1].glued {
                return afterGluedRun(i)
            }
            if isDash(next), next + 1 < tokens.count, tokens[next + 1].isNumber, tokens[next + 1].glued,
               next + 2 < tokens.count, isDash(next + 2), tokens[next + 2].glued {
                return afterGluedRun(i)  // 555-12-34, 2019-09-01
            }
            // "555-1234": three digits, a hyphen, four digits.
            if isDash(next), number.plain, token.integerDigits == 3, next + 1 < tokens.count, tokens[next + 1].isNumber,
               tokens[next + 1].glued, tokens[next + 1].integerDigits == 4, tokens[next + 1].decimals == 0, !tokens[next + 1].grouped {
                return afterGluedRun(next + 1)
            }
        }
        if next < tokens.count, !number.scaled, tokens[next].isWord {
            let (letters, end) = compact(at: next)
            if lexicon.calendar.clock.contains(letters) { return end }
            if number.plain, token.value >= 1, token.value <= 31, isMonth(next) { return next + 1 }
        }
        // "(4)", and "1." heading a sentence.
        if number.plain, isSymbol(i - 1, "("), isSymbol(next, ")"), token.integerDigits <= 2 { return next + 1 }
        if number.plain, i == 0, isSymbol(next, ".") || isSymbol(next, ")") { return next + 1 }
        return nil
    }

    /// A year ("in 2019", "the 2020 Escape"), or a number that is part of a name ("Game 2",
    /// "Section 427", "Apple Watch 5"), once what follows the number is known: either counts
    /// as a figure only with a unit, a currency or a counted noun.
    private func yearOrName(_ draft: FigureDraft) -> Int? {
        let number = draft.number
        guard !number.inWords, number.plain, draft.measure == nil, draft.age == nil,
              draft.high == nil || draft.head == nil && !draft.hasMeasure else { return nil }
        let token = tokens[number.first]
        let value = token.value
        let before = number.first - 1
        // A year: four digits from 1800 to 2100, or any after or before an era ("A.D. 1000"),
        // unless a plural noun right after it makes it a count ("2000 hires") and no
        // preposition of time or date stands before it.
        let era = (before >= 0 && lexicon.calendar.eras.contains(compactBackward(before)))
            || (number.last + 1 < tokens.count && tokens[number.last + 1].isWord && lexicon.calendar.eras.contains(compact(at: number.last + 1).0))
        if era || (token.integerDigits == 4 && value >= 1800 && value <= 2100) {
            let timePreposition = followsTimePreposition(number)
            let afterDate = before >= 0 && (tokens[before].isNumber || isMonth(before) || isSymbol(before, ",") && isMonth(before - 2))
            let counts = draft.head != nil && (draft.high != nil || draft.head == number.last + 1 && !tokens[number.last + 1].capitalized)
            if era || timePreposition || afterDate || !counts { return afterGluedRun(number.last) }
        }
        // Part of a name: a word with a capital just before ("Game 2", "Section 427", "Model 3
        // sedans", "iPhone 14"), unless it is a word of the sentence's grammar or a qualifier.
        if before >= 0, tokens[before].isWord, hasCapital(tokens[before]), draft.qualifier == nil, token.integerDigits <= 3,
           !english.isGrammatical(tokens[before].key), numbers.entry(tokens[before].key) == nil,
           lexicon.calendar.weekdays[tokens[before].key] == nil, lexicon.calendar.months[tokens[before].key] == nil {
            return afterGluedRun(number.last)
        }
        return nil
    }

    /// A number after a preposition that takes a year: "in 2018", "since 1991".
    private func followsTimePreposition(_ number: NumberReading) -> Bool {
        let before = number.first - 1
        return before >= 0 && tokens[before].isWord
            && ["in", "since", "by", "until", "from", "of", "during", "before", "after", "through", "till", "and", "to", "between"].contains(tokens[before].key)
    }

    /// A word with a capital anywhere: "Game", "iPhone", "S".
    private func hasCapital(_ token: TextToken) -> Bool {
        token.capitalized || bytes[token.range].contains { $0 >= 0x41 && $0 <= 0x5A }
    }

    /// Letters joined backward from token `i` ("A.D." before a year is "ad").
    private func compactBackward(_ i: Int) -> String {
        var text = ""
        var j = i
        while j >= 0, tokens[j].isWord || tokens[j].isSymbol(".") {
            if tokens[j].isWord { text = tokens[j].key + text }
            if tokens[j].spaced { break }
            j -= 1
        }
        return text
    }

    // MARK: - Before the number

    /// A sign ("-1.3%"), a currency symbol or code ("$", "US$", "HK $", "RM", "EUR"), a bound
    /// ("sub-300") and a qualifier ("more than", "about", "~").
    private func readBefore(_ draft: inout FigureDraft) {
        var start = draft.number.first
        if !draft.number.inWords, start >= 1, tokens[start].glued,
           tokens[start - 1].isSymbol && ["-", "−", "+"].contains(tokens[start - 1].key),
           start - 1 == 0 || tokens[start - 1].spaced || isSymbol(start - 2, "(") {
            let minus = tokens[start - 1].key != "+"
            if minus { draft.value = -draft.value }
            draft.change = minus ? .down : .up
            start -= 1
            if minus, isWord(start - 1, "minus") { start -= 1 }  // "minus-260 degrees"
        } else if isWord(start - 1, "minus") {
            draft.value = -draft.value
            start -= 1
        }
        if start >= 1, !draft.number.inWords {
            let currencies = lexicon.measures.matches(tokens, endingAt: start - 1, raw: raw).filter {
                if case .currency = $0.measure { return true } else { return false }
            }
            if let match = currencies.first(where: { !($0.needsGlue || isLetters($0, endingAt: start - 1)) || tokens[start].glued }) {
                draft.measure = match.measure
                draft.measureTokens = (start - match.length)..<start
                start -= match.length
            }
        }
        // "sub-300 sq m"
        if isDash(start - 1), tokens[start].glued, tokens[start - 1].glued, isWord(start - 2, "sub") {
            draft.qualifier = "less than"
            start -= 2
        }
        if let qualifier = words.qualifiers.phrase(endingAt: start, in: key) {
            draft.qualifier = qualifier.value
            start = qualifier.start
        }
        draft.start = start
    }

    /// A currency code in letters ("USD", "RM") stands apart from its number only when it is
    /// three capitals.
    private func isLetters(_ match: MeasureTable.Match, endingAt last: Int) -> Bool {
        let first = tokens[last - match.length + 1]
        guard first.isWord else { return false }
        let written = raw(first)
        return !(match.length == 1 && written.count == 3 && written.allSatisfy(\.isUppercase))
    }

    // MARK: - After the number

    private func readAfter(_ draft: inout FigureDraft) {
        var j = draft.number.last + 1
        // "grew sixfold": the multiple counts itself.
        if draft.number.inWords, tokens[draft.number.first].key.hasSuffix("fold") {
            draft.head = draft.number.first
            return
        }
        if let (age, end) = readAge(draft, at: j) {
            draft.age = age
            draft.end = end
            return
        }
        // "4,750-mile", "2.4-liter", "185-hp": a unit joined by a hyphen.
        if isDash(j), tokens[j].glued, j + 1 < tokens.count, tokens[j + 1].glued, measure(at: j + 1, draft) != nil { j += 1 }
        if let (match, end) = measure(at: j, draft) {
            if draft.measure == nil || isMinor(match) {
                draft.measure = match
                draft.measureTokens = j..<end
                j = end
            }
            draft.end = end - 1
            readRate(&draft, at: j)
            return
        }
        if draft.measure != nil {
            draft.end = max(draft.end, draft.number.last)
            readRate(&draft, at: j)
            return
        }
        if draft.number.vague || isWord(j, "of") {
            if let head = partitive(at: j) { draft.head = head; draft.end = head }
            return
        }
        // "a four-cylinder engine", "a 12-page document": a count joined to a singular noun.
        if isDash(j), tokens[j].glued, j + 1 < tokens.count, tokens[j + 1].isWord, tokens[j + 1].glued,
           !english.isGrammatical(tokens[j + 1].key), numbers.entry(tokens[j + 1].key) == nil, !draft.number.scaled,
           draft.number.plain || draft.number.inWords {
            draft.head = j + 1
            draft.end = j + 1
            return
        }
        let one = draft.value == 1 && !draft.number.scaled
        if let head = nounPhraseHead(from: j, singular: one), !(one && english.looksPlural(tokens[head].key)) {
            draft.head = head
            draft.end = head
            readRate(&draft, at: head + 1)
            return
        }
        // "30 million lari": an unknown word after a number in a sentence about money, when
        // the number has a scale or follows a word of money ("paid 500 lari").
        let paid = draft.start > 0 && tokens[draft.start - 1].isWord && words.money.contains(tokens[draft.start - 1].key)
        if money, draft.number.scaled || paid, j < tokens.count, tokens[j].isWord, !tokens[j].capitalized,
           !english.isGrammatical(tokens[j].key), !english.looksPlural(tokens[j].key), !isVerbLike(tokens[j].key),
           numbers.entry(tokens[j].key) == nil,
           j + 1 >= tokens.count || !tokens[j + 1].isWord || english.isGrammatical(tokens[j + 1].key) {
            draft.unknownCurrency = j
            draft.end = j
            return
        }
        // "20 per week", "78,000 times a minute"
        readRate(&draft, at: j)
    }

    private func isMinor(_ measure: Measure) -> Bool {
        if case .minor = measure { return true }
        return false
    }

    /// The measure after the number at `j`: a unit, a currency or a minor unit, the longest
    /// spelling first; an ambiguous one by the sentence ("pounds" of money or of weight).
    private func measure(at j: Int, _ draft: FigureDraft) -> (Measure, Int)? {
        guard j < tokens.count else { return nil }
        var matches = lexicon.measures.matches(tokens, at: j, raw: raw).filter { !$0.needsGlue || tokens[j].glued }
        // "during 2016 Stone spoke": a capitalised word after a year is a name, not a unit.
        let first = tokens[draft.number.first]
        if tokens[j].isWord, tokens[j].capitalized, first.isNumber, first.integerDigits == 4, draft.number.plain,
           first.value >= 1800, first.value <= 2100 {
            matches = matches.filter { $0.needsGlue }
        }
        // A quote mark after a number is a unit only when no quotation closes there.
        matches = matches.filter { match in
            guard case .unit(let unit) = match.measure, unit.family == "length", tokens[j].isSymbol else { return true }
            return j + 1 >= tokens.count || tokens[j + 1].spaced
        }
        guard let longest = matches.first?.length else { return nil }
        let candidates = matches.filter { $0.length == longest }
        let prefixCurrency: Measure.Currency? = {
            if case .currency(let currency) = draft.measure { return currency }
            return nil
        }()
        func score(_ measure: Measure) -> Int {
            switch measure {
            case .currency(let currency):
                return currency == prefixCurrency ? 4 : (money ? 3 : 1)
            case .minor(let currency):
                return currency == prefixCurrency ? 5 : (currency.code == "USD" ? 3 : 2)
            case .unit:
                return money ? 2 : 3
            }
        }
        guard let best = candidates.max(by: { score($0.measure) < score($1.measure) }) else { return nil }
        return (best.measure, j + best.length)
    }

    /// "an 81-year-old", "15 year-old", "30 years old", "a 6-month-old"; "aged 52", "age 5";
    /// "Nazarbayev, 81,".
    private func readAge(_ draft: FigureDraft, at j: Int) -> (Measure.Unit, Int)? {
        let years = lexicon.measures.units["year of age"]
        let months = lexicon.measures.units["month of age"]
        var k = j
        if isDash(k) { k += 1 }
        if k < tokens.count, tokens[k].isWord, ["year", "years", "month", "months"].contains(tokens[k].key) {
            let unit = tokens[k].key.hasPrefix("month") ? months : years
            var old = k + 1
            if isDash(old) { old += 1 }
            if isWord(old, "old"), let unit { return (unit, old) }
        }
        guard draft.number.plain, draft.value >= 1, draft.value <= 120, let years else { return nil }
        let before = draft.number.first - 1
        if before >= 0, tokens[before].isWord, ["aged", "age"].contains(tokens[before].key) { return (years, draft.number.last) }
        if isWord(before - 1, "age"), isWord(before, "of") { return (years, draft.number.last) }
        // "Nazarbayev, 81," or "Ostrova, 52." after a capitalised name.
        if isSymbol(before, ","), before >= 1, tokens[before - 1].isWord, tokens[before - 1].capitalized,
           !english.isGrammatical(tokens[before - 1].key), draft.value >= 10,
           j >= tokens.count || isSymbol(j, ",") || isSymbol(j, ".") || isSymbol(j, ")") {
            return (years, draft.number.last)
        }
        return nil
    }

    /// "$14.95 a month", "800,000 barrels a day", "20 per week", "£24 a-year".
    private func readRate(_ draft: inout FigureDraft, at j: Int) {
        guard j < tokens.count, tokens[j].isWord && ["a", "an", "per", "each"].contains(tokens[j].key) || isSymbol(j, "/") else { return }
        // Without a unit, only "per" or a unit of time makes a rate ("20 per week").
        let bare = !draft.hasMeasure
        var k = j + 1
        if isDash(k) { k += 1 }
        guard k < tokens.count, tokens[k].isWord, !english.isGrammatical(tokens[k].key) else { return }
        // "210,643 contracts a week earlier" speaks of when, not of a rate.
        if let after = key(k + 1), ["earlier", "ago", "later", "before", "after", "prior"].contains(after) { return }
        if let (measure, end) = measure(at: k, draft), case .unit(let unit) = measure, unit.family == "time" {
            draft.per = unit.name
            draft.end = end - 1
        } else if !bare, tokens[j].key == "per" || tokens[j].key == "a", !english.looksPlural(tokens[k].key), !tokens[k].capitalized {
            // "per share", "a barrel"
            draft.per = tokens[k].key
            draft.end = k
        }
    }

    /// The head of the noun phrase after a number: the first plural noun within four words
    /// ("12,000 dockworkers", "at least 14 cargo ships", "96 Liverpool fans"), or after "one",
    /// the last word before the phrase ends ("one man", "one particular demand").
    private func nounPhraseHead(from j: Int, singular: Bool) -> Int? {
        var k = j
        var seen = 0
        var lastWord: Int?
        while k < tokens.count, seen < 4 {
            let token = tokens[k]
            // Quotation marks inside the phrase ("26 “armed criminals”").
            if token.isSymbol, ["“", "”", "\"", "‘", "'"].contains(token.key) { k += 1; continue }
            // A compound joined by hyphens is one modifier: "gas-only", "coal-fired".
            if k > j, isDash(k), token.glued, k + 1 < tokens.count, tokens[k + 1].isWord, tokens[k + 1].glued {
                lastWord = k + 1
                k += 2
                continue
            }
            guard token.isWord else { break }
            // Words of degree stand before the noun: "eight more picks", "the most gifted attackers".
            if ["more", "most", "other", "fewer", "additional", "extra", "further", "less"].contains(token.key), k + 1 < tokens.count {
                k += 1
                continue
            }
            if english.isGrammatical(token.key) || numbers.entry(token.key) != nil { break }
            if lexicon.calendar.months[token.key] != nil && token.capitalized { break }
            if english.looksPlural(token.key) && !isVerbLike(token.key) { return k }
            lastWord = k
            seen += 1
            k += 1
        }
        if singular, let lastWord { return lastWord }
        return nil
    }

    /// A word that ends like a verb form and is not the head of a noun phrase.
    private func isVerbLike(_ key: String) -> Bool {
        key.hasSuffix("ed") || key.hasSuffix("ing")
    }

    /// "of" and what it counts: "hundreds of people", "one of the people", "35m of its Echo
    /// devices".
    private func partitive(at j: Int) -> Int? {
        guard isWord(j, "of") else { return nil }
        var k = j + 1
        if k < tokens.count, tokens[k].isWord, let kind = english.classes[tokens[k].key], kind == .determiner || kind == .possessive {
            k += 1
        }
        return nounPhraseHead(from: k, singular: false)
    }

    // MARK: - Ranges

    /// "between seventy and 500 soldiers", "from 252 miles to 287 miles", "40 to 50 hours",
    /// "70-500", "four to five thousand people": one figure with a low and a high value.
    /// Returns where to go on when the two numbers are a score or a season ("won 2-1",
    /// "2014-15"), which are not figures.
    private func readRange(_ draft: inout FigureDraft) -> Int? {
        var j = draft.end + 1
        guard j < tokens.count else { return nil }
        // "rose 60% in 2018 to 3.9 million headsets": a year is no end of a range of counts.
        let first = tokens[draft.number.first]
        if draft.number.plain, first.integerDigits == 4, first.value >= 1800, first.value <= 2100, followsTimePreposition(draft.number),
           !draft.hasMeasure, draft.head == nil, !isWord(draft.start - 1, "from") {
            return nil
        }
        let from = isWord(draft.start - 1, "from")
        let between = isWord(draft.start - 1, "between")
        let connector = tokens[j]
        let dash = isDash(j)
        guard (connector.isWord("to") && !between) || (connector.isWord("and") && between) || dash
            || connector.isWord("through") else { return nil }
        j += 1
        // A spun copy's "between seventy and also 500".
        if between, isWord(j, "also") { j += 1 }
        // A second currency symbol: "$10 to $15 billion", "RM120,000 to RM300,000".
        var secondPrefix: Measure?
        let symbols = lexicon.measures.matches(tokens, at: j, raw: raw).filter { if case .currency = $0.measure { true } else { false } }
        if let symbol = symbols.first, j + symbol.length < tokens.count, tokens[j + symbol.length].isNumber {
            secondPrefix = symbol.measure
            j += symbol.length
        }
        guard j < tokens.count, tokens[j].isNumber || (tokens[j].isWord && mayStartNumber(tokens[j].key)),
              let number = readNumber(at: j) else { return nil }
        var second = FigureDraft(number: number)
        second.measure = secondPrefix
        readAfter(&second)
        let firstHasUnit = draft.hasMeasure || draft.head != nil
        let secondHasUnit = second.hasMeasure || second.head != nil
        // A score ("won 2-1") and a season ("2014-15") are not ranges, nor figures.
        if dash, tokens[j - 1].glued, connector.glued, !firstHasUnit, !secondHasUnit, draft.number.plain, number.plain {
            return afterGluedRun(number.last)
        }
        let sameMeasure = draft.measure == second.measure && draft.head == nil
        let ranged: Bool
        if from || between || dash {
            ranged = !firstHasUnit || !secondHasUnit || sameMeasure || second.head != nil
        } else {
            // "40 to 50 hours", "5% to 10%", "aged 18 to 34"; not "fell 0.4 per cent to 13176".
            ranged = (!firstHasUnit && secondHasUnit) || (sameMeasure && draft.measure != nil)
                || (firstHasUnit && !secondHasUnit && number.plain && second.value > draft.value && second.value < draft.value * 100)
        }
        guard ranged, draft.change == nil || from else { return nil }
        // "four to five thousand people": the scale of the second serves the first.
        var low = draft.value
        if second.number.scaled, !draft.number.scaled, draft.value > 0, draft.value < 1000 {
            let factor = scaleFactor(of: second.number)
            if factor > 1 { low *= factor }
        }
        guard low <= second.value || from else { return nil }
        draft.value = low
        draft.high = second.value
        if !firstHasUnit {
            draft.measure = second.measure
            draft.measureTokens = second.measureTokens
            draft.head = second.head
            draft.age = second.age
            draft.per = second.per
            draft.unknownCurrency = second.unknownCurrency
        }
        draft.end = second.end
        return nil
    }

    /// "eight or nine euros", "7- or 8-inch", "25k or 40k": a number without a unit before
    /// "or" and a number with one takes that unit, as a figure of its own.
    private func readAlternative(_ draft: inout FigureDraft) {
        guard !draft.hasMeasure, draft.head == nil, draft.high == nil else { return }
        var j = draft.end + 1
        if isDash(j), tokens[j].glued { j += 1 }
        guard isWord(j, "or"), j + 1 < tokens.count else { return }
        var k = j + 1
        var second = FigureDraft(number: NumberReading(value: 0, first: k, last: k))
        let symbols = lexicon.measures.matches(tokens, at: k, raw: raw).filter { if case .currency = $0.measure { true } else { false } }
        if let symbol = symbols.first, k + symbol.length < tokens.count, tokens[k + symbol.length].isNumber {
            second.measure = symbol.measure
            k += symbol.length
        }
        guard k < tokens.count, tokens[k].isNumber || (tokens[k].isWord && mayStartNumber(tokens[k].key)),
              let number = readNumber(at: k) else { return }
        let prefix = second.measure
        second = FigureDraft(number: number)
        second.measure = prefix
        readAfter(&second)
        guard second.hasMeasure || second.head != nil else { return }
        draft.measure = second.measure
        draft.age = second.age
        draft.unknownCurrency = second.unknownCurrency
        draft.per = second.per
        if second.head != nil, draft.number.scaled == second.number.scaled { draft.head = second.head }
    }

    /// The scale a number was multiplied by: "five thousand" -> 1000.
    private func scaleFactor(of number: NumberReading) -> Double {
        var factor = 1.0
        for k in stride(from: number.last, through: number.first, by: -1) {
            guard tokens[k].isWord else { break }
            if let value = numbers.abbreviations[raw(tokens[k])] { return value }
            guard let entry = numbers.entry(tokens[k].key), entry.role == .scale || entry.role == .hundred else { break }
            factor *= entry.value
        }
        return factor
    }

    // MARK: - Change, outcome, and what a measure is about

    /// A verb of change just before the figure ("rose 6.5%", "down 19 cents", "lost more than
    /// 60%"), a noun of change after it ("a 4.2 percent drop"), or the change of the figure
    /// before, carried over "to" ("rose 6.5% to 164p").
    private func readChange(_ draft: inout FigureDraft, after previous: FigureDraft?) {
        guard draft.change == nil else { return }
        var k = draft.start
        while k > 0, let key = key(k - 1), ["by", "to", "from", "a", "an", "some", "sharply", "slightly", "nearly", "almost", "about"].contains(key) || key.hasSuffix("ly") {
            k -= 1
        }
        if let change = words.changes.phrase(endingAt: k, in: key), change.start >= draft.start - 4 {
            draft.change = change.value
            return
        }
        if let after = key(draft.end + 1), let change = words.changes.phrase(startingAt: draft.end + 1, in: key),
           ["drop", "increase", "rise", "fall", "decline", "gain", "loss", "jump", "cut", "reduction", "decrease", "hike", "surge", "dip"].contains(after) {
            draft.change = change.value
            return
        }
        if let previous, let change = previous.change, previous.end + 2 == draft.start, isWord(previous.end + 1, "to") {
            draft.change = change
            // "rose 64.06 points to 4,577.10": the level is in the same points.
            if !draft.hasMeasure, draft.head == nil, case .unit(let unit)? = previous.measure, unit.family == "point" {
                draft.measure = previous.measure
            }
        }
    }

    /// What happened to what is counted, in the figure's clause: after it ("26 criminals
    /// killed", "4,000 people have been arrested") or just before ("killing 26 people", "the
    /// death toll rose to 227").
    private func readOutcome(_ draft: inout FigureDraft) {
        guard draft.measure == nil, draft.age == nil else { return }
        if let head = draft.head, let outcome = words.outcomes.phrase(startingAt: head, in: key) {
            draft.outcome = outcome.value
            return
        }
        var k = draft.end + 1
        var seen = 0
        while k < tokens.count, seen < 8 {
            let token = tokens[k]
            if token.isNumber || token.isSymbol && [";", ":", "(", "?", "!", "“", "\"", "—"].contains(token.key) { break }
            // A relative clause right after the noun is about it ("18 guards who were killed").
            if token.isWord, ["who", "which", "that"].contains(token.key), k > draft.end + 1 { break }
            if token.isWord, ["but", "while", "whereas", "although", "after", "before", "when"].contains(token.key) { break }
            if token.isWord, let outcome = words.outcomes.phrase(startingAt: k, in: key) {
                draft.outcome = outcome.value
                return
            }
            if token.isWord { seen += 1 }
            k += 1
        }
        k = draft.start
        seen = 0
        while k > 0, seen < 6 {
            k -= 1
            let token = tokens[k]
            if token.isNumber || token.isSymbol && [";", ":", ".", "“", "\""].contains(token.key) { break }
            if let outcome = words.outcomes.phrase(endingAt: k + 1, in: key) {
                draft.outcome = outcome.value
                return
            }
            if token.isWord { seen += 1 }
        }
    }

    /// What a measure is about: the noun it modifies ("a 4,750-mile land border", "the 40 yard
    /// line") or the noun that governs it through "of" ("a penalty of $52,000").
    private func readAbout(_ draft: inout FigureDraft) {
        guard draft.head == nil, draft.age == nil else { return }
        let adjectival = draft.start > 0 && ["a", "an", "the"].contains(key(draft.start - 1) ?? "")
            || (draft.measureTokens.map { isDash($0.lowerBound) } ?? false)
        let joined = draft.measureTokens.map { $0.lowerBound > 0 && isDash($0.lowerBound - 1) } ?? false
        if adjectival || joined {
            var k = draft.end + 1
            var last: Int?
            while k < tokens.count, k <= draft.end + 2, tokens[k].isWord, !english.isGrammatical(tokens[k].key), !tokens[k].capitalized {
                last = k
                k += 1
            }
            if let last, !isVerbLike(tokens[last].key) { draft.about = last; return }
        }
        // "the world's longest land boundary (7,500 kilometers)"
        if isSymbol(draft.start - 1, "("), draft.start >= 2, tokens[draft.start - 2].isWord, !tokens[draft.start - 2].capitalized,
           !english.isGrammatical(tokens[draft.start - 2].key), lexicon.measures.matches(tokens, at: draft.start - 2, raw: raw).isEmpty {
            draft.about = draft.start - 2
            return
        }
        if isWord(draft.start - 1, "of"), draft.start >= 2, tokens[draft.start - 2].isWord,
           !english.isGrammatical(tokens[draft.start - 2].key), numbers.entry(tokens[draft.start - 2].key) == nil {
            draft.about = draft.start - 2
        }
    }

    // MARK: - The figure

    private func make(_ draft: FigureDraft) -> FigureFinder.Found {
        var value = draft.value
        var high = draft.high
        var unit: String?
        var family: String
        var factor: Double? = 1
        var offset = 0.0
        if let age = draft.age {
            unit = age.name
            family = age.family
            factor = age.factor
        } else if let measure = draft.measure {
            switch measure {
            case .unit(let measureUnit):
                unit = measureUnit.name
                family = measureUnit.family
                factor = measureUnit.factor == 0 ? nil : measureUnit.factor
                offset = measureUnit.offset
            case .currency(let currency):
                unit = currency.name
                family = "money"
            case .minor(let currency):
                // Cents are the currency's fraction: 19 cents is 0.19 US dollars.
                let minor = Double(max(1, currency.minor))
                value /= minor
                high = high.map { $0 / minor }
                unit = currency.name
                family = "money"
            }
        } else if let word = draft.unknownCurrency {
            unit = tokens[word].key
            family = "money"
        } else if draft.number.fraction && draft.value < 1 {
            family = "share"
        } else if draft.head != nil || draft.number.vague {
            family = "count"
        } else {
            family = "number"
        }
        if let per = draft.per {
            unit = (unit.map { $0 + " " } ?? "") + "per " + per
            factor = nil
        }
        let base = factor.map { value * $0 + offset }
        let startByte = tokens[draft.start].range.lowerBound
        let endByte = tokens[max(draft.start, draft.end)].range.upperBound
        // The words as written, when the value is not the number as written: cents given in
        // their currency, a number in words, a fraction.
        var original: String?
        if value != draft.value || draft.number.inWords || draft.number.fraction {
            let numberStart = tokens[draft.measureTokens.map { min($0.lowerBound, draft.number.first) } ?? draft.number.first].range.lowerBound
            original = String(decoding: UnsafeBufferPointer(rebasing: bytes[numberStart..<max(numberStart, endByte)]), as: UTF8.self)
        }
        let what = (draft.head ?? draft.about).map { raw(tokens[$0]) }
        return FigureFinder.Found(value: value, high: high, unit: unit, family: family, base: base, original: original, what: what,
                                  outcome: draft.outcome, change: draft.change?.rawValue, qualifier: draft.qualifier,
                                  vague: draft.number.vague, range: startByte..<endByte)
    }
}
