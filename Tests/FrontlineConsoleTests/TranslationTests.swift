import XCTest
import FrontlineCore
@testable import FrontlineConsole

/// Every language says everything, and fills the same gaps as English.
final class TranslationTests: XCTestCase {
    func testEveryConsoleLanguageHasEveryMessage() {
        for language in ConsoleLanguage.allCases {
            let translation = language.text.translation
            for key in ConsoleKey.allCases {
                XCTAssertNotNil(translation[key], "\(language) lacks \(key)")
            }
        }
    }

    func testEveryConsoleTemplateHasTheEnglishPlaceholders() {
        for language in ConsoleLanguage.allCases {
            let translation = language.text.translation
            for key in ConsoleKey.allCases {
                guard let english = ConsoleTranslation.english[key], let text = translation[key] else { continue }
                XCTAssertEqual(MessageTemplate(text).placeholders, MessageTemplate(english).placeholders, "\(language) \(key)")
            }
        }
    }

    func testEveryWallboardLanguageHasEveryMessage() {
        for language in ConsoleLanguage.allCases {
            let translation = language.wallboardText.translation
            for key in WallboardKey.allCases {
                XCTAssertNotNil(translation[key], "\(language) lacks \(key)")
            }
        }
    }

    func testEveryWallboardTemplateHasTheEnglishPlaceholders() {
        for language in ConsoleLanguage.allCases {
            let translation = language.wallboardText.translation
            for key in WallboardKey.allCases {
                guard let english = WallboardTranslation.english[key], let text = translation[key] else { continue }
                XCTAssertEqual(MessageTemplate(text).placeholders, MessageTemplate(english).placeholders, "\(language) \(key)")
            }
        }
    }

    func testTheConsoleAndTheWallboardSpeakTheSameLanguage() {
        for language in ConsoleLanguage.allCases {
            XCTAssertEqual(language.wallboardText.console.language, language.text.language)
        }
    }

    func testATemplateFillsItsNamedGapsInTheLanguagesOrder() {
        let template = MessageTemplate("%{agent} took %{id}; {{name}} stays; %{unknown} too")
        XCTAssertEqual(template.placeholders, ["agent", "id", "unknown"])
        XCTAssertEqual(template.filled(["id": "7", "agent": "Ann"]), "Ann took 7; {{name}} stays; %{unknown} too")
        XCTAssertEqual(MessageTemplate("Fill in {{%{placeholder}}}.").filled(["placeholder": "order"]), "Fill in {{order}}.")
    }

    func testCountingFollowsEachLanguagesGrammar() {
        XCTAssertEqual(EnglishText().quitWhileHolding(1), "You hold 1 contact. Quit anyway? y/n")
        XCTAssertEqual(EnglishText().quitWhileHolding(2), "You hold 2 contacts. Quit anyway? y/n")
        XCTAssertEqual(ChineseText().quitWhileHolding(2), "您还有 2 位客户在接待中。仍要退出吗？y/n")
        XCTAssertEqual(KoreanText().quitWhileHolding(2), "맡은 상담이 2건 있습니다. 그래도 나갈까요? y/n")
        XCTAssertEqual(ChineseText().stillNeeded(["a", "b"]), "尚需填写：a、b")
    }
}
