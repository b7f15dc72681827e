import FrontlineCore

/// Every entry a wallboard language must have, so a test can walk all of them.
public enum WallboardKey: Hashable, Sendable, CaseIterable {
    case message(WallboardMessage)
    case short(WallboardAction)
    case help(WallboardAction)
    case role(AgentRole)

    public static var allCases: [WallboardKey] {
        WallboardMessage.allCases.map(WallboardKey.message)
            + WallboardAction.allCases.map(WallboardKey.short) + WallboardAction.allCases.map(WallboardKey.help)
            + AgentRole.allCases.map(WallboardKey.role)
    }
}
