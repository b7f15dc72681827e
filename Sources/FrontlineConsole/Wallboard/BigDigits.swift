import FrontlineScreen

/// Figures three rows tall, readable across a room; half blocks keep them compact.
enum BigDigits {
    static let height = 3

    private static let glyphs: [Character: [String]] = [
        "0": ["█▀█", "█ █", "▀▀▀"], "1": ["▀█ ", " █ ", "▀▀▀"], "2": ["▀▀█", "█▀▀", "▀▀▀"], "3": ["▀▀█", " ▀█", "▀▀▀"],
        "4": ["█ █", "▀▀█", "  ▀"], "5": ["█▀▀", "▀▀█", "▀▀▀"], "6": ["█▀▀", "█▀█", "▀▀▀"], "7": ["▀▀█", "  █", "  ▀"],
        "8": ["█▀█", "█▀█", "▀▀▀"], "9": ["█▀█", "▀▀█", "▀▀▀"], ":": [" ", "▀", "▀"], "%": ["▀ █", " █ ", "█ ▄"],
        "-": ["   ", "▀▀▀", "   "], "—": ["   ", "▀▀▀", "   "],
    ]

    /// Columns `text` takes: each glyph and a space between.
    static func width(_ text: String) -> Int {
        let widths = text.compactMap { glyphs[$0]?[0].count }
        return widths.reduce(0, +) + max(0, widths.count - 1)
    }

    /// True when every character of `text` has a glyph and the figure fits in `width` columns.
    static func canDraw(_ text: String, within width: Int) -> Bool {
        text.allSatisfy { glyphs[$0] != nil } && self.width(text) <= width
    }

    /// Draws `text` with its top left at (x, y); characters without a glyph are left out.
    static func draw(_ text: String, into buffer: inout ScreenBuffer, x: Int, y: Int, role: ThemeRole) {
        for row in 0..<height {
            let line = text.compactMap { glyphs[$0]?[row] }.joined(separator: " ")
            buffer.write(line, x: x, y: y + row, role: role)
        }
    }
}
