import DossierCorpus

/// Finds the dates a sentence speaks of, absolute ("January 11, 2022", "Jan. 2",
/// "December 26th", "in 2019", "in September last year") and relative to the article's
/// publication date ("Friday", "on Saturday", "last month", "this week", "yesterday"), each
/// with its precision.
///
/// Wrong is worse than missing: a month name that is also a word ("May", "March") counts only
/// beside a day or a year or after a preposition; a week that spans two months has no month;
/// a relative expression in an article without a publication day is left out.
struct DateFinder {
    /// A date expression and where it was written.
    struct Found: Equatable {
        var date: PartialDate
        var range: Range<Int>
    }

    let published: PartialDate?

    static let months: WordMap<Int> = [
        "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
        "september": 9, "october": 10, "november": 11, "december": 12,
        "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
    ]
    static let weekdays: WordMap<Int> = [
        "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
    ]
    /// Words after which a bare year or an ambiguous month name is a date.
    static let datePrepositions: WordSet = ["in", "since", "until", "till", "from", "by", "of", "before", "after", "early",
                                                "late", "mid", "around", "during", "between", "and", "to", "through", "on", "last", "next", "this"]
    /// Month names that are also ordinary words.
    static let wordlikeMonths: WordSet = ["may", "march", "jan", "mar", "jun", "sep", "dec", "aug", "oct", "nov", "apr", "jul", "feb", "sept"]

    /// Every date expression of a sentence, in text order.
    func dates(in words: [WordScanner.Word]) -> [Found] {
        var found: [Found] = []
        var i = 0
        while i < words.count {
            if let (date, length) = absolute(words, at: i) ?? relative(words, at: i) {
                found.append(Found(date: date, range: words[i].range.lowerBound..<words[i + length - 1].range.upperBound))
                i += length
            } else {
                i += 1
            }
        }
        return found
    }

    /// The date a sentence is about: its first date of day precision, else of month, else of year.
    static func mainDate(_ found: [Found]) -> Found? {
        for precision in [PartialDate.Precision.day, .month, .year] {
            if let first = found.first(where: { $0.date.precision == precision }) { return first }
        }
        return nil
    }

    // MARK: - Absolute dates

    private func absolute(_ w: [WordScanner.Word], at i: Int) -> (PartialDate, Int)? {
        // "5 January 2022", "26th December"
        if let day = Self.day(w[i].key), i + 1 < w.count, let month = month(w, at: i + 1, strong: true) {
            if i + 2 < w.count, let year = Self.year(w[i + 2].key) {
                return PartialDate(year: year, month: month, day: day).map { ($0, 3) }
            }
            return resolve(month: month, day: day).map { ($0, 2) }
        }
        // "January 5, 2022", "Jan. 2", "December 26th", "January 2022", "September last year"
        if let month = month(w, at: i, strong: false) {
            if i + 1 < w.count, let day = Self.day(w[i + 1].key) {
                if i + 2 < w.count, let year = Self.year(w[i + 2].key) {
                    return PartialDate(year: year, month: month, day: day).map { ($0, 3) }
                }
                return resolve(month: month, day: day).map { ($0, 2) }
            }
            if i + 1 < w.count, let year = Self.year(w[i + 1].key) {
                return PartialDate(year: year, month: month).map { ($0, 2) }
            }
            if i + 2 < w.count, ["last", "this", "next"].contains(w[i + 1].key), w[i + 2].key == "year", let published {
                let offset = w[i + 1].key == "last" ? -1 : (w[i + 1].key == "next" ? 1 : 0)
                return PartialDate(year: published.year + offset, month: month).map { ($0, 3) }
            }
            if i > 0, Self.datePrepositions.contains(w[i - 1].key), let resolved = resolve(month: month, day: nil) {
                return (resolved, 1)
            }
            return nil
        }
        // "in 2019", "since 1991"
        if i > 0, Self.datePrepositions.contains(w[i - 1].key), let year = Self.year(w[i].key) {
            return PartialDate(year: year).map { ($0, 1) }
        }
        return nil
    }

    /// A month name at `i`: capitalised, and for names that are also words only when `strong`
    /// (a day came before it) or a day, a year or a preposition is next to it.
    private func month(_ w: [WordScanner.Word], at i: Int, strong: Bool) -> Int? {
        guard w[i].capitalized, let month = Self.months[w[i].key] else { return nil }
        if strong || !Self.wordlikeMonths.contains(w[i].key) { return month }
        let next = i + 1 < w.count ? w[i + 1].key : ""
        let before = i > 0 ? w[i - 1].key : ""
        if Self.day(next) != nil || Self.year(next) != nil || Self.datePrepositions.contains(before) { return month }
        return nil
    }

