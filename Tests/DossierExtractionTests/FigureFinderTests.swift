import DossierCorpus
@testable import DossierExtraction
import Testing

/// Figures in single invented sentences. Each figure reads as
/// "value[-high] unit family what outcome change qualifier", with "-" for what is absent.
@Suite struct FigureFinderTests {
    func figures(_ sentence: String) -> [String] {
        var text = sentence
        return text.withUTF8 { bytes in
            let words = WordScanner.words(in: bytes, range: 0..<bytes.count)
            return FigureFinder().figures(in: bytes, range: 0..<bytes.count, words: words).map { f in
                let value = format(f.value) + (f.high.map { "-" + format($0) } ?? "")
                return [value, f.unit ?? "-", f.family, f.what ?? "-", f.outcome ?? "-", f.change ?? "-", f.qualifier ?? "-"]
                    .joined(separator: " | ")
            }
        }
    }

    func format(_ value: Double) -> String {
        value.rounded() == value && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }

    @Test func countsAreFoundByGrammarNotByAListOfNouns() {
        #expect(figures("About 12,000 dockworkers walked out.") == ["12000 | - | count | dockworkers | - | - | about"])
        #expect(figures("The port held at least 14 cargo ships.") == ["14 | - | count | ships | - | - | at least"])
        #expect(figures("He scored 22 goals in all competitions.") == ["22 | - | count | goals | - | - | -"])
        #expect(figures("The plant employs 13000 workers.") == ["13000 | - | count | workers | - | - | -"])
        #expect(figures("Twenty-six villages lost power.") == ["26 | - | count | villages | - | - | -"])
        #expect(figures("A dozen envoys arrived.") == ["12 | - | count | envoys | - | - | -"])
    }

    @Test func vagueAmountsAreKeptAndMarked() {
        #expect(figures("Hundreds of people gathered.") == ["100 | - | count | people | - | - | -"])
        #expect(figures("Tens of thousands of pilgrims came.") == ["10000 | - | count | pilgrims | - | - | -"])
        var text = "Dozens of villagers fled."
        let vague = text.withUTF8 { bytes in
            FigureFinder().figures(in: bytes, range: 0..<bytes.count, words: WordScanner.words(in: bytes, range: 0..<bytes.count)).map(\.vague)
        }
        #expect(vague == [true])
    }

