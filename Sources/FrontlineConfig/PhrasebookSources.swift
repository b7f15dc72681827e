import Foundation
import FrontlineCore

/// The phrasebooks an agent works with, merged in order: the shipped one, the team's
/// (shared by every console on the host), then the agent's own. A later phrase with the
/// same code replaces the earlier one, so personal wins.
public struct PhrasebookSources: Sendable {
    /// By default `$XDG_DATA_HOME/frontline/team-phrases.toml`, beside the shared database.
    public var team: String
    public var personal: PersonalPhrasebook

    public init(team: String = StandardPaths.dataFile("team-phrases.toml"), personal: PersonalPhrasebook = PersonalPhrasebook()) {
        self.team = team
        self.personal = personal
    }

    /// The merged book; a file that does not exist adds nothing, a file with mistakes throws `FileMistakes`.
    public func load() throws -> Phrasebook {
        var book = Phrasebook.shipped
        if FileManager.default.fileExists(atPath: team) { book = book.merging(try PhrasebookFile.read(path: team)) }
        return book.merging(try personal.load())
    }
}
