import FrontlineScreen

/// A key of the wallboard.
public typealias WallboardBinding = KeyBinding<WallboardAction, WallboardState>

/// The wallboard's keys per mode: the key bar and the README's table come from here.
public enum WallboardBindings {
    public static let board: [WallboardBinding] = [
        WallboardBinding([.tab], "Tab", .nextSection),
        WallboardBinding([.backTab], "Shift-Tab", .previousSection, inBar: false),
        WallboardBinding([.char("j"), .down], "j/↓", .moveDown, inBar: false),
        WallboardBinding([.char("k"), .up], "k/↑", .moveUp, inBar: false),
        WallboardBinding([.enter], "Enter", .open, whyNot: WallboardKeyRules.open),
        WallboardBinding([.char("r")], "r", .reassign, whyNot: WallboardKeyRules.reassign),
        WallboardBinding([.char("a")], "a", .setAway, whyNot: WallboardKeyRules.needsAgent),
        WallboardBinding([.char("o")], "o", .logOut, whyNot: WallboardKeyRules.needsAgent),
        WallboardBinding([.char("e")], "e", .endWrapUp, whyNot: WallboardKeyRules.needsAgent),
        WallboardBinding([.char("L")], "L", .toggleLarge),
        WallboardBinding([.char("R")], "R", .reports),
        WallboardBinding([.char("?")], "?", .help),
        WallboardBinding([.char("q"), .ctrl("c")], "q", .quit),
    ]

    public static let picking: [WallboardBinding] = [
        WallboardBinding([.enter], "Enter", .pick),
        WallboardBinding([.char("j"), .down], "j/↓", .pickDown),
        WallboardBinding([.char("k"), .up], "k/↑", .pickUp),
        WallboardBinding([.escape, .char("q")], "Esc", .cancel),
    ]

    public static let detail: [WallboardBinding] = [
        WallboardBinding([.char("j"), .down], "j/↓", .scrollDown),
        WallboardBinding([.char("k"), .up], "k/↑", .scrollUp),
        WallboardBinding([.escape, .char("q"), .enter], "Esc", .close),
    ]

    public static let reportsView: [WallboardBinding] = [
        WallboardBinding([.char("d")], "d", .reportToday),
        WallboardBinding([.char("w")], "w", .reportWeek),
        WallboardBinding([.char("m")], "m", .reportMonth),
        WallboardBinding([.char("j"), .down], "j/↓", .scrollDown),
        WallboardBinding([.char("k"), .up], "k/↑", .scrollUp),
        WallboardBinding([.escape, .char("q"), .char("R")], "Esc", .close),
    ]

    public static func table(for mode: WallboardMode) -> [WallboardBinding] {
        switch mode {
        case .board: board
        case .pickingAgent, .pickingReason: picking
        case .detail, .help: detail
        case .reports: reportsView
        }
    }

    /// Every table with its heading, for the `?` overlay and the README.
    static func sections(_ text: any WallboardText) -> [(title: String, table: [WallboardBinding])] {
        [(text.boardKeys, board), (text.pickingKeys, picking), (text.detailKeys, detail), (text.reportsKeys, reportsView)]
    }

    /// The keys for the `?` overlay, in the supervisor's language.
    static func helpSections(_ text: any WallboardText) -> [HelpSection] {
        sections(text).map { section in HelpSection(title: section.title, rows: section.table.map { ($0.keyLabel, text.help($0.action)) }) }
    }

    public static func binding(for key: KeyPress, in mode: WallboardMode) -> WallboardBinding? {
        table(for: mode).first { $0.keys.contains(key) }
    }

    public static func action(for key: KeyPress, in mode: WallboardMode) -> WallboardAction? {
        binding(for: key, in: mode)?.action
    }

    /// The keys of the state's mode the bar offers now: those with room there and no reason against them.
    static func barBindings(_ state: WallboardState) -> [WallboardBinding] {
        table(for: state.mode).filter { $0.inBar && $0.whyNot(state) == nil }
    }

    /// The key tables as Markdown, for the README (in English).
    public static func markdown(_ text: any WallboardText = EnglishWallboardText()) -> String {
        var out = ""
        for (title, table) in sections(text) {
            out += "**\(title)**\n\n| key | what it does |\n|---|---|\n"
            for binding in table { out += "| `\(binding.keyLabel)` | \(text.help(binding.action)) |\n" }
            out += "\n"
        }
        return out
    }
}
