import DossierCorpus

/// What the tables are read from: the corpus, the candidate events that extraction found
/// in each article before they were merged, and whether it is a shard of a bigger corpus.
public struct ExportSource: Sendable {
    public let corpus: Corpus
    public let candidates: [EventCandidate]
    public let shard: Shard?

    public init(corpus: Corpus, candidates: [EventCandidate], shard: Shard?) {
        self.corpus = corpus
        self.candidates = candidates
        self.shard = shard
    }

    /// The article's id, the key that links every table to its article.
    func article(_ index: Int) -> ExportValue {
        .text(corpus.articles.indices.contains(index) ? corpus.articles[index].id : "")
    }

    /// A sentence's position in its article.
    func sentence(_ id: Int) -> ExportValue {
        .integer(corpus.sentences.indices.contains(id) ? corpus.sentences[id].index : 0)
    }

    func text(_ article: Int, _ range: Range<Int>) -> ExportValue {
        .text(corpus.articles.indices.contains(article) ? corpus.articles[article].text(range) : "")
    }

    static func day(_ number: Int) -> ExportValue { .text(PartialDate(dayNumber: number).description) }
}