    @Test func whatHappenedToThoseCounted() {
        #expect(figures("At least 31 people were killed in the floods.") == ["31 | - | count | people | killed | - | at least"])
        #expect(figures("Police said 26 armed looters killed in the raid were identified.")
                == ["26 | - | count | looters | killed | - | -"])
        #expect(figures("More than 1,200 marchers have been detained.") == ["1200 | - | count | marchers | arrested | - | more than"])
        #expect(figures("The storm left 40 residents injured and 300 families displaced.")
                == ["40 | - | count | residents | injured | - | -", "300 | - | count | families | displaced | - | -"])
        #expect(figures("Gunmen opened fire, killing 9 villagers.") == ["9 | - | count | villagers | killed | - | -"])
        #expect(figures("Seven clerks and 4 guards who were held overnight are missing.")
                == ["7 | - | count | clerks | missing | - | -", "4 | - | count | guards | missing | - | -"])
    }

    @Test func money() {
        #expect(figures("The bridge cost $800 million.") == ["800000000 | US dollar | money | - | - | - | -"])
        #expect(figures("Crude traded at US$58.24 a barrel.") == ["58.24 | US dollar per barrel | money | - | - | - | -"])
        #expect(figures("The ministry paid 30 million lari for the repairs.") == ["30000000 | Georgian lari | money | - | - | - | -"])
        #expect(figures("The fine was 4.5bn roubles.") == ["4500000000 | Russian ruble | money | - | - | - | -"])
        #expect(figures("A ticket costs €12, or £10.") == ["12 | euro | money | - | - | - | -", "10 | pound sterling | money | - | - | - | -"])
        #expect(figures("Bread now costs 60 tenge.") == ["60 | Kazakhstani tenge | money | - | - | - | -"])
        #expect(figures("Petrol rose 19 cents.") == ["0.19 | US dollar | money | - | - | up | -"])
        // A singular word not in the currency table, after a scaled number in a sentence of
        // money, is taken for its currency; a plural stays a count.
        #expect(figures("The council paid 2 million florp for it.") == ["2000000 | florp | money | - | - | - | -"])
        #expect(figures("The council paid 2 million farmers for it.") == ["2000000 | - | count | farmers | - | - | -"])
    }

    @Test func measuresKeepTheirUnitAndGiveABaseValue() {
        #expect(figures("He ran 40 yards.") == ["40 | yard | length | - | - | - | -"])
        #expect(figures("Gusts reached 87 mph (140 km/h).")
                == ["87 | mile per hour | speed | - | - | - | -", "140 | kilometre per hour | speed | - | - | - | -"])
        #expect(figures("The engine makes 275 pound-feet at 3000 rpm.")
                == ["275 | pound-foot | torque | - | - | - | -", "3000 | revolution per minute | frequency | - | - | - | -"])
        #expect(figures("A 4,750-mile land border separates them.") == ["4750 | mile | length | border | - | - | -"])
        var text = "The lake is 12 km long."
        let base = text.withUTF8 { bytes in
            FigureFinder().figures(in: bytes, range: 0..<bytes.count, words: WordScanner.words(in: bytes, range: 0..<bytes.count)).map(\.base)
        }
        #expect(base == [12_000])
        #expect(figures("The phones have 256GB of storage.") == ["256 | gigabyte | data | - | - | - | -"])
    }

    @Test func percentagesAndPoints() {
        #expect(figures("Turnout fell to 7.5 percent.") == ["7.5 | percent | percent | - | - | down | -"])
        #expect(figures("The index lost 190 points, or 0.6%.")
                == ["190 | point | point | - | - | down | -", "0.6 | percent | percent | - | - | - | -"])
        #expect(figures("Rates rose half a percentage point.") == ["0.5 | percentage point | percent | - | - | up | -"])
        #expect(figures("Stocks were -1.3% by noon.") == ["-1.3 | percent | percent | - | - | down | -"])
    }

    @Test func rangesAreOneFigure() {
        #expect(figures("They sent between seventy and 500 soldiers.") == ["70-500 | - | count | soldiers | - | - | -"])
        #expect(figures("Each unit has 70-500 soldiers.") == ["70-500 | - | count | soldiers | - | - | -"])
        #expect(figures("The route grew from 252 miles to 287 miles.") == ["252-287 | mile | length | - | - | up | -"])
        #expect(figures("The shifts last 40 to 50 hours a week.") == ["40-50 | hour per week | time | - | - | - | -"])
        #expect(figures("Four to five thousand people came.") == ["4000-5000 | - | count | people | - | - | -"])
    }

    @Test func changes() {
        #expect(figures("Exports fell 12 percent.") == ["12 | percent | percent | - | - | down | -"])
        #expect(figures("The share price rose to $58.24.") == ["58.24 | US dollar | money | - | - | up | -"])
        #expect(figures("The shares climbed 6.5% to 164p.")
                == ["6.5 | percent | percent | - | - | up | -", "1.64 | pound sterling | money | - | - | up | -"])
    }

    @Test func fractionsAndNumberWords() {
        #expect(figures("Add 1/2 pound of flour.") == ["0.5 | pound | mass | - | - | - | -"])
        #expect(figures("Half a million voters stayed home.") == ["500000 | - | count | voters | - | - | -"])
        #expect(figures("The talks took three and a half hours.") == ["3.5 | hour | time | - | - | - | -"])
        #expect(figures("A third of the wells ran dry.") == ["0.3333333333333333 | - | share | wells | - | - | -"])
        #expect(figures("The county has six hundred and forty-two farms.") == ["642 | - | count | farms | - | - | -"])
    }

    @Test func ages() {
        #expect(figures("The lawyer, Ostrova, 52, declined to comment.") == ["52 | year of age | age | - | - | - | -"])
        #expect(figures("A 15-year-old boy was hurt.") == ["15 | year of age | age | - | - | - | -"])
        #expect(figures("She was 30 years old then.") == ["30 | year of age | age | - | - | - | -"])
    }

    @Test func numbersThatAreNotFigures() {
        #expect(figures("In 2019 he became president.") == [])
        #expect(figures("Section 2 of the law was repealed.") == [])
        #expect(figures("It finished 10th in the 22nd round.") == [])
        #expect(figures("The meeting is on May 9 at 11 a.m. and ends at 14:30.") == [])
        #expect(figures("Call 555-0143 for details.") == [])
        #expect(figures("United won 2-1 on Sunday.") == [])
        #expect(figures("The carriers rolled out 5G across the region.") == [])
        #expect(figures("The Galaxy S23 and Game 2 were in the news.") == [])
        #expect(figures("Prices were lower in the 1990s.") == [])
        #expect(figures("No one came, and the one who did left.") == [])
    }
}
