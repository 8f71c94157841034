import DossierCorpus
import DossierExtraction
import Testing
import TestSupport

/// Entity mentions found through the gazetteer, on a small corpus written here.
@Suite struct MentionTests {
    static let gazetteer = """
        - name: Kassym-Jomart Tokayev
          kind: person
          aliases: [Kassym-Schomart Tokayev, Tokajew]
        - name: Collective Security Treaty Organization
          kind: organization
          aliases: [CSTO, Collective Safety Treaty Group]
        - name: Stern
          kind: organization
        - name: Karim Massimov
          kind: person
        - name: Someone Massimov
          kind: person
        """

    func mentions(_ body: String) throws -> [(String?, String)] {
        let corpus = try TemporaryCorpus(["a.md": TemporaryCorpus.article(id: "a", body: body), "entities.yaml": Self.gazetteer])
        let built = try CorpusBuilder().load(.directory(corpus.path)).corpus
        return built.mentions.map { m in
            (m.entity.map { built.entities[$0].name }, built.articles[m.article].text(m.range))
        }
    }

    @Test func aliasesPossessivesCaseAndHyphens() throws {
        let found = try mentions("KASSYM‐JOMART TOKAYEV’s call to the Collective Safety Treaty Group’s members. Tokajew’s speech; the Csto replied, the csto did not.")
        #expect(found.map(\.0) == ["Kassym-Jomart Tokayev", "Collective Security Treaty Organization", "Kassym-Jomart Tokayev",
                                   "Collective Security Treaty Organization"])
        #expect(found.map(\.1) == ["KASSYM‐JOMART TOKAYEV’s", "Collective Safety Treaty Group’s", "Tokajew’s", "Csto"])
    }

    @Test func surnameAloneAfterTheFullName() throws {
        let found = try mentions("Tokayev spoke first. Then Kassym-Jomart Tokayev spoke. Later Tokayev left.")
        // The first "Tokayev" comes before the full name, so it is not linked.
        #expect(found.map(\.1) == ["Kassym-Jomart Tokayev", "Tokayev"])
    }

    @Test func sharedAliasIsAmbiguousNotGuessed() throws {
        let corpus = try TemporaryCorpus(["a.md": TemporaryCorpus.article(id: "a", body: "Massimov was arrested."),
                                          "entities.yaml": Self.gazetteer + "\n  aliases: [Massimov]\n- name: Other\n  kind: person\n  aliases: [Massimov]\n"])
        let result = try CorpusBuilder().load(.directory(corpus.path))
        #expect(result.problems.count == 1)
        let mention = try #require(result.corpus.mentions.first)
        #expect(mention.entity == nil)
        #expect(mention.candidates.count == 2)
    }

    @Test func capitalisedFormsNeedACapital() throws {
        let found = try mentions("He gave a stern warning, Stern reported.")
        #expect(found.map(\.1) == ["Stern"])
    }

    @Test func surnameFollowsTheFullNameThatCameBefore() throws {
        let found = try mentions("Karim Massimov was arrested. Massimov denied it.")
        #expect(found.map(\.0) == ["Karim Massimov", "Karim Massimov"])
    }
}
