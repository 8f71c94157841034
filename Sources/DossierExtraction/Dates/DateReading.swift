import DossierCorpus

/// Reads the date expression that starts at a word of a sentence, if any: its date, its
/// length in words, and whether it was resolved against the publication or an earlier date.
struct DateReading {
    let words: [WordScanner.Word]
    let finder: DateFinder
    /// The date the article spoke of last, for "the following day" and "later that year".
    var last: PartialDate?

    private var calendar: CalendarWords { finder.lexicon.calendar }
    private var published: PartialDate? { finder.published }

    /// Words after which a bare year or an ambiguous month name is a date.
    static let datePrepositions: Set<String> = ["in", "since", "until", "till", "from", "by", "of", "before", "after", "early",
                                                "late", "mid", "around", "during", "between", "and", "to", "through", "on",
                                                "last", "next", "this", "the", "for", "throughout", "circa", "or", "that"]
    /// Month names that are also ordinary words or abbreviations.
    static let wordlikeMonths: Set<String> = ["may", "march", "jan", "mar", "jun", "sep", "dec", "aug", "oct", "nov", "apr", "jul",
                                              "feb", "sept"]

    private func key(_ i: Int) -> String { i >= 0 && i < words.count ? words[i].key : "" }

    func date(at i: Int) -> (PartialDate, Int, Bool)? {
        if let (date, length, twoDigits) = decade(at: i) { return (date, length, twoDigits) }
        if let (date, length) = absolute(at: i) {
            // "Jan. 2" takes its year from the publication: relative too.
            let written = (i..<(i + length)).contains { DateFinder.year(key($0)) != nil || key($0).containsByte(0x2D) && key($0).last?.isNumber == true }
            return (date, length, !written)
        }
        if let (date, length) = relative(at: i) { return (date, length, true) }
        return nil
    }

    // MARK: - Tense

    /// Which way the clause around word `i` points in time, from the nearest word that tells:
    /// "will", "'ll", "plans", "scheduled", "as soon as" look ahead; "was", "had", "ago", a verb
    /// in the past ("met", "said Sunday") look back. A weekday in the possessive ("Wednesday's
    /// ruling") names what has happened. A reporting verb after the date ("Tuesday, Castro
    /// said") tells of the reporting, not of the date.
    func direction(around i: Int) -> Tense {
        if i < words.count, words[i].key.endsWithBytes("'s") { return .past }
        for distance in 1...15 {
            for side in 0..<2 {
                let k = side == 0 ? i - distance : i + distance
                guard k >= 0 && k < words.count else { continue }
                let word = key(k)
                if Self.futureWords.contains(words[k]) || word.endsWithBytes("'ll") { return .future }
                // "planned to leave on Thursday", "as soon as Tuesday": an intention looks ahead
                // even in the past tense.
                if k < i, Self.intentions.contains(words[k]), key(k + 1) == "to" || key(k + 1) == "as" {
                    return .future
                }
                // "planned a march on Saturday": what was planned comes after.
                if k < i, word == "planned" || word == "scheduled" { return .future }
                // "..., as soon as Tuesday, Castro said.": the attribution at the end.
                if k > i, k >= words.count - 2, ["said", "says", "told", "added", "announced", "reported", "stated"].contains(word) { continue }
                if Self.pastWords.contains(words[k]) {
                    // "were planning to", "was expected to", "had planned": the past of an intention.
                    if k + 1 < words.count, Self.futureWords.contains(words[k + 1]) || Self.intentions.contains(words[k + 1])
                        || key(k + 1) == "planned" || key(k + 1) == "scheduled" {
                        return .future
                    }
                    return .past
                }
                if word.utf8.count > 4, word.endsWithBytes("ed"), !words[k].capitalized, k < i || k <= i + 3,
                   !["need", "speed", "feed", "seed", "proceed", "succeed", "hundred", "indeed"].contains(word) {
                    return .past
                }
            }
        }
        return .unknown
    }

    enum Tense { case future, past, unknown }

