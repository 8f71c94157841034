import DossierCorpus

/// Finds direct quotations and their speakers, article by article (see `QuoteReader` for
/// how a speaker is found, `QuoteMarks` for how a quotation is). Quoted phrases of three
/// words or fewer are fragments (scare quotes, titles), not a speaker's words.
struct QuoteFinder: Sendable {
    let entities: [Entity]
    let lexicon: Lexicon

    init(entities: [Entity], lexicon: Lexicon = .shared) {
        self.entities = entities
        self.lexicon = lexicon
    }

    /// The quotations of one article. `paragraphs` are its text paragraphs (boilerplate left
    /// out), `mentions` its mentions in text order.
    func quotes(body: String, article: Int, paragraphs: [Range<Int>], sentences: [Sentence], sentenceIDs: Range<Int>,
                mentions: [Mention]) -> [Quote] {
        var text = body
        return text.withUTF8 { bytes in
            QuoteReader(bytes: bytes, sentences: sentences, ids: sentenceIDs, paragraphs: paragraphs, mentions: mentions,
                        entities: entities, lexicon: lexicon).quotes(article: article)
        }
    }
}
