import XCTest
@testable import FrontlineCore

final class PhraseTemplatePromptTests: XCTestCase {
    func testPromptsAreListedOnceInOrder() {
        let text = "Your refund of {{?amount}} goes to {{ ? card }}; {{?amount}} is the full price. {{customer.name}}"
        XCTAssertEqual(PhraseTemplate.prompts(in: text), ["amount", "card"])
        XCTAssertEqual(PhraseTemplate.prompts(in: "Hello {{customer.name|there}}"), [])
    }

    func testAnswersFillPromptsAndValuesDoNot() {
        let text = "退款{{?金额}}元将退回您的{{?card|原支付账户}}。"
        let rendered = PhraseTemplate.render(text, values: ["金额": "99"], answers: ["金额": "120"])
        XCTAssertEqual(rendered.text, "退款120元将退回您的原支付账户。")
        XCTAssertEqual(rendered.unresolved, [])
        XCTAssertEqual(PhraseTemplate.render("{{?amount}}", values: ["amount": "5"]).unresolved, ["?amount"],
                       "a prompt is the agent's to answer, never a stored value")
    }

    func testUnresolvedPlaceholdersHaveCharacterRanges() {
        // 👍🏽 and 한 are one Character each, so offsets count what a grapheme text field shows.
        let rendered = PhraseTemplate.render("👍🏽 {{customer.name|고객}}님, {{order.number}} 한 {{?사유}}.",
                                             values: [:], answers: ["사유": ""])
        XCTAssertEqual(rendered.text, "👍🏽 고객님, {{order.number}} 한 {{?사유}}.")
        XCTAssertEqual(rendered.unresolved, ["order.number", "?사유"])
        let characters = Array(rendered.text)
        for hole in rendered.unresolvedPlaceholders {
            let shown = String(characters[hole.range])
            XCTAssertTrue(shown.hasPrefix("{{") && shown.hasSuffix("}}") && shown.contains(hole.key), shown)
        }
        XCTAssertEqual(rendered.unresolvedPlaceholders.map(\.range), [7..<23, 26..<33])
    }

    func testProblemsNameEachMistake() {
        XCTAssertEqual(PhraseTemplate.problems(in: "Hello {{customer.name|there}}, {{?amount}} {{customer.title}} {{visit.date}}"), [])
        XCTAssertEqual(PhraseTemplate.problems(in: "Hello {{customer.name"),
                       ["\"{{\" without a closing \"}}\"; write a placeholder as {{key}} or {{key|default}}"])
        XCTAssertEqual(PhraseTemplate.problems(in: "Hello }} there"), ["\"}}\" without an opening \"{{\""])
        let unknown = PhraseTemplate.problems(in: "{{customer.nmae}} {{?}}")
        XCTAssertEqual(unknown.count, 2)
        XCTAssertTrue(unknown[0].hasPrefix("unknown placeholder {{customer.nmae}}; use customer.name, customer.title"), unknown[0])
        XCTAssertEqual(unknown[1], "a prompt needs a label: {{?what to ask}}")
    }

    func testCustomerTitlePerLanguage() {
        let filled = PhrasePlaceholder(customerName: "김민수", agentName: "이수진", orderNumber: "SO-1", promisedTime: "", visitDate: nil)
        XCTAssertEqual(filled.values(in: .ko), ["customer.name": "김민수", "customer.title": "김민수 고객님",
                                                "agent.name": "이수진", "order.number": "SO-1"],
                       "empty values are left out so a default applies")
        XCTAssertEqual(PhrasePlaceholder(customerName: "王小明").values(in: .zhHans)["customer.title"], "王小明")
        XCTAssertEqual(PhrasePlaceholder(customerName: "王小明").values(in: .zhHant)["customer.title"], "王小明")
        XCTAssertEqual(PhrasePlaceholder(customerName: "Grace Miller").values(in: .en)["customer.title"], "Grace Miller")
        XCTAssertNil(PhrasePlaceholder().values(in: .ko)["customer.title"])
        let greeting = "{{customer.title|고객님}}, 안녕하세요."
        XCTAssertEqual(PhraseTemplate.render(greeting, values: PhrasePlaceholder(customerName: "김민수").values(in: .ko)).text,
                       "김민수 고객님, 안녕하세요.")
        XCTAssertEqual(PhraseTemplate.render(greeting, values: PhrasePlaceholder().values(in: .ko)).text, "고객님, 안녕하세요.")
    }

    func testEveryShippedPlaceholderIsKnown() {
        for phrase in Phrasebook.shipped.phrases {
            for (language, text) in phrase.variants {
                XCTAssertEqual(PhraseTemplate.problems(in: text), [], "\(phrase.code) \(language.rawValue)")
            }
        }
    }
}

final class PhrasebookMergeTests: XCTestCase {
    private func phrase(_ code: String, _ text: String, _ category: PhraseCategory = .thanks) -> Phrase {
        Phrase(code: code, category: category, title: code, variants: [.en: text])
    }

    func testLaterBooksReplaceByCodeInPlaceAndAppendNewCodes() {
        let shipped = Phrasebook(phrases: [phrase("a", "shipped a"), phrase("b", "shipped b"), phrase("c", "shipped c")])
        let team = Phrasebook(phrases: [phrase("b", "team b"), phrase("t", "team t")])
        let personal = Phrasebook(phrases: [phrase("b", "mine b"), phrase("t", "mine t"), phrase("p", "mine p")])
        let merged = shipped.merging(team).merging(personal)
        XCTAssertEqual(merged.phrases.map(\.code), ["a", "b", "c", "t", "p"])
        XCTAssertEqual(merged.phrases.map { $0.text(in: .en) }, ["shipped a", "mine b", "shipped c", "mine t", "mine p"])
        XCTAssertEqual(merged.phrase(code: "t")?.text(in: .en), "mine t")
        XCTAssertNil(merged.phrase(code: "zz"))
    }

    func testAReplacedPhraseKeepsOnlyItsOwnVariants() {
        let shipped = Phrasebook(phrases: [Phrase(code: "hello", category: .greeting, title: "Hello",
                                                  variants: [.en: "Hello", .ko: "안녕하세요"])])
        let merged = shipped.merging(Phrasebook(phrases: [phrase("hello", "Hi there", .greeting)]))
        XCTAssertEqual(merged.phrases.first?.text(in: .ko), "Hi there", "the personal phrase wins whole; ko falls back to its en")
    }
}