    static let futureWords: WordSet = ["will", "shall", "plans", "plan", "planning", "scheduled", "upcoming", "would",
                                          "won't", "intends", "tomorrow", "could", "might", "postponed"]
    /// Words that look ahead before "to" or "as" ("planned to", "due to", "as soon as").
    static let intentions: WordSet = ["going", "set", "due", "expected", "soon", "early", "planned", "plans", "plan", "scheduled",
                                      "poised", "likely", "ready", "prepared", "intended", "intends", "hoped", "hopes", "promised",
                                      "vowed", "agreed", "decided", "expects", "aims", "aimed"]
    static let pastWords: WordSet = ["was", "were", "had", "did", "ago", "last", "said", "told", "met", "held", "made", "went",
                                        "came", "left", "took", "gave", "saw", "began", "spoke", "ran", "won", "lost", "sent", "wrote",
                                        "got", "put", "read", "fled", "fell", "rose", "hit", "struck", "brought", "bought", "caught",
                                        "fought", "found", "stood", "became", "kept", "led", "paid", "sold", "built", "yesterday"]

    private func future(around i: Int) -> Bool { direction(around: i) == .future }

    /// A month (and day) without a year, resolved by the tense around word `i`, read once.
    private func resolve(month: Int, day: Int?, at i: Int) -> PartialDate? {
        let tense = direction(around: i)
        return finder.resolve(month: month, day: day, future: tense == .future, past: tense == .past)
    }

    // MARK: - Absolute dates

    private func absolute(at i: Int) -> (PartialDate, Int)? {
        // "5 January 2022", "26th December"
        if let day = DateFinder.day(key(i)), i + 1 < words.count, let month = month(at: i + 1, strong: true) {
            if let year = DateFinder.year(key(i + 2)) { return PartialDate(year: year, month: month, day: day).map { ($0, 3) } }
            return resolve(month: month, day: day, at: i).map { ($0, 2) }
        }
        // "mid-1990s" and "late-November" arrive as one word.
        if key(i).containsByte(0x2D), let (month, _) = prefixedMonth(key(i)) {
            if let year = DateFinder.year(key(i + 1)) { return PartialDate(year: year, month: month).map { ($0, 2) } }
            return resolve(month: month, day: nil, at: i).map { ($0, 1) }
        }
        // "January 5, 2022", "Jan. 2", "December 26th", "January 2022", "September last year"
        if let month = month(at: i, strong: false) {
            if let day = DateFinder.day(key(i + 1)) {
                if let year = DateFinder.year(key(i + 2)) { return PartialDate(year: year, month: month, day: day).map { ($0, 3) } }
                return resolve(month: month, day: day, at: i).map { ($0, 2) }
            }
            if let year = DateFinder.year(key(i + 1)) { return PartialDate(year: year, month: month).map { ($0, 2) } }
            if ["last", "this", "next"].contains(key(i + 1)), key(i + 2) == "year", let published {
                let offset = key(i + 1) == "last" ? -1 : (key(i + 1) == "next" ? 1 : 0)
                return PartialDate(year: published.year + offset, month: month).map { ($0, 3) }
            }
            if key(i - 1) == "last" || key(i - 1) == "next" || key(i - 1) == "this" {
                return nil  // read with the word before it, as a relative date
            }
            // "the March of the Combatant Mothers", "March of Dimes": a name, not a month.
            // ("in May of the following year" is a month.)
            if key(i + 1) == "of", i + 2 < words.count, DateFinder.year(key(i + 2)) == nil,
               words[i + 2].capitalized || key(i + 2) == "the" && i + 3 < words.count && words[i + 3].capitalized {
                return nil
            }
            if Self.datePrepositions.contains(key(i - 1)) || !Self.wordlikeMonths.contains(key(i)) {
                return resolve(month: month, day: nil, at: i).map { ($0, 1) }
            }
            return nil
        }
        // "in 2019", "since 1991", "the 1996 election", "2019's"
        if let year = DateFinder.year(key(i)), isYear(at: i) {
            return PartialDate(year: year).map { ($0, 1) }
        }
        // "post-1959", "pre-2008", "mid-2019"
        if key(i).containsByte(0x2D), let dash = key(i).lastIndex(of: "-"), ["post", "pre", "mid", "early", "late"].contains(String(key(i)[..<dash])),
           let year = DateFinder.year(String(key(i)[key(i).index(after: dash)...])) {
            return PartialDate(year: year).map { ($0, 1) }
        }
        // "Monday, Oct. 26": a weekday before its date is part of it.
        if weekdayName(at: i), let (date, length) = absolute(at: i + 1), date.precision == .day {
            return (date, length + 1)
        }
        return nil
    }

