/// The vocabulary of extraction, read once at start-up from the data files of `Lexicon/`
/// (which `scripts/embed-lexicon` compiles into the binary, so that it works from any
/// directory). A new unit, currency or month spelling is a line of data, not a change of code.
final class Lexicon: Sendable {
    /// The tables of the files compiled in, parsed on first use.
    static let shared = Lexicon(files: files)

    let measures: MeasureTable
    let numbers: NumberWords
    let quantityWords: QuantityWords
    let calendar: CalendarWords
    let english: EnglishWords
    let comparedThings: ComparedThings
    let speech: SpeechWords
    let names: NameCues
    /// Spun words and the words of names they stand for ("" for none).
    let spunSynonyms: WordMap<String>
    let holidays: Holidays
    let abbreviations: Abbreviations
    /// Given names by the gender they almost always go with, in lower case.
    let givenNames: WordMap<NameGender>
    /// The lines of the data files that could not be read (a test keeps this empty).
    let problems: [String]

    /// The column count of each file.
    static let layout: [String: Int] = [
        "units.tsv": 6, "currencies.tsv": 7, "numbers.tsv": 3, "quantity-words.tsv": 3, "calendar.tsv": 3,
        "english.tsv": 2, "compared-things.tsv": 2,
        "places.tsv": 3, "nationalities.tsv": 2, "speech-verbs.tsv": 2, "titles.tsv": 2, "kind-cues.tsv": 2,
        "spun-synonyms.tsv": 2, "holidays.tsv": 6, "abbreviations.tsv": 2, "given-names.tsv": 2,
    ]

    init(files: [String: String]) {
        var tables: [String: LexiconTable] = [:]
        var problems: [String] = []
        for (name, columns) in Self.layout {
            let table = LexiconTable(name: name, text: files[name] ?? "", columns: columns)
            if files[name] == nil { problems.append("\(name): missing") }
            problems += table.problems
            tables[name] = table
        }
        let table = { (name: String) in tables[name] ?? LexiconTable(name: name, text: "", columns: 1) }
        measures = MeasureTable(units: table("units.tsv"), currencies: table("currencies.tsv"))
        numbers = NumberWords(table("numbers.tsv"))
        quantityWords = QuantityWords(table("quantity-words.tsv"))
        var calendar = CalendarWords(table("calendar.tsv"))
        english = EnglishWords(table("english.tsv"))
        comparedThings = ComparedThings(table("compared-things.tsv"))
        speech = SpeechWords(table("speech-verbs.tsv"))
        spunSynonyms = WordMap(Dictionary(table("spun-synonyms.tsv").rows.compactMap { row in row[0].map { ($0, row[1] ?? "") } },
                                          uniquingKeysWith: { first, _ in first }))
        holidays = Holidays(table("holidays.tsv"))
        abbreviations = Abbreviations(table("abbreviations.tsv"))
        givenNames = WordMap(Dictionary(table("given-names.tsv").rows.compactMap { row in
            row[0].flatMap { name in row[1].flatMap(NameGender.init(rawValue:)).map { (name.lowercased(), $0) } }
        }, uniquingKeysWith: { first, _ in first }))
        calendar.starters = WordSet(Set(calendar.months.entries.keys).union(calendar.weekdays.entries.keys).union(holidays.firstWords))
        self.calendar = calendar
        names = NameCues(titles: table("titles.tsv"), kinds: table("kind-cues.tsv"), places: table("places.tsv"),
                         nationalities: table("nationalities.tsv"))
        self.problems = problems.sorted()
    }
}
