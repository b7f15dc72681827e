import FrontlineScreen

/// One line of a pane made of differently coloured pieces.
struct StyledLine: Equatable {
    var segments: [(text: String, role: ThemeRole)]

    init(_ segments: [(String, ThemeRole)]) { self.segments = segments.map { (text: $0.0, role: $0.1) } }
    init(_ text: String, _ role: ThemeRole = .normal) { self.init([(text, role)]) }

    static func == (lhs: StyledLine, rhs: StyledLine) -> Bool {
        lhs.segments.map(\.text) == rhs.segments.map(\.text) && lhs.segments.map(\.role) == rhs.segments.map(\.role)
    }

    /// Writes the pieces left to right, clipped to `width` columns.
    func draw(into buffer: inout ScreenBuffer, x: Int, y: Int, width: Int) {
        var used = 0
        for segment in segments where used < width {
            used += buffer.write(segment.text, x: x + used, y: y, maxWidth: width - used, role: segment.role)
        }
    }
}
