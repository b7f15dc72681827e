import Foundation
import XCTest
@testable import FrontlineScreen

/// The built-in themes and colours; reading theme files is tested in FrontlineConfigTests.
final class ThemeTests: XCTestCase {
    func testMonochromeUsesAttributesOnly() {
        let mono = Theme.monochrome
        XCTAssertEqual(mono.missingRoles, [])
        for role in ThemeRole.allCases {
            XCTAssertEqual(mono.style(for: role).foreground, .default)
            XCTAssertEqual(mono.style(for: role).background, .default)
        }
        XCTAssertTrue(mono.style(for: .selection).reverse)
        XCTAssertTrue(mono.style(for: .slaWarning).bold)
        XCTAssertEqual(mono.style(for: .slaBreached), Style(bold: true, reverse: true))
        XCTAssertTrue(mono.style(for: .training).reverse)
        XCTAssertEqual(mono.style(for: .error), Style(bold: true, underline: true))
        XCTAssertNotEqual(mono.style(for: .borderFocused), mono.style(for: .border))
        XCTAssertNotEqual(mono.style(for: .slaWarning), mono.style(for: .slaOk))
        XCTAssertNotEqual(mono.style(for: .slaBreached), mono.style(for: .slaWarning))
    }

    func testColourDowngrade() {
        XCTAssertEqual(TerminalColor.indexed(244).nearestIndex(availableColors: 256), 244)
        XCTAssertEqual(TerminalColor.indexed(196).nearestIndex(availableColors: 8), 1)
        XCTAssertEqual(TerminalColor.indexed(244).nearestIndex(availableColors: 16), 8)
        XCTAssertEqual(TerminalColor.brightRed.nearestIndex(availableColors: 8), 1)
        XCTAssertEqual(TerminalColor.brightRed.nearestIndex(availableColors: 16), 9)
        XCTAssertNil(TerminalColor.default.nearestIndex(availableColors: 256))
        XCTAssertEqual(TerminalColor(name: "BrightBlue"), .brightBlue)
        XCTAssertNil(TerminalColor(name: "purple"))
    }
}
