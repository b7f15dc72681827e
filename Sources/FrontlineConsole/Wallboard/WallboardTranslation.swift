import FrontlineCore

/// One language's words for the wallboard, by key. The per-language files
/// (`EnglishWallboardText.swift`, …) each hold one translation; `WallboardText` reads them.
public struct WallboardTranslation: Sendable {
    public let messages: [WallboardMessage: String]
    /// The few words under each key in the key bar.
    public let shortLabels: [WallboardAction: String]
    /// A key's line in the help overlay and the README.
    public let helpLines: [WallboardAction: String]
    public let roles: [AgentRole: String]

    /// The text under `key`, or nil if this language lacks it (a test keeps every language complete).
    public subscript(key: WallboardKey) -> String? {
        switch key {
        case .message(let message): messages[message]
        case .short(let action): shortLabels[action]
        case .help(let action): helpLines[action]
        case .role(let role): roles[role]
        }
    }

    /// The text under `key`; English if this language lacks it, so a gap shows words, not nothing.
    func text(_ key: WallboardKey) -> String {
        self[key] ?? WallboardTranslation.english[key] ?? ""
    }
}
