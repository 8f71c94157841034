import DossierCorpus
import DossierExtraction
import Testing
import TestSupport

/// Quotations and speakers on short invented articles, one pattern each.
@Suite struct QuoteFinderTests {
    func quotes(_ body: String) throws -> [String] {
        let corpus = try TemporaryCorpus(["a.md": TemporaryCorpus.article(id: "a", body: body)])
        let built = try CorpusBuilder().load(.directory(corpus.path)).corpus
        return built.quotes.map { quote in
            let text = built.articles[0].text(quote.range)
            let speaker = quote.speaker.map { built.entities[$0].name } ?? quote.speakerName ?? "?"
            return quote.fragment ? "fragment: \(text)" : "\(speaker): \(text)"
        }
    }

    @Test func speakerAfterTheQuotation() throws {
        #expect(try quotes("“The river has never been this low,” said Mira Castell, a hydrologist at Delta University.") == [
            "Mira Castell: The river has never been this low,",
        ])
        #expect(try quotes("\"We will rebuild the bridge,\" Governor Tomas Ruel said on Monday.") == [
            "Tomas Ruel: We will rebuild the bridge,",
        ])
    }

    @Test func speakerBeforeTheQuotation() throws {
        #expect(try quotes("Mayor Ines Varga said: “Nobody was hurt in the flood.”") == ["Ines Varga: Nobody was hurt in the flood."])
        #expect(try quotes("According to Paul Okafor, “the dam held for three days.”") == ["Paul Okafor: the dam held for three days."])
    }

    @Test func pronounsGoBackToTheSpeakerTheyNamed() throws {
        let body = """
            “The levee failed at noon,” said Mira Castell.

            “We had warned them for years,” she added.

            “Water reached the square within the hour,” said Tomas Ruel.

            “The pumps were never installed,” he said.

            “Nobody listened to us,” she said.
            """
        #expect(try quotes(body) == [
            "Mira Castell: The levee failed at noon,", "Mira Castell: We had warned them for years,",
            "Tomas Ruel: Water reached the square within the hour,", "Tomas Ruel: The pumps were never installed,",
            "Mira Castell: Nobody listened to us,",
        ])
    }

    @Test func aQuotationThatEndsWithAQuotationOfItsOwnEndsItsClause() throws {
        #expect(try quotes("“They still call us ‘the river people,’” Mira Castell, who runs the ferry and the inn, told the council.")
            == ["Mira Castell: They still call us ‘the river people,’"])
        #expect(try quotes("\"They still call us 'the river people,'\" Tomas Ruel said.") == ["Tomas Ruel: They still call us 'the river people,'"])
    }

    @Test func anAppositionBetweenNameAndVerbIsNotTheSpeaker() throws {
        #expect(try quotes("Mira Castell, a hydrologist at Delta University, told reporters on Monday: “The levee was never inspected.”")
            == ["Mira Castell: The levee was never inspected."])
    }

    @Test func shortQuotedPhrasesAreFragments() throws {
        #expect(try quotes("Officials called it a “listening state” and a “new era” of reform.") == [
            "fragment: listening state", "fragment: new era",
        ])
    }

    @Test func quotationsSpanningParagraphs() throws {
        let body = """
            “The first warning came on Tuesday. Nobody listened.

            “By Thursday the water was in the houses,” said Ines Varga.
            """
        // One quotation, reopened in the second paragraph as news style does, with its speaker.
        #expect(try quotes(body) == ["Ines Varga: The first warning came on Tuesday. Nobody listened.\n\n“By Thursday the water was in the houses,"])
    }
}

/// Attributions as news writes them: titles, appositions, roles, organizations, dashes,
/// misplaced marks and quotations that a reporting clause introduces.
@Suite struct AttributionTests {
    func quotes(_ body: String) throws -> [String] {
        let corpus = try TemporaryCorpus(["a.md": TemporaryCorpus.article(id: "a", body: body)])
        let built = try CorpusBuilder().load(.directory(corpus.path)).corpus
        return built.quotes.filter { !$0.fragment }.map { quote in
            let speaker = quote.speaker.map { built.entities[$0].name } ?? quote.speakerName ?? "?"
            return "\(speaker) (\(quote.speakerKind?.rawValue ?? "-")): \(built.articles[0].text(quote.range))"
        }
    }

