#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A frame in memory: panes draw here, tests read `lines()`, and the terminal
/// backend writes only the cells that changed since the last frame.
public struct ScreenBuffer: Equatable, Sendable {
    public let width: Int
    public let height: Int
    private var cells: [Cell]

    /// Where the terminal shows its cursor; nil hides it.
    public var cursorPosition: Point?

    /// True while a test draws frames to check their layout: buffers made meanwhile keep an audit.
    @TaskLocal public static var auditsLayout = false
    /// What this frame did to its text, when made under `auditsLayout`; nil otherwise.
    public private(set) var audit: LayoutAudit?

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        self.cells = Array(repeating: .blank, count: self.width * self.height)
        if Self.auditsLayout { audit = LayoutAudit() }
    }

    public var bounds: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    public var cursor: (x: Int, y: Int)? {
        get { cursorPosition.map { ($0.x, $0.y) } }
        set { cursorPosition = newValue.map { Point(x: $0.x, y: $0.y) } }
    }

    /// Out-of-range reads give a blank cell and writes are ignored, so panes
    /// never need to bounds-check. Setting a normal cell over half of a wide
    /// character blanks the other half.
    public subscript(x: Int, y: Int) -> Cell {
        get { contains(x, y) ? cells[y * width + x] : .blank }
        set { put(newValue, x, y) }
    }

    /// Writes text at (x, y) grapheme by grapheme using display width, after
    /// `SafeText.visible`. Stops at `maxWidth` columns or the buffer edge. Text
    /// that does not fit ends in "…", so a cut label never passes for a whole
    /// one; only trailing spaces are dropped silently. A wide character that
    /// would straddle the limit becomes a space. Returns the columns used.
    @discardableResult
    public mutating func write(_ text: String, x: Int, y: Int, maxWidth: Int? = nil, role: ThemeRole = .normal) -> Int {
        guard y >= 0, y < height else { return 0 }
        let limit = maxWidth.map { x + max(0, min($0, width)) } ?? width   // min() keeps x + huge from overflowing
        let end = min(limit, width)
        if let written = writePrintableASCII(text, x: x, y: y, end: end, role: role) { return written }
        return writeGraphemes(text, x: x, y: y, end: end, role: role)
    }

    /// `write` for any text, up to column `end`.
    mutating func writeGraphemes(_ text: String, x: Int, y: Int, end: Int, role: ThemeRole) -> Int {
        var drawn = DrawnText.of(text), isCut = false
        if x >= 0, x + drawn.width > end {
            let trimmed = String(SafeText.visible(text).reversed().drop { $0 == " " }.reversed())
            if x + DisplayWidth.of(trimmed) > end {
                let shown = DisplayWidth.truncate(trimmed, to: end - x)
                audit?.cuts.append(LayoutAudit.Cut(text: text, shown: shown, x: x, y: y))
                drawn = DrawnText(shown)
                isCut = true
            }
        }
        var col = x
        for piece in drawn.pieces {
            let w = piece.width
            if w == 0 { continue }   // a lone mark would fuse with whatever the terminal has there
            if col + w > end {
                if col < end { put(.blank(role), col, y); col += 1 }
                break
            }
            if col < 0 {
                if col + w > 0 { put(.blank(role), 0, y) }   // wide char straddling the left edge
            } else {
                noteWrite(piece.text, at: col, y, by: text)
                put(Cell(text: piece.text, role: role), col, y)
                for extra in 1..<max(1, w) { put(.continuation(role), col + extra, y) }
            }
            col += w
        }
        // A wide character the ellipsis could not take leaves a column: painted, not left stale.
        if col < end, isCut, x >= 0 { put(.blank(role), col, y); col += 1 }
        return max(0, col - x)
    }

    /// `write` for text that is all printable ASCII and fits (most of a frame): one column per byte,
    /// nothing for `SafeText` to show differently, no graphemes to find. Gives the same cells as the
    /// general path; nil when the text is anything else, is cut (it ends in "…") or is audited.
    private mutating func writePrintableASCII(_ text: String, x: Int, y: Int, end: Int, role: ThemeRole) -> Int? {
        guard audit == nil else { return nil }
        let written = text.utf8.withContiguousStorageIfAvailable { bytes -> Int? in
            guard bytes.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) else { return nil }
            // Only trailing spaces may fall off the end silently; anything more is cut with an ellipsis.
            if x >= 0, x + bytes.count > end {
                var kept = bytes.count
                while kept > 0, bytes[kept - 1] == 0x20 { kept -= 1 }
                if x + kept > end { return nil }
            }
            var col = x
            for byte in bytes {
                if col >= end { break }
                if col >= 0 { put(Cell(text: Self.asciiText[Int(byte) - 0x20], role: role), col, y) }
                col += 1
            }
            return max(0, col - x)
        }
        return written ?? nil
    }

    /// Each printable ASCII character as a one-character string, made once.
    private static let asciiText: [String] = (0x20..<0x7F).map { String(UnicodeScalar(UInt8($0))) }

    /// For the audit: text (not box lines or spaces) drawn over text an earlier write left.
    private mutating func noteWrite(_ grapheme: String, at x: Int, _ y: Int, by text: String) {
        guard audit != nil, let character = grapheme.first else { return }
        let index = y * width + x
        let isText = !character.isWhitespace && !Self.isBoxLine(character)
        let old = cells[index]
        if audit!.written.contains(index), old.text != grapheme, old.text != " ", !old.isContinuation {
            audit!.overwrites.append(LayoutAudit.Overwrite(x: x, y: y, was: old.text, now: grapheme, by: text))
        }
        if isText { audit!.written.insert(index) } else { audit!.written.remove(index) }
    }

    private static func isBoxLine(_ character: Character) -> Bool {
        character.unicodeScalars.count == 1 && (0x2500...0x257F).contains(character.unicodeScalars.first!.value)
    }

    /// For the audit: a fill or a box over an area starts it afresh.
    private mutating func clearWritten(_ rect: Rect) {
        guard audit != nil, !audit!.written.isEmpty else { return }
        let r = rect.intersection(bounds)
        for y in r.y..<r.maxY where !r.isEmpty {
            for x in r.x..<r.maxX { audit!.written.remove(y * width + x) }
        }
    }

    /// Fills `rect` with spaces in `role`.
    public mutating func fill(_ rect: Rect, role: ThemeRole) {
        clearWritten(rect)
        let r = rect.intersection(bounds)
        for y in r.y..<r.maxY where !r.isEmpty {
            for x in r.x..<r.maxX { put(.blank(role), x, y) }
        }
    }

    /// A single-line box on the edge of `rect`, with " title " in the top border
    /// ("┌ Queue ─────┐"), truncated by display width. The inside is untouched;
    /// `rect.inset(by: 1)` is the content area.
    public mutating func drawBox(_ rect: Rect, title: String?, role: ThemeRole, titleRole: ThemeRole) {
        guard rect.width >= 2, rect.height >= 2 else { fill(rect, role: role); return }
        audit?.boxes.append(rect)
        if audit == nil, rect.maxX <= width {
            // Cell by cell, as `write` draws these one-column characters when the box is not cut at the
            // right edge (there `write` ends the border in "…") and no audit watches, without measuring them.
            func line(_ left: String, _ middle: String, _ right: String, y: Int) {
                guard y >= 0, y < height else { return }
                for x in rect.x..<rect.maxX where x >= 0 {
                    put(Cell(text: x == rect.x ? left : x == rect.maxX - 1 ? right : middle, role: role), x, y)
                }
            }
            line("┌", "─", "┐", y: rect.y)
            for y in (rect.y + 1)..<(rect.maxY - 1) where y >= 0 && y < height {
                if rect.x >= 0 { put(Cell(text: "│", role: role), rect.x, y) }
                if rect.maxX - 1 >= 0 { put(Cell(text: "│", role: role), rect.maxX - 1, y) }
            }
            line("└", "─", "┘", y: rect.maxY - 1)
        } else {
            let horizontal = String(repeating: "─", count: rect.width - 2)
            write("┌" + horizontal + "┐", x: rect.x, y: rect.y, role: role)
            for y in (rect.y + 1)..<(rect.maxY - 1) {
                write("│", x: rect.x, y: y, role: role)
                write("│", x: rect.maxX - 1, y: y, role: role)
            }
            write("└" + horizontal + "┘", x: rect.x, y: rect.maxY - 1, role: role)
        }
        if let title, !title.isEmpty, rect.width >= 5 {
            let shown = DisplayWidth.truncate(SafeText.visible(title), to: rect.width - 4)
            write(" " + shown + " ", x: rect.x + 1, y: rect.y, maxWidth: rect.width - 2, role: titleRole)
        }
    }

    /// Recolours cells without changing their text (selection bars).
    public mutating func setRole(_ role: ThemeRole, in rect: Rect) {
        let r = rect.intersection(bounds)
        for y in r.y..<r.maxY where !r.isEmpty {
            for x in r.x..<r.maxX { cells[y * width + x].role = role }
        }
    }

    /// The columns of row `y` a terminal must draw again to turn `previous` (a frame of the same
    /// size) into this one: each cell that differs, and the lead of a wide character whose right
    /// half differs (curses draws a wide character as one unit); never a continuation cell. With no
    /// `previous`, every column. The cells are compared where they lie: a frame is redrawn every
    /// second and most of its rows have not changed.
    public func changedColumns(row y: Int, since previous: ScreenBuffer?) -> [Int] {
        guard y >= 0, y < height else { return [] }
        let start = y * width
        guard let previous, previous.width == width, previous.height == height else {
            return (0..<width).filter { !cells[start + $0].isContinuation }
        }
        return cells.withUnsafeBufferPointer { now in
            previous.cells.withUnsafeBufferPointer { before in
                // Cells with the same bytes are equal (the same string, role and flag), and comparing
                // bytes takes no reference counts. `size`, not `stride`: the padding between cells is
                // never written, so only cells whose bytes differ are compared as values.
                func same(_ i: Int) -> Bool {
                    memcmp(now.baseAddress! + i, before.baseAddress! + i, MemoryLayout<Cell>.size) == 0 || now[i] == before[i]
                }
                // Most rows are as they were: one compare of the row's bytes says so (padding may
                // differ between equal cells; then the cells are compared one by one).
                if memcmp(now.baseAddress! + start, before.baseAddress! + start, width * MemoryLayout<Cell>.stride) == 0 { return [] }
                guard (start..<start + width).contains(where: { !same($0) }) else { return [] }
                var changed: [Int] = []
                for x in 0..<width where !now[start + x].isContinuation {
                    if !same(start + x) || (x + 1 < width && !same(start + x + 1)) { changed.append(x) }
                }
                return changed
            }
        }
    }

    /// The cells of `rect` (clipped to the buffer), row by row: what a pane drew there, kept so the
    /// next frame can have it again without drawing it (`restore`).
    public func cells(in rect: Rect) -> [Cell] {
        let r = rect.intersection(bounds)
        guard !r.isEmpty else { return [] }
        var taken: [Cell] = []
        taken.reserveCapacity(r.width * r.height)
        for y in r.y..<r.maxY { taken += cells[y * width + r.x..<y * width + r.maxX] }
        return taken
    }

    /// Puts back, as they were, cells `cells(in: rect)` took from a buffer of the same size. They
    /// replace what is there without the wide-character care of `put`: for a pane's own rect,
    /// which nothing else has drawn on yet.
    public mutating func restore(_ taken: [Cell], in rect: Rect) {
        let r = rect.intersection(bounds)
        guard !r.isEmpty, taken.count == r.width * r.height else { return }
        for (row, y) in (r.y..<r.maxY).enumerated() {
            cells.replaceSubrange(y * width + r.x..<y * width + r.maxX, with: taken[row * r.width..<(row + 1) * r.width])
        }
    }

    /// Text of each row; continuation cells add nothing, trailing spaces are kept.
    public func lines() -> [String] {
        (0..<height).map { line($0) }
    }

    public func line(_ y: Int) -> String {
        guard y >= 0, y < height else { return "" }
        var s = ""
        for x in 0..<width where !cells[y * width + x].isContinuation {
            s += cells[y * width + x].text
        }
        return s
    }

    /// Roles of each column of a row.
    public func roles(row y: Int) -> [ThemeRole] {
        (0..<width).map { self[$0, y].role }
    }

    /// One character per column: the legend's symbol for the cell's role, "." otherwise.
    /// For tests: `roleString(row: 3, legend: [.selection: "S"]) == "..SSSS.."`.
    public func roleString(row y: Int, legend: [ThemeRole: Character]) -> String {
        String(roles(row: y).map { legend[$0] ?? "." })
    }

    /// Copies `other` into this buffer at (x, y), clipped (for composing overlays).
    public mutating func blit(_ other: ScreenBuffer, x: Int, y: Int) {
        for oy in 0..<other.height {
            for ox in 0..<other.width {
                let cell = other[ox, oy]
                if cell.isContinuation { continue }
                let tx = x + ox, ty = y + oy
                guard ox + 1 < other.width, other[ox + 1, oy].isContinuation else {
                    put(cell, tx, ty)
                    continue
                }
                if tx >= 0, tx + 1 < width {
                    put(cell, tx, ty)
                    put(other[ox + 1, oy], tx + 1, ty)
                } else {
                    put(.blank(cell.role), tx, ty)        // a wide char cut by our edge: show what fits
                    put(.blank(cell.role), tx + 1, ty)
                }
            }
        }
        if let c = other.cursorPosition { cursorPosition = Point(x: c.x + x, y: c.y + y) }
    }

    private func contains(_ x: Int, _ y: Int) -> Bool {
        x >= 0 && y >= 0 && x < width && y < height
    }

    /// The one place cells change, so a wide character is never left half drawn.
    private mutating func put(_ cell: Cell, _ x: Int, _ y: Int) {
        guard contains(x, y) else { return }
        let i = y * width + x
        if !cell.isContinuation, cells[i].isContinuation {
            var lead = i                                          // we hit a right part: the whole of it goes
            while lead > y * width, cells[lead].isContinuation { lead -= 1; cells[lead + 1] = .blank(cells[lead + 1].role) }
            cells[lead] = .blank(cells[lead].role)
        }
        var next = x + 1                                          // we replace a lead: its right part goes
        while next < width, cells[y * width + next].isContinuation {
            cells[y * width + next] = .blank(cells[y * width + next].role)
            next += 1
        }
        cells[i] = cell
    }
}
