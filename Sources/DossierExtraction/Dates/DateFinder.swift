import DossierCorpus

/// Finds every date a sentence names, each with its precision: absolute ("January 11, 2022",
/// "Jan. 2", "in 2019", "September last year"), relative to the article's publication
/// ("Friday", "yesterday", "last month", "this week", "two months ago", "Thanksgiving"), and
/// relative to the date the article spoke of last ("the following day", "later that year").
///
/// A month or a weekday without a year goes the way the sentence's tense points: "will meet
/// in May" and "next Tuesday" look ahead, "met on Tuesday" looks back. Wrong is worse than
/// missing: a month name that is also a word ("May", "March") counts only capitalised and
/// beside a day, a year or a preposition; "today" meaning "nowadays" ("Kazakhstan today is
/// different") is left out; without a publication day, relative dates are not guessed.
struct DateFinder {
    /// A date expression and where it was written.
    struct Found: Equatable {
        var date: PartialDate
        var range: Range<Int>
        /// Resolved against the publication or an earlier date of the article.
        var relative: Bool
        /// After "before", "after", "until", "since" or "from": a bound of the time spoken of.
        var bound = false
    }

    let published: PartialDate?
    let lexicon: Lexicon

    init(published: PartialDate?, lexicon: Lexicon = .shared) {
        self.published = published
        self.lexicon = lexicon
    }

    private var calendar: CalendarWords { lexicon.calendar }

    /// Every date expression of a sentence, in text order. `last` is the date the article
    /// spoke of last, which the expressions update as they are read.
    func dates(in words: [WordScanner.Word], last: inout PartialDate?) -> [Found] {
        var found: [Found] = []
        var i = 0
        var reading = DateReading(words: words, finder: self, last: last)
        while i < words.count {
            guard mayStartDate(words, i) else { i += 1; continue }
            reading.last = last
            if let (date, length, relative) = reading.date(at: i) {
                let bound = i > 0 && ["before", "after", "until", "till", "since", "from"].contains(words[i - 1].key)
                found.append(Found(date: date, range: words[i].range.lowerBound..<words[i + length - 1].range.upperBound, relative: relative,
                                   bound: bound))
                // A decade is no day to count "the following day" or "that year" from.
                if date.precision != .decade { last = date }
                i += length
            } else {
                i += 1
            }
        }
        return found
    }

    /// Words that can start a date expression besides digits and capitalised words.
    static let starters: WordSet = ["today", "tonight", "yesterday", "tomorrow", "last", "next", "this", "past", "earlier", "later",
                                    "early", "mid", "late"]

    /// The first letters of the lower-case words that can start a date.
    static let initials = ByteSet("tylnpeasmfodhqbkcr".utf8)

    /// Whether a date can start at word `i`: a digit, a capital (months, weekdays, named
    /// days), a word of time ("today", "last"), a number ("two months ago"), a prefixed year
    /// or month ("post-1959", "late-november"), or "the", "a" and "that" before the words of
    /// a date counted from another ("the following day", "a year ago", "that month"). Most
    /// words are none of these.
    @inline(__always)
    private func mayStartDate(_ words: [WordScanner.Word], _ i: Int) -> Bool {
        guard let first = words[i].key.utf8.first else { return false }
        if first >= 0x30 && first <= 0x39 { return true }
        if words[i].capitalized { return lexicon.calendar.starters.containsBase(words[i]) || Self.starters.contains(words[i]) }
        // Of the lower-case words, only these initials can start a date: a, e, f... (the
        // starters, "the", "that", "same", the number words and the prefixes).
        guard Self.initials.contains(first) else { return false }
        if Self.starters.contains(words[i]) { return true }
        let key = words[i].key
        if key.utf8.count <= 4 {
            switch key {
            case "the", "that", "same":
                return i + 1 < words.count && ["following", "next", "same", "day", "month", "year"].contains(words[i + 1].key)
            case "a", "an":
                return i + 2 < words.count && words[i + 2].key == "ago"
            default:
                break
            }
        }
        if key.containsByte(0x2D) { return true }
        return lexicon.numbers.entry(words[i]) != nil
    }

    /// Every date expression of a sentence read alone.
    func dates(in words: [WordScanner.Word]) -> [Found] {
        var last: PartialDate?
        return dates(in: words, last: &last)
    }

    /// The date a sentence is about: its first date of day precision, else of month, else of
    /// year. A date that only bounds the time ("just before Christmas", "from Thursday")
    /// counts only when the sentence has no other.
    static func mainDate(_ found: [Found]) -> Found? {
        let candidates = found.filter { !$0.bound }
        for precision in [PartialDate.Precision.day, .month, .year] {
            if let first = (candidates.isEmpty ? found : candidates).first(where: { $0.date.precision == precision }) { return first }
        }
        return nil
    }

    // MARK: - Resolving against the publication

    /// A month (and day) without a year: the year that puts it nearest the publication,
    /// against the direction of the tense only when nothing else fits ("met on Oct. 26" a
    /// day before publication is this year's; "will meet in May" is next May).
    func resolve(month: Int, day: Int?, future: Bool, past: Bool) -> PartialDate? {
        guard let published else { return nil }
        var best: (date: PartialDate, score: Int)?
        for year in [published.year - 1, published.year, published.year + 1] {
            guard let date = PartialDate(year: year, month: month, day: day) else { continue }
            let ahead = date.firstDay - published.lastDay
            let behind = published.firstDay - date.lastDay
            let distance = max(ahead, behind, 0)
            var score = distance
            if future && behind > 0 { score += 200 }
            if past && ahead > 0 { score += 200 }
            if !future && !past && ahead > 31 { score += 200 }
            if best == nil || score < best!.score { best = (date, score) }
        }
        return best?.date
    }

    /// The publication day, when the article has one.
    var today: Int? {
        guard let published, published.precision == .day else { return nil }
        return published.firstDay
    }

    /// The month of the Monday-to-Sunday week holding `day`, when the whole week lies in it.
    func weekMonth(containing day: Int) -> PartialDate? {
        let date = PartialDate(dayNumber: day)
        guard let weekday = date.weekday else { return nil }
        let monday = PartialDate(dayNumber: day - weekday)
        let sunday = PartialDate(dayNumber: day - weekday + 6)
        guard monday.year == sunday.year, monday.month == sunday.month else { return nil }
        return PartialDate(year: monday.year, month: monday.month)
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

    /// "2019": a year from 1800 to 2100, written in four digits.
    static func year(_ key: String) -> Int? {
        var utf8 = Substring(key).utf8
        // "2019's"
        if utf8.count == 6, key.hasSuffix("'s") { utf8 = Substring(key).dropLast(2).utf8 }
        guard utf8.count == 4 else { return nil }
        var n = 0
        for b in utf8 {
            guard b >= 0x30 && b <= 0x39 else { return nil }
            n = n * 10 + Int(b - 0x30)
        }
        return (1800...2100).contains(n) ? n : nil
    }
}
