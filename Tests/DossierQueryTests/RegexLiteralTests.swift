@testable import DossierQuery
import Testing

/// What a pattern is taken to require: nothing that a match could do without.
@Suite struct RegexLiteralTests {
    func required(_ pattern: String) -> String? {
        RegexLiteral.required(by: pattern).map { String(decoding: $0, as: UTF8.self) }
    }

    @Test func theLongestPlainRunIsRequired() {
        #expect(required("[0-9]+ people were killed") == " people were killed")
        #expect(required("troops?") == "troop")
        #expect(required("secur(ity)? forces") == " forces")
        #expect(required("Nur-Sultan\\.") == "Nur-Sultan.")
        #expect(required("a{0,3}bcd") == "bcd")
        #expect(required("abc+de") == "abc")
        #expect(required("[]abc]xyz") == "xyz")
    }

    @Test func anythingUncertainRequiresNothing() {
        #expect(required("Tokayev|Nazarbayev") == nil)
        #expect(required("(?i)tokayev") == nil)
        #expect(required("ab") == nil)
        #expect(required("\\d+\\s\\w+") == nil)
        #expect(required("(unclosed") == nil)
        #expect(required("Алматы") == nil)
        // K, ; and ` have canonically equivalent forms (the Kelvin sign...): never required.
        #expect(required("OK Kelvin") == "elvin")
        #expect(required("a;bcd") == "bcd")
    }
}
