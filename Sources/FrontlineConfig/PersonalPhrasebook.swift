import Foundation
import FrontlineCore

/// The agent's own phrases, kept in a phrasebook file (by default
/// `$XDG_CONFIG_HOME/frontline/phrases.toml`). Changes rewrite the whole file
/// atomically, so a crash never leaves half a file; comments in it are not kept.
public struct PersonalPhrasebook: Sendable {
    public var path: String

    public init(path: String = StandardPaths.configFile("phrases.toml")) { self.path = path }

    /// The phrases in the file; none when there is no file yet.
    public func load() throws -> Phrasebook {
        guard FileManager.default.fileExists(atPath: path) else { return Phrasebook(phrases: []) }
        return try PhrasebookFile.read(path: path)
    }

    /// Saves `text` as the `language` variant of the phrase `code`: a new phrase, or a
    /// new or changed variant of the personal phrase with that code (its other variants stay).
    /// Nothing is written when the file or the new phrase has a mistake.
    @discardableResult
    public func add(code: String, title: String, category: PhraseCategory, text: String, language: Language) throws -> Phrase {
        var book = try load()
        var phrase = book.phrase(code: code) ?? Phrase(code: code, category: category, title: title, variants: [:])
        phrase.title = title
        phrase.category = category
        phrase.variants[language] = text
        book = book.merging(Phrasebook(phrases: [phrase]))
        try save(book)
        return phrase
    }

    /// Lays `imported` over the personal phrases (same code: the imported phrase wins) and
    /// saves them; returns how many codes were new and how many replaced a personal phrase.
    @discardableResult
    public func merge(_ imported: Phrasebook) throws -> (added: Int, replaced: Int) {
        let book = try load()
        let replaced = imported.phrases.filter { book.phrase(code: $0.code) != nil }.count
        try save(book.merging(imported))
        return (imported.phrases.count - replaced, replaced)
    }

    /// Writes the book after checking that it reads back as it is.
    private func save(_ book: Phrasebook) throws {
        let text = PhrasebookFile.render(book)
        if case .failure(let mistakes) = PhrasebookFile.parse(text, name: path) {
            // Lines of the text about to be written mean nothing to the agent; the message does.
            throw FileMistakes(errors: mistakes.errors.map { FileMistake(source: path, line: nil, message: $0.message) })
        }
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }
        try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        chmod(path, 0o600)   // phrases saved with Ctrl-S can hold customer details: the owner's alone
    }
}
