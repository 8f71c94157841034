import DossierCorpus
import DossierDiagnostics

/// A corpus as an earlier load extracted it (read back from its snapshot), for an update
/// that extracts only the articles whose files changed: the rows of the others are taken
/// from it, their ids moved to where the articles now stand.
public struct PreviousExtraction: Sendable {
    public let corpus: Corpus
    public let trace: ExtractionTrace
    public let problems: [Diagnostic]
    /// The article files whose name, size and modification time have not changed.
    public let unchanged: Set<String>

    /// Where each old article's rows start, for mentions, quotes, figures, dates, name
    /// occurrences and candidate events (each in article order); one more entry than articles.
    let mentionStarts: [Int]
    let quoteStarts: [Int]
    let figureStarts: [Int]
    let dateStarts: [Int]
    let nameStarts: [Int]
    let eventStarts: [Int]

    public init(corpus: Corpus, trace: ExtractionTrace, problems: [Diagnostic], unchanged: Set<String>) {
        self.corpus = corpus
        self.trace = trace
        self.problems = problems
        self.unchanged = unchanged
        let articles = corpus.articles.count
        mentionStarts = Self.starts(articles, corpus.mentions.count) { corpus.mentions[$0].article }
        quoteStarts = Self.starts(articles, corpus.quotes.count) { corpus.quotes[$0].article }
        figureStarts = Self.starts(articles, corpus.figures.count) { corpus.figures[$0].article }
        dateStarts = Self.starts(articles, corpus.dates.count) { corpus.dates[$0].article }
        nameStarts = Self.starts(articles, trace.names.count) { trace.names[$0].article }
        eventStarts = Self.starts(articles, trace.events.count) { row in
            let sentence = trace.events[row].sentence
            return sentence < corpus.sentences.count ? corpus.sentences[sentence].article : articles
        }
    }

    /// For rows in article order, the first row of each article.
    private static func starts(_ articles: Int, _ rows: Int, article: (Int) -> Int) -> [Int] {
        var starts = [Int](repeating: rows, count: articles + 1)
        var next = 0
        for row in 0..<rows {
            let a = min(max(article(row), 0), articles)
            while next <= a {
                starts[next] = row
                next += 1
            }
        }
        return starts
    }

    /// What the previous load found in an article that has not changed, its article id
    /// now `index` and its sentence ids moved by `shift`.
    func yield(of old: Int, as index: Int, sentenceShift shift: Int) -> CorpusBuilder.ArticleYield {
        /// Rows of the old article with their article and sentence ids moved.
        func moved<Row>(_ rows: some RandomAccessCollection<Row>, from starts: [Int],
                        article: WritableKeyPath<Row, Int>?, sentence: WritableKeyPath<Row, Int>) -> [Row] where Row: Sendable {
            let first = rows.index(rows.startIndex, offsetBy: starts[old])
            let end = rows.index(rows.startIndex, offsetBy: starts[old + 1])
            return rows[first..<end].map { row in
                var row = row
                if let article { row[keyPath: article] = index }
                row[keyPath: sentence] += shift
                return row
            }
        }
        var yield = CorpusBuilder.ArticleYield()
        yield.mentions = moved(corpus.mentions, from: mentionStarts, article: \.article, sentence: \.sentence)
        yield.quotes = moved(corpus.quotes, from: quoteStarts, article: \.article, sentence: \.sentence)
        yield.figures = moved(corpus.figures, from: figureStarts, article: \.article, sentence: \.sentence)
        yield.dates = moved(corpus.dates, from: dateStarts, article: \.article, sentence: \.sentence)
        yield.names = moved(trace.names, from: nameStarts, article: \.article, sentence: \.sentence)
        yield.events = moved(trace.events, from: eventStarts, article: nil, sentence: \.sentence)
        return yield
    }

    /// The problems of the previous load in an article file (but a duplicate id, which the
    /// loader says again itself).
    var problemsByFile: [String: [Diagnostic]] {
        var byFile: [String: [Diagnostic]] = [:]
        for problem in problems {
            guard let file = problem.file, !problem.message.hasPrefix(CorpusLoader.duplicateMessage) else { continue }
            byFile[file, default: []].append(problem)
        }
        return byFile
    }

    /// The suggestion the previous load gave each unlinked name, by its text.
    var suggestions: [String: Int?] {
        Dictionary(corpus.names.map { ($0.text, $0.suggestion) }, uniquingKeysWith: { first, _ in first })
    }
}