    /// "the 1990s", "the early 1990s", "mid-1990s", "the late '90s", "the 1980's": a decade
    /// or a part of one. Two digits take the century that puts the decade nearest before the
    /// publication.
    private func decade(at i: Int) -> (PartialDate, Int, Bool)? {
        let parts: [String: PartialDate.DecadePart] = ["early": .early, "mid": .mid, "late": .late]
        var part = PartialDate.DecadePart.whole
        var k = i
        var word = key(i)
        if let named = parts[word] {
            part = named
            k = i + 1
            word = key(k)
        } else if let dash = word.firstIndex(of: "-"), let named = parts[String(word[..<dash])] {
            part = named
            word = String(word[word.index(after: dash)...])
        }
        guard word.endsWithBytes("s"), word.utf8.first.map({ $0 >= 0x30 && $0 <= 0x39 }) == true else { return nil }
        let apostrophe = word.endsWithBytes("'s")
        let digits = word.dropLast(apostrophe ? 2 : 1)
        guard digits.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), let value = Int(digits), value % 10 == 0 else { return nil }
        let before = key(i - 1)
        let introduced = part != .whole || ["the", "in", "of", "since", "from", "during", "through", "until", "by"].contains(before)
        var start: Int
        switch digits.count {
        case 4:
            // "1990's" is a decade only where "the 1990s" would be ("the 1990's"), not "1990's budget".
            guard !apostrophe || introduced else { return nil }
            start = value
        case 2:
            guard introduced else { return nil }
            let now = published?.year ?? 2000
            start = now / 100 * 100 + value
            if start > now { start -= 100 }
        default:
            return nil
        }
        return PartialDate(decade: start, part: part).map { ($0, k - i + 1, digits.count == 2) }
    }

    /// A month name at `i`: capitalised, and for names that are also words only when `strong`
    /// (a day came before it) or a day, a year or a preposition is next to it.
    private func month(at i: Int, strong: Bool) -> Int? {
        guard i < words.count, words[i].capitalized, let month = calendar.months[words[i].base ?? key(i)] else { return nil }
        if strong || !Self.wordlikeMonths.contains(key(i)) { return month }
        let next = key(i + 1)
        if DateFinder.day(next) != nil || DateFinder.year(next) != nil { return month }
        // "and Jan Kavan", "the May Day rally": a capitalised word after it makes a name.
        if i + 1 < words.count, words[i + 1].capitalized, calendar.weekdays[next] == nil { return nil }
        if Self.datePrepositions.contains(key(i - 1)) { return month }
        return nil
    }

    /// "late-november", "mid-march": a month with a prefix of its part.
    private func prefixedMonth(_ key: String) -> (Int, String)? {
        for prefix in ["late-", "early-", "mid-"] where key.hasPrefix(prefix) {
            if let month = calendar.months[String(key.dropFirst(prefix.count))] { return (month, prefix) }
        }
        return nil
    }

    /// A four-digit number is a year after a preposition of time or an article, before "'s",
    /// or where the sentence ends; not before a plural noun ("2000 protesters").
    private func isYear(at i: Int) -> Bool {
        let before = key(i - 1)
        let after = key(i + 1)
        if i > 0, words[i - 1].key.first?.isNumber == true { return false }
        if key(i).hasSuffix("'s") { return true }
        // Punctuation after the year ("in 1961, believes") ends what it could count.
        let punctuated = i + 1 < words.count && words[i + 1].range.lowerBound - words[i].range.upperBound > 1
        if Self.datePrepositions.contains(before) || ["a", "an", "mid", "fiscal", "summer", "winter", "spring", "autumn"].contains(before) {
            return punctuated || !finder.lexicon.english.looksPlural(after)
        }
        return i + 1 >= words.count
    }

    // MARK: - Relative dates

    private func relative(at i: Int) -> (PartialDate, Int)? {
        let word = key(i)
        if let (date, length) = holiday(at: i) { return (date, length) }
        if let (date, length) = anaphoric(at: i) { return (date, length) }
        guard let today = finder.today, let published else { return nil }
        // "Friday", "on Saturday", "Tuesday morning", "last Friday", "next Monday", "this Wednesday"
        if let weekday = weekday(at: i) {
            return (weekdayDate(weekday, today: today, modifier: nil, future: future(around: i)), 1)
        }
        if ["last", "next", "this"].contains(word), let weekday = weekday(at: i + 1) {
            return (weekdayDate(weekday, today: today, modifier: word, future: future(around: i)), 2)
        }
        // "last Oct. 23": a day after the month
        if ["last", "next", "this"].contains(word), i + 1 < words.count, words[i + 1].capitalized, let month = calendar.months[key(i + 1)],
           let day = DateFinder.day(key(i + 2)) {
            return finder.resolve(month: month, day: day, future: word == "next", past: word == "last").map { ($0, 3) }
        }
        // "last May", "next March", "this September"
        if ["last", "next", "this"].contains(word), i + 1 < words.count, words[i + 1].capitalized, let month = calendar.months[key(i + 1)] {
            let published = PartialDate(dayNumber: today)
            var year = published.year
            let current = published.month ?? 1
            switch word {
            case "last": if month >= current { year -= 1 }
            case "next": if month <= current { year += 1 }
            default: if future(around: i) && month < current { year += 1 }
            }
            return PartialDate(year: year, month: month).map { ($0, 2) }
        }
        switch word {
        case "yesterday": return (PartialDate(dayNumber: today - 1), 1)
        case "tomorrow": return (PartialDate(dayNumber: today + 1), 1)
        case "today", "tonight":
            // "Kazakhstan today is different": today as nowadays.
            if ["is", "are", "has", "have", "remains", "faces", "stands", "looks", "seems"].contains(key(i + 1)) { return nil }
            return (PartialDate(dayNumber: today), 1)
        default:
            break
        }
        // "this morning", "this afternoon", "this evening"
        if word == "this", ["morning", "afternoon", "evening"].contains(key(i + 1)) { return (PartialDate(dayNumber: today), 2) }
        // "this week", "last month", "next year", "earlier this month", "later this year"
        let start = i
        var k = i
        if ["earlier", "later"].contains(word), key(i + 1) == "this" { k += 1 }
        let modifier = key(k)
        // "last year's summit"
        let unit = k + 1 < words.count ? (words[k + 1].base ?? key(k + 1)) : ""
        if ["last", "this", "next", "past"].contains(modifier) {
            let length = k + 2 - start
            switch (modifier, unit) {
            case ("this", "week"): return finder.weekMonth(containing: today).map { ($0, length) }
            case ("last", "week"), ("past", "week"): return finder.weekMonth(containing: today - 7).map { ($0, length) }
            case ("next", "week"): return finder.weekMonth(containing: today + 7).map { ($0, length) }
            case ("this", "month"): return PartialDate(year: published.year, month: published.month).map { ($0, length) }
            case ("last", "month"), ("past", "month"):
                let month = published.month ?? 1
                return PartialDate(year: month == 1 ? published.year - 1 : published.year, month: month == 1 ? 12 : month - 1).map { ($0, length) }
            case ("next", "month"):
                let month = published.month ?? 12
                return PartialDate(year: month == 12 ? published.year + 1 : published.year, month: month == 12 ? 1 : month + 1).map { ($0, length) }
            case ("this", "year"): return PartialDate(year: published.year).map { ($0, length) }
            case ("last", "year"), ("past", "year"):
                return modifier == "past" ? nil : PartialDate(year: published.year - 1).map { ($0, length) }
            case ("next", "year"): return PartialDate(year: published.year + 1).map { ($0, length) }
            default: break
            }
        }
        return ago(at: i, today: today)
    }

    /// The date of a weekday: the one of this week in the tense's direction ("met Tuesday",
    /// "will meet Tuesday"), the one before ("last Friday") or after ("next Monday").
    private func weekdayDate(_ weekday: Int, today: Int, modifier: String?, future: Bool) -> PartialDate {
        let todayWeekday = PartialDate(dayNumber: today).weekday ?? 0
        let back = (todayWeekday - weekday + 7) % 7
        let ahead = (weekday - todayWeekday + 7) % 7
        switch modifier {
        case "last": return PartialDate(dayNumber: today - (back == 0 ? 7 : back))
        case "next": return PartialDate(dayNumber: today + (ahead == 0 ? 7 : ahead))
        default: return PartialDate(dayNumber: future ? today + ahead : today - back)
        }
    }

    /// A capitalised weekday at `i` ("Tuesday", "Tuesday's"). "Wed", "Sat" and "Sun" are
    /// words too: abbreviations of three letters do not count on their own.
    private func weekday(at i: Int) -> Int? {
        guard i < words.count, words[i].capitalized else { return nil }
        let name = words[i].base ?? key(i)
        guard name.count > 3 else { return nil }
        return calendar.weekdays[name]
    }

    private func weekdayName(at i: Int) -> Bool {
        i < words.count && words[i].capitalized && key(i).count > 3 && calendar.weekdays[key(i)] != nil
    }

    /// "two months ago", "42 years ago", "11 days ago", "almost four years ago".
    private func ago(at i: Int, today: Int) -> (PartialDate, Int)? {
        guard key(i + 2) == "ago" else { return nil }
        let amount: Int
        if let number = Int(key(i)) {
            amount = number
        } else if let entry = finder.lexicon.numbers.entry(key(i)), entry.value.rounded() == entry.value, entry.value < 1000 {
            amount = Int(entry.value)
        } else if key(i) == "a" || key(i) == "an" {
            amount = 1
        } else {
            return nil
        }
        let published = PartialDate(dayNumber: today)
        switch key(i + 1) {
        case "day", "days": return (PartialDate(dayNumber: today - amount), 3)
        case "month", "months":
            let months = published.year * 12 + (published.month ?? 1) - 1 - amount
            return PartialDate(year: months / 12, month: months % 12 + 1).map { ($0, 3) }
        case "year", "years": return PartialDate(year: published.year - amount).map { ($0, 3) }
        default: return nil
        }
    }

    /// "Thanksgiving", "Election Day", "last Christmas": a named day, in the year the tense
    /// and the publication give.
    private func holiday(at i: Int) -> (PartialDate, Int)? {
        var start = i
        var modifier: String?
        if ["last", "next", "this"].contains(key(i)) {
            modifier = key(i)
            start = i + 1
        }
        guard start < words.count, words[start].capitalized,
              let match = finder.lexicon.holidays.rules.phrase(startingAt: start, in: { $0 < words.count ? words[$0].key : nil }),
              let published else { return nil }
        let length = match.end - i
        let candidates = [published.year - 1, published.year, published.year + 1].compactMap { match.value.date(in: $0) }
        let day = published.firstDay
        let chosen: PartialDate?
        switch modifier {
        case "last": chosen = candidates.last { $0.firstDay < day }
        case "next": chosen = candidates.first { $0.firstDay > day }
        default:
            if future(around: i) {
                chosen = candidates.first { $0.firstDay >= day }
            } else {
                chosen = candidates.min { abs($0.firstDay - day) < abs($1.firstDay - day) }
            }
        }
        return chosen.map { ($0, length) }
    }

    /// "the following day", "the next morning", "that day", "later that year": a date counted
    /// from the one the article spoke of last.
    private func anaphoric(at i: Int) -> (PartialDate, Int)? {
        guard let last else { return nil }
        let phrase = [key(i), key(i + 1), key(i + 2)]
        if phrase[0] == "the", ["following", "next"].contains(phrase[1]), ["day", "morning", "evening", "afternoon"].contains(phrase[2]),
           last.precision == .day {
            return (PartialDate(dayNumber: last.firstDay + 1), 3)
        }
        if ["that", "same"].contains(phrase[0]) || (phrase[0] == "the" && phrase[1] == "same") {
            let unitIndex = phrase[0] == "the" ? 2 : 1
            let unit = phrase[unitIndex]
            // "that day" after "the" or "on", "earlier that day"
            guard ["earlier", "later", "on", "that", "same", "the"].contains(key(i - 1)) || phrase[0] == "the" else { return nil }
            switch unit {
            case "day" where last.precision == .day: return (last, unitIndex + 1)
            case "month" where last.precision >= .month: return PartialDate(year: last.year, month: last.month).map { ($0, unitIndex + 1) }
            case "year": return PartialDate(year: last.year).map { ($0, unitIndex + 1) }
            default: return nil
            }
        }
        if ["earlier", "later"].contains(phrase[0]), phrase[1] == "that" {
            switch phrase[2] {
            case "day" where last.precision == .day: return (last, 3)
            case "month" where last.precision >= .month: return PartialDate(year: last.year, month: last.month).map { ($0, 3) }
            case "year": return PartialDate(year: last.year).map { ($0, 3) }
            default: return nil
            }
        }
        return nil
    }
}
