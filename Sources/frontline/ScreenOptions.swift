import ArgumentParser
import Foundation
import FrontlineConfig
import FrontlineConsole
import FrontlineScreen
import FrontlineTerminal

/// `--theme` and `--lang`, and the terminal they dress, for the full-screen commands.
struct ScreenOptions: ParsableArguments {
    @Option(help: "Colour theme: default, light, high-contrast, monochrome, or the path of a .toml theme file.")
    var theme: String = "default"

    @Option(help: "The screen's language: en, zh-Hans or ko. Default: from LC_ALL, LC_MESSAGES or LANG.")
    var lang: String?

    func language(environment: [String: String]) throws -> ConsoleLanguage {
        guard let lang else { return ConsoleLanguage(environment: environment) }
        guard let chosen = ConsoleLanguage(code: lang) else { throw CommandFailure.usage("--lang \(lang) is not one Frontline speaks; use en, zh-Hans or ko") }
        return chosen
    }

    func loadTheme(environment: [String: String]) throws -> Theme {
        do {
            let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().path
            return try ThemeLibrary.load(named: theme, searchPaths: ThemeLibrary.searchPaths(executablePath: executable, environment: environment))
        } catch let error as ThemeError where error.message.hasPrefix("no such theme") {
            throw CommandFailure.usage("--theme \(error)")      // a name that is not a theme: the option is wrong
        } catch var error as ThemeError {
            if theme.contains("/") || theme.hasSuffix(".toml") { error.source = theme }   // name the file, not the theme
            throw CommandFailure.badData("\(error)")             // a theme file with mistakes: bad data, as a policy file's
        } catch {
            throw CommandFailure.badData("\(error)")
        }
    }

    /// The terminal in the chosen theme; NO_COLOR=1 gives attributes only.
    static func openTerminal(_ theme: Theme, environment: [String: String]) throws -> NcursesTerminal {
        do {
            return try NcursesTerminal(theme: theme, useColor: (environment["NO_COLOR"] ?? "").isEmpty)
        } catch {
            throw CommandFailure.failure("\(error)")
        }
    }
}
