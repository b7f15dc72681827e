import ArgumentParser
import Foundation
import FrontlineConfig
import FrontlineCore
import FrontlineScreen

/// `frontline phrases`: the merged phrasebook (shipped, team, personal), and the personal file.
struct PhrasesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "phrases", abstract: "List, import and export canned phrases.",
        discussion: """
            The phrasebook is the shipped one, then the team's, then your own, merged: a later phrase \
            with the same code replaces the earlier one. Your own file is $XDG_CONFIG_HOME/frontline/phrases.toml \
            (else ~/.config/frontline/phrases.toml); `frontline phrases export` shows the format.
            """,
        subcommands: [PhrasesListCommand.self, PhrasesImportCommand.self, PhrasesExportCommand.self],
        defaultSubcommand: PhrasesListCommand.self)
}

/// `--team PATH` and loading the merged book, shared by the phrase commands.
struct PhrasebookOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The team phrasebook. Default: $XDG_DATA_HOME/frontline/team-phrases.toml, else ~/.local/share/frontline/team-phrases.toml; none when it does not exist.",
                               valueName: "path"))
    var team: String?

    var sources: PhrasebookSources {
        PhrasebookSources(team: team.map { ($0 as NSString).expandingTildeInPath } ?? StandardPaths.dataFile("team-phrases.toml"))
    }

    /// The merged book. A file named with `--team` must exist; a file with mistakes is refused with every mistake listed.
    func load() throws -> Phrasebook {
        let sources = sources
        if team != nil, !FileManager.default.fileExists(atPath: sources.team) {
            throw CommandFailure.usage("no team phrasebook at \(sources.team); check --team, or leave it out")
        }
        do {
            return try sources.load()
        } catch let mistakes as FileMistakes {
            throw CommandFailure.badData(mistakes.report(for: mistakes.errors.first?.source ?? "a phrasebook"))
        }
    }
}

/// `frontline phrases [list] [--lang L] [--category C]`.
struct PhrasesListCommand: FrontlineCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "Print the phrasebook in effect as a table: code, category, language, title, text.")

    @Option(help: ArgumentHelp("Only this language: the text a customer who speaks it gets, with its fallback (zh-Hans, zh-Hant, ko, en). Default: every variant.",
                               valueName: "lang"))
    var lang: Language?

    @Option(help: ArgumentHelp("Only this category.", valueName: "category"))
    var category: PhraseCategory?

    @OptionGroup var phrasebook: PhrasebookOptions

    func execute() throws {
        let phrases = try phrasebook.load().phrases.filter { category == nil || $0.category == category }
        var rows: [[String]] = []
        for phrase in phrases {
            let languages = lang.map { [Self.variantLanguage(of: phrase, for: $0)] } ?? Language.allCases.filter { phrase.variants[$0] != nil }
            for language in languages {
                rows.append([phrase.code, phrase.category.rawValue, language.rawValue,
                             SafeText.visible(phrase.title), SafeText.visible(phrase.text(in: language))])
            }
        }
        guard !rows.isEmpty else {
            print("no phrases" + (category.map { " in \($0.rawValue)" } ?? ""))
            return
        }
        print(TextTable.render(headers: ["code", "category", "lang", "title", "text"], rows: rows))
    }

    /// The language whose text `language` gets, along its fallback chain.
    private static func variantLanguage(of phrase: Phrase, for language: Language) -> Language {
        language.fallbackChain.first { phrase.variants[$0] != nil } ?? phrase.variants.keys.sorted { $0.rawValue < $1.rawValue }.first ?? language
    }
}

/// `frontline phrases import FILE`.
struct PhrasesImportCommand: FrontlineCommand {
    static let configuration = CommandConfiguration(
        commandName: "import", abstract: "Check a phrasebook file and merge its phrases into your own.",
        discussion: "A phrase replaces your phrase with the same code. When the file has any mistake, each is listed with its line, nothing changes, and the exit status is 65.")

    @Argument(help: "The phrasebook file to import.")
    var file: String

    func execute() throws {
        let path = (file as NSString).expandingTildeInPath
        guard FileManager.default.fileExists(atPath: path) else { throw CommandFailure.usage("no file at \(path)") }
        let personal = PersonalPhrasebook()
        do {
            let imported = try PhrasebookFile.read(path: path)
            let counts = try personal.merge(imported)
            print("imported \(imported.phrases.count) phrase\(imported.phrases.count == 1 ? "" : "s") into \(personal.path): "
                  + "\(counts.added) new, \(counts.replaced) replaced")
        } catch let mistakes as FileMistakes {
            throw CommandFailure.badData(mistakes.report(for: mistakes.errors.first?.source ?? path) + "\nnothing was imported")
        }
    }
}

/// `frontline phrases export [--lang L]`.
struct PhrasesExportCommand: FrontlineCommand {
    static let configuration = CommandConfiguration(
        commandName: "export", abstract: "Print the phrasebook in effect in the phrasebook file format, to start your own from.")

    @Option(help: ArgumentHelp("Only this language's texts; phrases without one are left out. Default: every language.",
                               valueName: "lang"))
    var lang: Language?

    @OptionGroup var phrasebook: PhrasebookOptions

    func execute() throws {
        print(PhrasebookFile.render(try phrasebook.load(), languages: lang.map { [$0] } ?? Language.allCases), terminator: "")
    }
}
