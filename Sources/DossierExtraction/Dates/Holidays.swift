import DossierCorpus

/// Days that news names by name ("Thanksgiving", "Election Day", "Christmas"), with the rule
/// that gives their date in a year (`Lexicon/holidays.tsv`).
struct Holidays: Sendable {
    struct Rule: Sendable {
        var month: Int
        /// A fixed day of the month; nil for a day that moves.
        var day: Int?
        /// The nth `weekday` (0 Monday ... 6 Sunday) from the day `from`; nth -1 is the last.
        var weekday: Int
        var nth: Int
        var from: Int

        /// The holiday's date in `year`.
        func date(in year: Int) -> PartialDate? {
            if let day { return PartialDate(year: year, month: month, day: day) }
            guard let first = PartialDate(year: year, month: month, day: from), let firstWeekday = first.weekday else { return nil }
            if nth > 0 {
                let offset = (weekday - firstWeekday + 7) % 7 + (nth - 1) * 7
                return PartialDate(year: year, month: month, day: from + offset)
            }
            let days = PartialDate.daysIn(month: month, year: year)
            guard let last = PartialDate(year: year, month: month, day: days), let lastWeekday = last.weekday else { return nil }
            return PartialDate(year: year, month: month, day: days - (lastWeekday - weekday + 7) % 7)
        }
    }

    /// Rules by the holiday's words, as keys.
    let rules: PhraseMap<Rule>
    /// The first word of each holiday's name, as a key.
    let firstWords: Set<String>

    init(_ table: LexiconTable) {
        var entries: [(String, Rule)] = []
        var firstWords = Set<String>()
        for row in table.rows {
            guard let month = row[1].flatMap(Int.init) else { continue }
            let rule = Rule(month: month, day: row[2].flatMap(Int.init), weekday: row[3].flatMap(Int.init) ?? 0,
                            nth: row[4].flatMap(Int.init) ?? 1, from: row[5].flatMap(Int.init) ?? 1)
            for form in row.forms(0) {
                let keys = WordScanner.keys(of: form)
                entries.append((keys.joined(separator: " "), rule))
                if let first = keys.first { firstWords.insert(first) }
            }
        }
        rules = PhraseMap(entries)
        self.firstWords = firstWords
    }
}