    @Test func titlesAndAppositionsAreNotPartOfTheName() throws {
        #expect(try quotes("“Prices will keep rising this winter,” Pavel Orlik, chief economist at Baltic Grain Ltd., said on Monday.")
            == ["Pavel Orlik (person): Prices will keep rising this winter,"])
        #expect(try quotes("“We are not finished with this bill,” Sen. Dana Whitcomb (D-Ore.) said.")
            == ["Dana Whitcomb (person): We are not finished with this bill,"])
        #expect(try quotes("“The harbour stays closed until further notice,” port authority spokesman Ivo Brandt said.")
            == ["Ivo Brandt (person): The harbour stays closed until further notice,"])
        #expect(try quotes("“Nobody expected the vote to fail,” said Mr. Okonjo, who chairs the committee.")
            == ["Okonjo (person): Nobody expected the vote to fail,"])
    }

    @Test func rolesAndOrganizationsAreSpeakersAsWritten() throws {
        #expect(try quotes("“The talks have stalled over the border question,” a Western diplomatic source said.")
            == ["a Western diplomatic source (role): The talks have stalled over the border question,"])
        #expect(try quotes("“The figures were checked twice before release,” the ministry said in a statement.")
            == ["the ministry (organization): The figures were checked twice before release,"])
    }

    @Test func aSurnameGoesToTheFullNameAndAPronounToItsPerson() throws {
        let body = """
            Marta Lindqvist runs the shelter on Harbour Street.

            “We have had no heating for three days,” Lindqvist said. “The children sleep in their coats.”

            She added: “We asked the council twice and heard nothing back.”
            """
        #expect(try quotes(body) == [
            "Marta Lindqvist (person): We have had no heating for three days,",
            "Marta Lindqvist (person): The children sleep in their coats.",
            "Marta Lindqvist (person): We asked the council twice and heard nothing back.",
        ])
    }

    @Test func aMisplacedOpeningMarkThatEndsAQuotationClosesIt() throws {
        #expect(try quotes("“The roads will be cleared by the end of the week, “Governor Ada Fenn said on Friday.")
            == ["Ada Fenn (person): The roads will be cleared by the end of the week,"])
    }

    @Test func aDashOrAColonParagraphIntroducesTheQuotation() throws {
        #expect(try quotes("“The price of bread has doubled since spring.” ― Rosa Ilves, a baker in the old town")
            == ["Rosa Ilves (person): The price of bread has doubled since spring."])
        let body = """
            The mayor, Tomas Vidal, continued:

            “Every family that lost its home will be housed before winter.”
            """
        #expect(try quotes(body) == ["Tomas Vidal (person): Every family that lost its home will be housed before winter."])
    }

    @Test func aQuotationThatStopsMidClauseBelongsToTheClause() throws {
        // The attribution after it is the writer's paraphrase of someone else.
        let body = "His pledge to “open every ledger to the public” on Monday was a surprise, said Nina Kraus, a historian."
        #expect(try quotes(body) == ["? (-): open every ledger to the public"])
    }

    @Test func titlesWithStopsAndInitialsBeforeTheName() throws {
        #expect(try quotes("“The town will never look the same,” said the Rev. Alma Kettering, of Riverside Chapel.")
            == ["Alma Kettering (person): The town will never look the same,"])
        #expect(try quotes("“This is a sad day for the valley,” said Rep. T.J. Marlow (D-N.C.), head of the caucus.")
            == ["T.J. Marlow (person): This is a sad day for the valley,"])
        #expect(try quotes("“The reasons for the veto do not hold,” said 9/11 widow Tessa Brandt.")
            == ["Tessa Brandt (person): The reasons for the veto do not hold,"])
    }

    @Test func aShortQuotationWithItsVerbIsNoFragmentAndTheNextGoesOnFromIt() throws {
        #expect(try quotes("“It hurts,” Dunmore said. “And the valley has to learn how to heal after this.”") == [
            "Dunmore (person): It hurts,", "Dunmore (person): And the valley has to learn how to heal after this.",
        ])
        // A noun after "those" is no verb of speech: the phrase stays a fragment (left out here).
        let phrase = try quotes("As he turned to “shoot on sight,” those promises were forgotten.")
        #expect(phrase == [])
    }

    @Test func aTranscriptNamesItsSpeakerInCapitals() throws {
        #expect(try quotes("“JONES: But, Senator, I have to ask you about the report on the dam.”")
            == ["Jones (person): JONES: But, Senator, I have to ask you about the report on the dam."])
    }

    @Test func aColonWithoutAVerbOfSpeechIntroducesTheSubjectsWords() throws {
        let body = """
            On July 6, Wendell Park made the following comment:

            “For young people who have left school, the jobless rate is 33 percent.”
            """
        #expect(try quotes(body) == ["Wendell Park (person): For young people who have left school, the jobless rate is 33 percent."])
    }

    @Test func anOpeningClauseIsNotTheSubjectAndAParticipleAfterTheQuotationGoesOnWithItsSpeaker() throws {
        #expect(try quotes("With leaders worried about turnout for Ines Varga, Tomas Ruel is rolling out a new message: “It is about all of us.”")
            == ["Tomas Ruel (person): It is about all of us."])
        #expect(try quotes("In a statement, Harbour Holdings said: “The company did well when it stood on its own,” adding that its value had doubled.")
            == ["Harbour Holdings (organization): The company did well when it stood on its own,"])
    }

    @Test func aNameBeforeAVerbOfStanceIsItsSubjectAndTheNextSentenceKeepsItsOwnQuotation() throws {
        #expect(try quotes("Japan branded Norland an “outlaw nation in the region.” Russia insisted that Norland “stop its dangerous games.”") == [
            "Japan (organization): outlaw nation in the region.", "Russia (organization): stop its dangerous games.",
        ])
        // "Ruel's remarks": a verb of speech after a possessive is a noun.
        #expect(try quotes("Mira Castell, an adviser to the council, called Tomas Ruel's remarks on Saturday “a true wake-up call” for the valley.")
            == ["Mira Castell (person): a true wake-up call"])
    }

    @Test func aPassiveNamesTheSpeakerAfterBy() throws {
        #expect(try quotes("“River Song (Part Two)” was written by Harlan Mercer after the flood that drowned the valley.")
            == ["Harlan Mercer (person): River Song (Part Two)"])
    }

    @Test func aParticipleAfterAThingGoesBackToTheClausesSubject() throws {
        #expect(try quotes("Harlan Mercer posted a string of messages late Sunday saying the council had treated the valley “like a parking lot for its mistakes.”")
            == ["Harlan Mercer (person): like a parking lot for its mistakes."])
        #expect(try quotes("The museum has a recording of Ines Varga asking, “Who will pay for the bridge this time?”")
            == ["Ines Varga (person): Who will pay for the bridge this time?"])
        #expect(try quotes("After a closed meeting, the Harbour Council issued a statement calling the spill “a disgrace to the whole coast.”")
            == ["Harbour Council (organization): a disgrace to the whole coast."])
    }

    @Test func aThingAfterADashIsNoSourceAndAClosingReportingClauseCoversItsSentence() throws {
        #expect(try quotes("Last spring, Mercer waved off the valley as “a swamp with a post office” — a sneer that the farmers never forgot.")
            .allSatisfy { !$0.hasPrefix("a sneer") })
        #expect(try quotes("A farmer who “takes a bucket from the river” is fined at once, Varga said on Tuesday.")
            == ["Varga (person): takes a bucket from the river"])
    }

    @Test func aClauseOfTimeAfterTheQuotationSaysWhenNotWho() throws {
        #expect(try quotes("The film ends with footage of Mercer saying at the hearing, “That makes me careful,” when Varga accused him of hiding the reports.")
            == ["Mercer (person): That makes me careful,"])
        #expect(try quotes("Mercer was defensive about the pumps that failed at one of his three farms, saying, “Maybe they were old, and nobody told me.”")
            == ["Mercer (person): Maybe they were old, and nobody told me."])
    }

    @Test func aGivenNameTellsWhomHeOrSheMeans() throws {
        let body = """
            Governor Margaret Holloway met the engineers on Monday. Her deputy, Daniel Osei, stayed in the capital.

            “The dam will be inspected every week,” she said.
            """
        #expect(try quotes(body) == ["Margaret Holloway (person): The dam will be inspected every week,"])
    }

    @Test func aClauseJoinedByButReportsTheQuotationAfterIt() throws {
        let body = "Rhea Tamsin, the harbour master, said the logs did not show “any sign of a second vessel near the pier,” but he said that the cameras “tell another story.”"
        #expect(try quotes(body).first == "Rhea Tamsin (person): any sign of a second vessel near the pier,")
    }

    @Test func aPronounBeforeAVerbOfStanceIsItsSubject() throws {
        #expect(try quotes("The Harbour Council on Friday condemned the spill as what it called “a clear threat to the bay and its fishermen.”")
            == ["Harbour Council (organization): a clear threat to the bay and its fishermen."])
    }

    @Test func aVerbOfSpeechUsedAsANounIsSkipped() throws {
        let found = try quotes("Varga says Ruelov's flurry of late-night tweets about the dam was “unhinged, even for him.”")
        #expect(found == ["Varga (person): unhinged, even for him."])
    }
}

