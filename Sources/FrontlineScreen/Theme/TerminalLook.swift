/// A role's style as a terminal with a given number of colours can show it: palette indexes
/// that exist there (nil is the terminal's own colour) and the attributes that stand in for
/// what it lacks. Pure, so the mapping of every role on 8, 16 and 256 colours is tested.
public struct TerminalLook: Equatable, Sendable {
    public var foreground: Int?
    public var background: Int?
    public var bold: Bool
    public var underline: Bool
    public var reverse: Bool
    public var dim: Bool

    /// `defaultColors`: whether the terminal keeps its own colours for "default" (ncurses'
    /// `use_default_colors`); without it "default" is white on black.
    ///
    /// On 8 and 16 colours, whose exact shades nobody chose, a text colour is never one that
    /// vanishes into the background:
    /// - a bright colour missing on 8 colours becomes its base colour drawn bold;
    /// - black, white and grey text on the terminal's own background (dark or light, unknown)
    ///   becomes the terminal's own text colour, grey keeping its dimness and white its weight;
    /// - text the same colour as its background takes the one of black and white that contrasts.
    public init(_ style: Style, availableColors: Int, defaultColors: Bool = true) {
        bold = style.bold
        underline = style.underline
        reverse = style.reverse
        dim = style.dim
        var fg = style.foreground.nearestIndex(availableColors: availableColors)
        var bg = style.background.nearestIndex(availableColors: availableColors)
        if availableColors < 16 {
            if let index = style.foreground.paletteIndex, (8..<16).contains(index) {
                if index == 8 { dim = true } else { bold = true }
            }
            if let index = style.background.paletteIndex, (8..<16).contains(index), bg == 0 || bg == 7 {
                // A bright grey or white background lost its brightness: keep it, it contrasts the same way.
                bg = index == 8 ? 0 : 7
            }
        }
        if availableColors < 256 {
            if bg == nil, let index = fg, Self.achromatic.contains(index) || (availableColors < 16 && style.foreground == .brightBlack) {
                if index == 8 || style.foreground == .brightBlack { dim = true }
                if index == 15 || style.foreground == .brightWhite { bold = true }
                fg = nil
            }
        }
        if !defaultColors {
            if fg == nil { fg = 7 }
            if bg == nil { bg = 0 }
        }
        if let f = fg, let b = bg, Self.sameShade(f, b) {
            fg = Self.darkBackgrounds.contains(b) ? 7 : 0
        }
        foreground = fg
        background = bg
    }

    /// Black, white, grey and bright white: the colours that vanish on a dark or a light background.
    static let achromatic: Set<Int> = [0, 7, 8, 15]
    /// Backgrounds on which white text reads (black, red, blue, magenta and grey).
    static let darkBackgrounds: Set<Int> = [0, 1, 4, 5, 8]

    private static func sameShade(_ a: Int, _ b: Int) -> Bool {
        a == b || (a < 16 && b < 16 && a % 8 == b % 8)
    }
}
