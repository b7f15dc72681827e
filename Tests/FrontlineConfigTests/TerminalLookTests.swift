import XCTest
import FrontlineScreen
@testable import FrontlineConfig

/// Every role of every shipped theme, as 8-, 16- and 256-colour terminals show it: colours that
/// exist there, and no text that vanishes into its background, dark or light.
final class TerminalLookTests: XCTestCase {
    private func shippedThemes() throws -> [Theme] {
        try ShippedThemes.texts.keys.sorted().map { try ThemeLibrary.load(named: $0, searchPaths: []) } + [Theme.monochrome]
    }

    func testEveryRoleIsVisibleOnEightAndSixteenColours() throws {
        for theme in try shippedThemes() {
            for colors in [8, 16] {
                for defaultColors in [true, false] {
                    for role in ThemeRole.allCases {
                        let look = TerminalLook(theme.style(for: role), availableColors: colors, defaultColors: defaultColors)
                        let context = "\(theme.name) \(role) on \(colors) colours (default colours \(defaultColors)): \(look)"
                        if let fg = look.foreground { XCTAssertLessThan(fg, colors, context) }
                        if let bg = look.background { XCTAssertLessThan(bg, colors, context) }
                        if let fg = look.foreground, let bg = look.background {
                            XCTAssertNotEqual(fg % 8, bg % 8, "text the colour of its background: " + context)
                        }
                        if look.background == nil, let fg = look.foreground {
                            XCTAssertFalse([0, 7, 8, 15].contains(fg), "black, white or grey on an unknown background: " + context)
                        }
                    }
                }
            }
        }
    }

    /// The defect seen on TERM=xterm and TERM=linux: borders and hints (grey) drawn in colour 30, black.
    func testGreyOnEightColoursIsTheTerminalsOwnTextDimmedNotBlack() {
        let border = TerminalLook(Theme.builtinDefault.style(for: .border), availableColors: 8)
        XCTAssertNil(border.foreground)
        XCTAssertTrue(border.dim)
        let warning = TerminalLook(Style(foreground: .brightYellow), availableColors: 8)
        XCTAssertEqual(warning.foreground, 3)
        XCTAssertTrue(warning.bold)
    }

    /// 256 colours show the theme as written.
    func testTwoHundredFiftySixColoursKeepTheTheme() throws {
        let light = try ThemeLibrary.load(named: "light", searchPaths: [])
        XCTAssertEqual(TerminalLook(light.style(for: .muted), availableColors: 256).foreground, 244)
        XCTAssertEqual(TerminalLook(light.style(for: .title), availableColors: 256).foreground, 0)
    }
}