/// Quotations inside reported speech, where no verb of speech stands next to the quotation.
@Suite struct ReportedSpeechTests {
    static let gazetteer = """
        - name: Mira Castellova
          kind: person
          aliases: [Castellova]
        - name: Tomas Ruelov
          kind: person
          aliases: [Ruelov]
        - name: Ines Varga
          kind: person
          aliases: [Varga]
        """

    func quotes(_ body: String) throws -> [String] {
        let corpus = try TemporaryCorpus([
            "a.md": TemporaryCorpus.article(id: "a", body: body), "entities.yaml": Self.gazetteer,
        ])
        let built = try CorpusBuilder().load(.directory(corpus.path)).corpus
        return built.quotes.map { quote in
            let speaker = quote.speaker.map { built.entities[$0].name } ?? quote.speakerName ?? "?"
            return "\(speaker): \(built.articles[0].text(quote.range))"
        }
    }

    @Test func aQuotationInAReportedClauseBelongsToItsSubject() throws {
        #expect(try quotes("Ines Varga, who ran the agency for a decade, said it was likely that Ruelov had “lost all control of the dams.”")
            == ["Ines Varga: lost all control of the dams."])
        #expect(try quotes("Ruelov took office in May, pledging to turn the agency into a body “open to every complaint from the valley.”")
            == ["Tomas Ruelov: open to every complaint from the valley."])
    }

    @Test func aSentenceOpeningWithHisGoesBackToThePreviousSubject() throws {
        let body = """
            Ruelov took office in May, helped by Varga.

            His promise this week to “close the gates without warning” alarmed the valley.
            """
        #expect(try quotes(body) == ["Tomas Ruelov: close the gates without warning"])
    }

    @Test func withoutAReportingWordTheQuotationStaysUnattributed() throws {
        #expect(try quotes("Images of a statue of Ruelov and crowds chanting “Old man, go home now!” went round the world.")
            == ["?: Old man, go home now!"])
        #expect(try quotes("Ruelov visited the dam, where a banner read “the valley will not forget this.”")
            == ["?: the valley will not forget this."])
    }

    @Test func aParagraphThatIsOneQuotationGoesBackToTheSubjectBeforeIt() throws {
        let body = """
            Though she called the flood plan “timid,” Varga kept her remarks on the dam to what might happen next year.

            “If the dam cannot be kept safe, it should be taken down.”
            """
        #expect(try quotes(body) == ["?: timid,", "Ines Varga: If the dam cannot be kept safe, it should be taken down."])
    }

    @Test func wordsQuotedInASentenceAboutAPersonAreTheirs() throws {
        #expect(try quotes("Tomas Ruelov is again doubting the count, urging his voters to stand at the polls and make sure it is “clean from start to end.”")
            == ["Tomas Ruelov: clean from start to end."])
    }

    @Test func heDoesNotReferToAFeminineSurname() throws {
        let body = """
            “The pumps will be replaced by spring,” said Ruelov.

            The contract went to a firm owned by Castellova. The agency should run the pumps “as it does in every other province,” he promised.
            """
        #expect(try quotes(body) == [
            "Tomas Ruelov: The pumps will be replaced by spring,", "Tomas Ruelov: as it does in every other province,",
        ])
    }
}
