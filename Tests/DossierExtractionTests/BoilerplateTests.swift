import DossierCorpus
@testable import DossierExtraction
import Testing

@Suite struct BoilerplateTests {
    /// Every residue paragraph of the bundled corpus, read one by one against the articles.
    @Test func bundledCorpusResidueIsMarkedAndNothingElse() throws {
        let corpus = try CorpusBuilder().load(BundledCorpus.source).corpus
        let marked = corpus.paragraphs.filter { $0.boilerplate != nil }.map { "\(corpus.articles[$0.article].id) \($0.index) \($0.boilerplate!)" }
        #expect(marked == [
            "carnegie-russia-gamble 12 comment form",
            "carnegie-russia-gamble 13 comment form",
            "gis-wider-implications 0 page furniture",
            "gis-wider-implications 2 page furniture",
            "gis-wider-implications 17 page furniture",
            "gis-wider-implications 44 source stamp",
            "gis-wider-implications 45 related-article teaser",
            "gis-wider-implications 46 related-article teaser",
            "gis-wider-implications 47 related-article teaser",
            "gis-wider-implications 48 related-article teaser",
            "gis-wider-implications 49 related-article teaser",
            "gis-wider-implications 50 related-article teaser",
            "gis-wider-implications 51 related-article teaser",
            "guardian-order-restored 0 breadcrumb",
            "guardian-order-restored 1 site title",
            "guardian-order-restored 8 photo credit",
            "guardian-order-restored 15 photo credit",
            "nyt-tokayev-embraces-russia 1 byline",
            "stern-servant-overturns-master 18 photo caption",
            "stern-servant-overturns-master 19 photo caption",
            "stern-servant-overturns-master 20 photo credit",
            "stern-servant-overturns-master 24 photo caption",
            "stern-servant-overturns-master 25 photo caption",
            "stern-servant-overturns-master 26 photo credit",
            "stern-servant-overturns-master 33 source stamp",
        ])
    }

    @Test func duplicatesCountOnce() {
        #expect(Boilerplate.classify(["A first paragraph.", "Same text here.", "Same  text here.", "Last."]) == [nil, nil, "duplicate of the paragraph before", nil])
    }

    @Test func headingsAndShortSentencesAreNotResidue() {
        #expect(Boilerplate.classify(["The trigger", "He spoke.", "Scenarios", "By then it was late."]) == [nil, nil, nil, nil])
    }
}
