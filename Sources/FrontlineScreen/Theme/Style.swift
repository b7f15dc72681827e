/// How one role looks: colours plus the attributes monochrome terminals rely on.
public struct Style: Equatable, Hashable, Sendable {
    public var foreground: TerminalColor
    public var background: TerminalColor
    public var bold: Bool
    public var underline: Bool
    public var reverse: Bool
    public var dim: Bool

    public init(foreground: TerminalColor = .default, background: TerminalColor = .default,
                bold: Bool = false, underline: Bool = false, reverse: Bool = false, dim: Bool = false) {
        self.foreground = foreground
        self.background = background
        self.bold = bold
        self.underline = underline
        self.reverse = reverse
        self.dim = dim
    }

    public static let plain = Style()

    /// The same attributes without colours (for terminals without colour).
    public var withoutColors: Style {
        Style(bold: bold, underline: underline, reverse: reverse, dim: dim)
    }
}
