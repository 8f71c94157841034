/// Words of the calendar and the clock (`Lexicon/calendar.tsv`): months, weekdays, the words
/// that make a number a time of day, seasons and eras.
struct CalendarWords: Sendable {
    let months: WordMap<Int>
    let weekdays: WordMap<Int>
    let clock: WordSet
    let seasons: WordMap<Int>
    let eras: WordSet
    /// The words a date in words can start with: months and weekdays, and the first words of
    /// named days (filled in by `Lexicon`).
    var starters = WordSet([])

    init(_ table: LexiconTable) {
        var months: [String: Int] = [:]
        var weekdays: [String: Int] = [:]
        var clock = Set<String>()
        var seasons: [String: Int] = [:]
        var eras = Set<String>()
        for row in table.rows {
            guard let word = row[0]?.lowercased(), let role = row[1] else { continue }
            let value = row[2].flatMap(Int.init)
            switch role {
            case "month": months[word] = value
            case "weekday": weekdays[word] = value
            case "clock": clock.insert(word)
            case "season": seasons[word] = value
            case "era": eras.insert(word)
            default: continue
            }
        }
        self.months = WordMap(months)
        self.weekdays = WordMap(weekdays)
        self.clock = WordSet(clock)
        self.seasons = WordMap(seasons)
        self.eras = WordSet(eras)
    }
}