    /// A month and day without a year take the year that puts them nearest before the
    /// publication (a news article speaks mostly of the recent past), allowing a month ahead.
    private func resolve(month: Int, day: Int?) -> PartialDate? {
        guard let published else { return nil }
        for year in [published.year, published.year - 1, published.year + 1] {
            guard let date = PartialDate(year: year, month: month, day: day) else { continue }
            let distance = date.firstDay - published.lastDay
            if distance <= 31 && distance > -330 { return date }
        }
        return nil
    }

    /// "5", "26th": a day of the month. Decided on bytes: this runs for every word.
    static func day(_ key: String) -> Int? {
        var value = 0
        var digits = 0
        var suffix: (UInt8, UInt8)?
        var iterator = key.utf8.makeIterator()
        while let b = iterator.next() {
            if b >= 0x30 && b <= 0x39 && suffix == nil {
                digits += 1
                guard digits <= 2 else { return nil }
                value = value * 10 + Int(b - 0x30)
            } else if suffix == nil, digits > 0, let second = iterator.next() {
                suffix = (b, second)
            } else {
                return nil
            }
        }
        guard digits > 0, (1...31).contains(value) else { return nil }
        if let (a, b) = suffix {
            let ordinal: [(UInt8, UInt8)] = [(0x73, 0x74), (0x6E, 0x64), (0x72, 0x64), (0x74, 0x68)]  // st nd rd th
            guard ordinal.contains(where: { $0 == (a, b) }) else { return nil }
        }
        return value
    }

    static func year(_ key: String) -> Int? {
        let utf8 = key.utf8
        guard utf8.count == 4 else { return nil }
        var n = 0
        for b in utf8 {
            guard b >= 0x30 && b <= 0x39 else { return nil }
            n = n * 10 + Int(b - 0x30)
        }
        return (1800...2100).contains(n) ? n : nil
    }

    // MARK: - Relative dates

    private func relative(_ w: [WordScanner.Word], at i: Int) -> (PartialDate, Int)? {
        guard let published, published.precision == .day else { return nil }
        let key = w[i].key
        let today = published.firstDay
        if w[i].capitalized, let weekday = Self.weekdays[w[i].base ?? key] {
            let before = i > 0 ? w[i - 1].key : ""
            guard let publishedWeekday = published.weekday else { return nil }
            var back = (publishedWeekday - weekday + 7) % 7
            if before == "next" {
                let ahead = (weekday - publishedWeekday + 7) % 7
                return (PartialDate(dayNumber: today + (ahead == 0 ? 7 : ahead)), 1)
            }
            if before == "last" && back == 0 { back = 7 }
            return (PartialDate(dayNumber: today - back), 1)
        }
        // Only "yesterday", "last ..." and "this ..." remain: one byte tells.
        guard let first = key.utf8.first, first == 0x79 || first == 0x6C || first == 0x74 else { return nil }
        // "today" is left out: in analysis it often means "nowadays".
        if key == "yesterday" { return (PartialDate(dayNumber: today - 1), 1) }
        guard i + 1 < w.count else { return nil }
        let next = w[i + 1].key
        switch (key, next) {
        case ("last", "month"):
            let month = published.month ?? 1
            return PartialDate(year: month == 1 ? published.year - 1 : published.year, month: month == 1 ? 12 : month - 1).map { ($0, 2) }
        case ("this", "month"):
            return PartialDate(year: published.year, month: published.month).map { ($0, 2) }
        case ("this", "week"):
            return weekMonth(containing: today).map { ($0, 2) }
        case ("last", "week"):
            return weekMonth(containing: today - 7).map { ($0, 2) }
        case ("last", "year"):
            return PartialDate(year: published.year - 1).map { ($0, 2) }
        case ("this", "year"):
            return PartialDate(year: published.year).map { ($0, 2) }
        default:
            return nil
        }
    }

    /// The month of the Monday-to-Sunday week holding `day`, when the whole week lies in it.
    private func weekMonth(containing day: Int) -> PartialDate? {
        let date = PartialDate(dayNumber: day)
        guard let weekday = date.weekday else { return nil }
        let monday = PartialDate(dayNumber: day - weekday)
        let sunday = PartialDate(dayNumber: day - weekday + 6)
        guard monday.year == sunday.year, monday.month == sunday.month else { return nil }
        return PartialDate(year: monday.year, month: monday.month)
    }
}
