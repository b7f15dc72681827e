import CNcurses
import FrontlineScreen

/// Attributes and colour pair for each role, worked out once at start-up
/// from the theme and what the terminal can show.
struct CursesPalette {
    struct Look {
        var attributes: attr_t
        var pair: Int16
    }

    // ncurses defines these as macros Swift cannot import (NCURSES_BITS).
    static let underline = attr_t(1) << 17
    static let reverse = attr_t(1) << 18
    static let dim = attr_t(1) << 20
    static let bold = attr_t(1) << 21

    private var looks: [ThemeRole: Look] = [:]

    /// Must run after newterm. Without colour (asked for, or not available)
    /// the monochrome theme's attributes are used instead of the theme.
    init(theme: Theme, useColor: Bool) {
        let colour = useColor && has_colors()
        var defaultColorsWork = false
        if colour {
            start_color()
            defaultColorsWork = use_default_colors() == OK   // lets "default" keep the terminal's own background
        }
        let available = Int(COLORS)
        for (index, role) in ThemeRole.allCases.enumerated() {
            let style = colour ? theme.style(for: role) : Theme.monochrome.style(for: role)
            let shown = colour ? TerminalLook(style, availableColors: available, defaultColors: defaultColorsWork)
                : TerminalLook(style, availableColors: 0)
            var attributes: attr_t = 0
            if shown.bold { attributes |= Self.bold }
            if shown.underline { attributes |= Self.underline }
            if shown.reverse { attributes |= Self.reverse }
            if shown.dim { attributes |= Self.dim }
            var pair: Int16 = 0
            if colour, index + 1 < Int(COLOR_PAIRS) {
                pair = Int16(index + 1)
                init_pair(pair, Int16(shown.foreground ?? -1), Int16(shown.background ?? -1))
            }
            looks[role] = Look(attributes: attributes, pair: pair)
        }
    }

    func look(for role: ThemeRole) -> Look {
        looks[role] ?? Look(attributes: 0, pair: 0)
    }
}
