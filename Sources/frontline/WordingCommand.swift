import ArgumentParser
import Foundation
import FrontlineConfig
import FrontlineCore
import FrontlineScreen

/// `frontline wording`: the forbidden-wording rules in effect (shipped, then the team's file).
struct WordingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "wording", abstract: "Check a reply for forbidden wording, or print the rules.",
        subcommands: [WordingCheckCommand.self, WordingExportCommand.self])
}

/// `--team PATH` for the wording rules.
struct WordingOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The team's wording rules, laid over the shipped ones. Default: $XDG_DATA_HOME/frontline/wording.toml, else ~/.local/share/frontline/wording.toml; none when it does not exist.",
                               valueName: "path"))
    var team: String?

    func load() throws -> WordingGuard {
        let path = team.map { ($0 as NSString).expandingTildeInPath } ?? StandardPaths.dataFile("wording.toml")
        if team != nil, !FileManager.default.fileExists(atPath: path) {
            throw CommandFailure.usage("no wording file at \(path); check --team, or leave it out")
        }
        do {
            return try WordingFile.inEffect(team: path)
        } catch let mistakes as FileMistakes {
            throw CommandFailure.badData(mistakes.report(for: path))
        }
    }
}

/// `frontline wording check --lang L TEXT`.
struct WordingCheckCommand: FrontlineCommand {
    static let configuration = CommandConfiguration(
        commandName: "check", abstract: "Check a reply as the console does before sending it; print each hit and the phrase to use instead.",
        discussion: "Exit 0 when the text is clean, 65 when it has forbidden wording.")

    @Option(help: ArgumentHelp("The language of the reply (zh-Hans, zh-Hant, ko, en).", valueName: "lang"))
    var lang: Language

    @Argument(help: "The reply text.")
    var text: String

    @OptionGroup var wording: WordingOptions

    func execute() throws {
        let hits = try wording.load().check(text, language: lang)
        guard !hits.isEmpty else {
            print("ok: no forbidden wording")
            return
        }
        let characters = Array(text)
        let lines = hits.map { hit in
            "\(hit.range.lowerBound)-\(hit.range.upperBound) \"\(SafeText.visible(String(characters[hit.range])))\" \(hit.rule.id): \(hit.rule.note) Use /\(hit.suggestion) instead."
        }
        throw CommandFailure.badData("forbidden wording:\n" + lines.joined(separator: "\n"))
    }
}

/// `frontline wording export [--lang L]`.
struct WordingExportCommand: FrontlineCommand {
    static let configuration = CommandConfiguration(
        commandName: "export", abstract: "Print the wording rules in effect in the wording file format, to start a team file from.")

    @Option(help: ArgumentHelp("Only the rules for this language.", valueName: "lang"))
    var lang: Language?

    @OptionGroup var wording: WordingOptions

    func execute() throws {
        print(WordingFile.render(try wording.load(), language: lang), terminator: "")
    }
}
