import Foundation
import XCTest
import FrontlineScreen
@testable import FrontlineConfig

/// Theme files: parsing, errors that name the line, and finding a theme by name or path.
final class ThemeFileTests: XCTestCase {
    private var repoRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    private var themeFiles: [URL] {
        let folder = repoRoot.appendingPathComponent("themes")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".toml") }.sorted().map { folder.appendingPathComponent($0) }
    }

    func testEveryShippedThemeParsesAndDefinesEveryRole() throws {
        let files = themeFiles
        XCTAssertEqual(Set(files.map(\.lastPathComponent)), ["default.toml", "light.toml", "high-contrast.toml"])
        for file in files {
            let theme = try ThemeFile.parse(toml: String(contentsOf: file, encoding: .utf8), name: "x")
            XCTAssertEqual(theme.name, file.deletingPathExtension().lastPathComponent)
            XCTAssertEqual(theme.missingRoles, [], file.lastPathComponent)
            // What the spec asks of every theme: breached is on red, training is magenta.
            XCTAssertEqual(theme.style(for: .slaBreached).background, .red, file.lastPathComponent)
            XCTAssertEqual(theme.style(for: .training).background, .magenta, file.lastPathComponent)
            XCTAssertNotEqual(theme.style(for: .selection), theme.style(for: .normal), file.lastPathComponent)
        }
    }

    func testDefaultFileIsTheBuiltinDefault() throws {
        let text = try String(contentsOf: repoRoot.appendingPathComponent("themes/default.toml"), encoding: .utf8)
        XCTAssertEqual(try ThemeFile.parse(toml: text, name: "default"), Theme.builtinDefault)
    }

    func testParseColoursAndFallback() throws {
        let theme = try ThemeFile.parse(toml: """
            name = "mine"
            [normal]
            fg = "brightWhite"
            [selection]
            fg = 17
            bg = "bright-cyan"
            reverse = true
            """, name: "file")
        XCTAssertEqual(theme.name, "mine")
        XCTAssertEqual(theme.style(for: .normal), Style(foreground: .brightWhite))
        XCTAssertEqual(theme.style(for: .selection), Style(foreground: .indexed(17), background: .brightCyan, reverse: true))
        XCTAssertEqual(theme.style(for: .slaOk), Style(foreground: .brightWhite), "missing roles look like normal")
    }

    func testUnknownRoleNamesTheLine() {
        let toml = "name = \"x\"\n[normal]\nfg = \"default\"\n\n[selecton]\nfg = \"red\"\n"
        XCTAssertThrowsError(try ThemeFile.parse(toml: toml, name: "typo")) { error in
            let e = error as? ThemeError
            XCTAssertEqual(e?.line, 5)
            XCTAssertTrue(e?.message.contains("selecton") ?? false, "\(error)")
            XCTAssertTrue("\(error)".hasPrefix("typo:5: unknown role [selecton]"), "\(error)")
        }
    }

    func testUnknownColourNamesTheKey() {
        let toml = "[normal]\nfg = \"default\"\n[slaWarning]\nbold = true\nfg = \"purplish\"\n"
        XCTAssertThrowsError(try ThemeFile.parse(toml: toml, name: "t")) { error in
            let e = error as? ThemeError
            XCTAssertEqual(e?.line, 5)
            XCTAssertTrue(e?.message.contains("slaWarning.fg") ?? false, "\(error)")
            XCTAssertTrue(e?.message.contains("purplish") ?? false, "\(error)")
        }
        XCTAssertThrowsError(try ThemeFile.parse(toml: "[normal]\nbg = 300\n", name: "t")) { error in
            XCTAssertEqual((error as? ThemeError)?.line, 2)
        }
    }

    func testBadAttributeAndBadTOML() {
        XCTAssertThrowsError(try ThemeFile.parse(toml: "[normal]\nblink = true\n", name: "t")) { error in
            XCTAssertEqual((error as? ThemeError)?.line, 2)
            XCTAssertTrue("\(error)".contains("normal.blink"), "\(error)")
        }
        XCTAssertThrowsError(try ThemeFile.parse(toml: "[normal]\nbold = \"yes\"\n", name: "t")) { error in
            XCTAssertEqual((error as? ThemeError)?.line, 2)
        }
        XCTAssertThrowsError(try ThemeFile.parse(toml: "[normal]\n\nfg = \n", name: "t")) { error in
            XCTAssertEqual((error as? ThemeError)?.line, 3)
        }
    }

    func testLoadByNameByPathAndFallbacks() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("themes-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "[normal]\nfg = \"green\"\n".write(to: folder.appendingPathComponent("matrix.toml"), atomically: true, encoding: .utf8)

        let byName = try ThemeLibrary.load(named: "matrix", searchPaths: ["/nonexistent", folder.path])
        XCTAssertEqual(byName.name, "matrix")
        XCTAssertEqual(byName.style(for: .normal).foreground, .green)
        let byPath = try ThemeLibrary.load(named: folder.appendingPathComponent("matrix.toml").path, searchPaths: [])
        XCTAssertEqual(byPath, byName)
        XCTAssertEqual(try ThemeLibrary.load(named: "default", searchPaths: [folder.path]), .builtinDefault)
        XCTAssertEqual(try ThemeLibrary.load(named: "monochrome", searchPaths: []), .monochrome)
        XCTAssertThrowsError(try ThemeLibrary.load(named: "nope", searchPaths: [folder.path])) { error in
            XCTAssertTrue("\(error)".contains("default, high-contrast, light, matrix, monochrome"), "\(error)")
        }
    }

    /// The themes ship inside the binary: `--theme light` works with no theme folder at all,
    /// as from an installed or copied binary.
    func testShippedThemesLoadWithNoFolder() throws {
        for file in themeFiles {
            let name = file.deletingPathExtension().lastPathComponent
            let loaded = try ThemeLibrary.load(named: name, searchPaths: ["/nonexistent"])
            XCTAssertEqual(loaded, try ThemeFile.parse(toml: String(contentsOf: file, encoding: .utf8), name: name), name)
        }
        XCTAssertEqual(ThemeLibrary.availableNames(searchPaths: []), ["default", "high-contrast", "light", "monochrome"])
    }

    /// The copy in the binary is the files in themes/, as scripts/embed-themes.sh writes it.
    func testShippedThemesMatchTheThemeFiles() throws {
        XCTAssertEqual(Set(ShippedThemes.texts.keys), Set(themeFiles.map { $0.deletingPathExtension().lastPathComponent }))
        for file in themeFiles {
            let name = file.deletingPathExtension().lastPathComponent
            let text = try String(contentsOf: file, encoding: .utf8)
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression) }
            let expected = lines.joined(separator: "\n").trimmingCharacters(in: .newlines)
            XCTAssertEqual(ShippedThemes.texts[name], expected, "\(name).toml changed: run scripts/embed-themes.sh")
        }
    }

    /// A user's own theme of a shipped name wins over the shipped one.
    func testAUsersThemeWinsOverTheShippedOne() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("themes-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "[normal]\nfg = \"green\"\n".write(to: folder.appendingPathComponent("light.toml"), atomically: true, encoding: .utf8)
        XCTAssertEqual(try ThemeLibrary.load(named: "light", searchPaths: [folder.path]).style(for: .normal).foreground, .green)
    }

    func testSearchPathsOrder() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("repo-\(UUID().uuidString)").resolvingSymlinksInPath()
        let bin = root.appendingPathComponent(".build/debug")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: root.appendingPathComponent("themes"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }

        let paths = ThemeLibrary.searchPaths(
            executablePath: bin.appendingPathComponent("frontline").path,
            environment: ["FRONTLINE_THEMES": "/a:/b", "HOME": "/home/agent"],
            currentDirectory: "/work")
        XCTAssertEqual(paths, ["/a", "/b", "/home/agent/.config/frontline/themes", root.appendingPathComponent("themes").path, "/work/themes"])

        let xdg = ThemeLibrary.searchPaths(executablePath: "/nowhere/bin/frontline",
                                           environment: ["XDG_CONFIG_HOME": "/cfg", "HOME": "/home/agent"],
                                           currentDirectory: "/work")
        XCTAssertEqual(xdg, ["/cfg/frontline/themes", "/work/themes"])
    }
}
