/// A terminal colour: the terminal's default, one of the 16 named ANSI
/// colours, or an index into the 256-colour palette.
public enum TerminalColor: Equatable, Hashable, Sendable {
    case `default`
    case black, red, green, yellow, blue, magenta, cyan, white
    case brightBlack, brightRed, brightGreen, brightYellow, brightBlue, brightMagenta, brightCyan, brightWhite
    case indexed(UInt8)

    public static let named: [(name: String, color: TerminalColor)] = [
        ("default", .default),
        ("black", .black), ("red", .red), ("green", .green), ("yellow", .yellow),
        ("blue", .blue), ("magenta", .magenta), ("cyan", .cyan), ("white", .white),
        ("brightBlack", .brightBlack), ("brightRed", .brightRed), ("brightGreen", .brightGreen),
        ("brightYellow", .brightYellow), ("brightBlue", .brightBlue), ("brightMagenta", .brightMagenta),
        ("brightCyan", .brightCyan), ("brightWhite", .brightWhite),
    ]

    /// Parses a theme-file name, case-insensitively; "bright-red" and "bright_red" also work.
    public init?(name: String) {
        let key = name.lowercased().filter { $0 != "-" && $0 != "_" && $0 != " " }
        guard let match = Self.named.first(where: { $0.name.lowercased() == key }) else { return nil }
        self = match.color
    }

    /// The name (or number) written in theme files.
    public var name: String {
        if case .indexed(let n) = self { return String(n) }
        return Self.named.first(where: { $0.color == self })?.name ?? "default"
    }

    /// The palette index (0-255), nil for the terminal default.
    public var paletteIndex: Int? {
        switch self {
        case .default: return nil
        case .indexed(let n): return Int(n)
        default: return Self.named.firstIndex(where: { $0.color == self }).map { $0 - 1 }
        }
    }

    /// The nearest index a terminal with `availableColors` colours can show
    /// (8, 16, 256...); nil for the terminal default. 256-palette entries are
    /// matched to the nearest basic colour by RGB distance.
    public func nearestIndex(availableColors: Int) -> Int? {
        guard let index = paletteIndex else { return nil }
        if index < availableColors { return index }
        if index < 16 { return index - 8 }              // bright colour on an 8-colour terminal
        let candidates = availableColors >= 16 ? 16 : 8
        let target = Self.rgb(ofPaletteIndex: index)
        var best = 0, bestDistance = Int.max
        for c in 0..<candidates {
            let p = Self.rgb(ofPaletteIndex: c)
            let d = (p.r - target.r) * (p.r - target.r) + (p.g - target.g) * (p.g - target.g) + (p.b - target.b) * (p.b - target.b)
            if d < bestDistance { best = c; bestDistance = d }
        }
        return best
    }

    /// xterm's default RGB for a palette index.
    static func rgb(ofPaletteIndex index: Int) -> (r: Int, g: Int, b: Int) {
        let basic: [(Int, Int, Int)] = [
            (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
            (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
        ]
        if index < 16 { return basic[max(0, index)] }
        if index < 232 {
            let i = index - 16
            let level = { (v: Int) in v == 0 ? 0 : 55 + v * 40 }
            return (level(i / 36), level((i / 6) % 6), level(i % 6))
        }
        let grey = 8 + (index - 232) * 10
        return (grey, grey, grey)
    }
}
