import Foundation
import FrontlineCore
import FrontlineScreen

/// How the wallboard writes its numbers: the same in every language.
enum WallboardFormat {
    static let missing = "—"

    static func percent(_ value: Double?) -> String {
        value.map { "\(Int(($0 * 100).rounded(.down)))%" } ?? missing
    }

    static func duration(_ seconds: TimeInterval?) -> String {
        seconds.map { DurationFormat.clock(Int($0.rounded(.down))) } ?? missing
    }

    /// Service levels under 80 % warn: the usual 80/20 goal of call centres.
    static func role(ofServiceLevel value: Double?) -> ThemeRole {
        guard let value else { return .muted }
        return value < 0.8 ? .slaWarning : .slaOk
    }

    static func role(of state: AgentState, overLimit: Bool) -> ThemeRole {
        switch state {
        case .offline: .muted
        case .available: .slaOk
        case .busy: .normal
        case .wrapUp: .notice
        case .away: overLimit ? .slaBreached : .slaWarning
        }
    }
}

/// A table in a box: a header line, then rows, the selected one highlighted and kept in view.
enum WallboardTable {
    static func render(into buffer: inout ScreenBuffer, rect: Rect, title: String, focused: Bool, header: StyledLine?,
                       rows: [StyledLine], selected: Int?, empty: String) {
        buffer.fill(rect, role: .normal)
        let inner = drawPaneFrame(&buffer, rect, title: title, focused: focused)
        var y = inner.y
        if let header, inner.height > 0 {
            header.draw(into: &buffer, x: inner.x, y: y, width: inner.width)
            y += 1
        }
        let height = inner.maxY - y
        guard !rows.isEmpty else {
            buffer.write(empty, x: inner.x + 1, y: y, maxWidth: inner.width - 1, role: .muted)
            return
        }
        guard height > 0 else { return }
        let chosen = selected ?? 0
        let first = max(0, min(chosen - height / 2, rows.count - height))
        for (row, line) in rows.dropFirst(first).prefix(height).enumerated() {
            line.draw(into: &buffer, x: inner.x, y: y + row, width: inner.width)
            if focused, first + row == selected {
                buffer.setRole(.selection, in: Rect(x: inner.x, y: y + row, width: inner.width, height: 1))
            }
        }
    }

    /// The narrowest the column that takes the rest (a name) may get before other columns give way.
    static let narrowestRest = 12

    /// Column widths, each with the space before it (but the first): the fixed ones as given, or as
    /// wide as their title in the board's language; nil marks the one that takes the rest. On a
    /// narrow board the columns in `giveWay` are left out, in that order (width 0), until the rest
    /// is at least `narrowestRest`, so no name shrinks to a letter and no figure is cut.
    static func widths(_ fixed: [Int?], titles: [String] = [], total: Int, giveWay: [Int] = [], narrowestRest: Int = narrowestRest) -> [Int] {
        var widths = fixed.enumerated().map { index, width in
            width.map { max($0, titles.indices.contains(index) ? DisplayWidth.of(titles[index]) + (index == 0 ? 0 : 1) : 0) }
        }
        // The rest column is never narrower than its own title either.
        let restTitle = fixed.firstIndex { $0 == nil }.flatMap { titles.indices.contains($0) ? DisplayWidth.of(titles[$0]) + 1 : nil } ?? 0
        let narrowest = max(narrowestRest, restTitle)
        var dropping = giveWay[...]
        func rest() -> Int { total - widths.compactMap { $0 }.reduce(0, +) }
        while rest() < narrowest, let next = dropping.popFirst() { widths[next] = 0 }
        return widths.map { $0 ?? max(1, rest()) }
    }

    /// A line of cells padded to their columns: the first `leftAligned` columns on the left, the others on the right.
    /// A column of width 0 gave way and is left out.
    static func line(_ cells: [(String, ThemeRole)], widths: [Int], leftAligned: Set<Int>) -> StyledLine {
        // Every column but the first begins with the space that separates it from the one before.
        StyledLine(zip(cells, widths).enumerated().compactMap { index, pair in
            let ((text, role), width) = pair
            guard width > 0 else { return nil }
            let room = index == 0 ? width : width - 1
            let cell = leftAligned.contains(index) ? DisplayWidth.pad(text, to: room) : DisplayWidth.padLeft(text, to: room)
            return (index == 0 ? cell : " " + cell, role)
        })
    }
}
