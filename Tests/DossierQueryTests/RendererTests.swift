import DossierCorpus
@testable import DossierQuery
import Testing

@Suite struct RendererTests {
    let result = ResultSet(columns: ["date", "actors", "value", "text"], rows: [
        [.date(PartialDate.parse("2022-01")!), .list([.entity(0, "Tokayev"), .entity(1, "Putin")]), .number(2500),
         .text("He said, \"we won\"\nthen left")],
        [.null, .list([]), .number(7.5), .text("Алматы")],
    ])

    @Test func jsonKeepsTypes() {
        #expect(JSONRenderer().render(result) == """
            [
              {"date": "2022-01", "actors": ["Tokayev", "Putin"], "value": 2500, "text": "He said, \\"we won\\"\\nthen left"},
              {"date": null, "actors": [], "value": 7.5, "text": "Алматы"}
            ]

            """)
        #expect(JSONRenderer().render(ResultSet(columns: ["a"], rows: [])) == "[]\n")
    }

    @Test func csvFollowsRFC4180() {
        #expect(CSVRenderer().render(result) == "date,actors,value,text\r\n2022-01,Tokayev; Putin,2500,\"He said, \"\"we won\"\"\nthen left\"\r\n,,7.5,Алматы\r\n")
    }

    @Test func tableAlignsAndCountsRows() {
        #expect(TableRenderer().render(result) == """
            date     actors          value  text
            -------  --------------  -----  ---------------------------
            2022-01  Tokayev; Putin  2500   He said, "we won" then left
                                     7.5    Алматы
            (2 rows)

            """)
    }

    @Test func tableFitsTheWidthByCuttingWithAnEllipsis() {
        let text = TableRenderer(maxWidth: 40).render(result)
        #expect(text.split(separator: "\n").allSatisfy { TableRenderer.displayWidth(String($0)) <= 40 })
        #expect(text.contains("…"))
    }

    @Test func tableWrapsWhenAsked() {
        let text = TableRenderer(maxWidth: 40, wrap: true).render(result)
        #expect(text.split(separator: "\n").allSatisfy { TableRenderer.displayWidth(String($0)) <= 40 })
        #expect(!text.contains("…"))
        #expect(text.contains("left"))
    }

    @Test func displayWidthCountsWideAndCombiningCharacters() {
        #expect(TableRenderer.displayWidth("Алматы") == 6)
        #expect(TableRenderer.displayWidth("東京") == 4)
        #expect(TableRenderer.displayWidth("e\u{301}") == 1)
    }
}
