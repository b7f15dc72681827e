import FrontlineCore
import FrontlineScreen

/// The wall-screen layout: a tile per channel with its waiting count and longest wait in big figures.
enum WallboardLargeView {
    static func render(_ state: WallboardState, into buffer: inout ScreenBuffer, layout: LargeWallboardLayout) {
        for (rect, row) in zip(layout.tiles, state.figures.channels) {
            tile(row, state, into: &buffer, rect: rect)
        }
        WallboardAlertStrip.render(state, into: &buffer, rect: layout.alerts)
        WallboardLists.render(.agents, state, into: &buffer, rect: layout.agents)
    }

    private static func tile(_ row: WallboardFigures.ChannelRow, _ state: WallboardState, into buffer: inout ScreenBuffer, rect: Rect) {
        let text = state.text
        buffer.fill(rect, role: .normal)
        let inner = drawPaneFrame(&buffer, rect, title: text.console.channelName(row.channel), focused: row.waiting > 0)
        func figure(_ label: String, _ value: String, role: ThemeRole, y: Int) {
            buffer.write(label, x: inner.x + 1, y: y, maxWidth: inner.width - 1, role: .muted)
            // A figure too wide for big digits, or with letters (`30d 00h`), is written plainly, never cut.
            guard BigDigits.canDraw(value, within: inner.width - 2) else {
                buffer.write(DisplayWidth.center(value, in: inner.width), x: inner.x, y: y + 2, role: role)
                return
            }
            BigDigits.draw(value, into: &buffer, x: inner.x + max(1, (inner.width - BigDigits.width(value)) / 2), y: y + 1, role: role)
        }
        figure(text.waitingLabel, "\(row.waiting)", role: row.waiting > 0 ? .titleFocused : .muted, y: inner.y)
        figure(text.longestLabel, WallboardFormat.duration(row.longestWait), role: row.longestWaitState?.role ?? .muted, y: inner.y + 4)
        // The day's line: SL always, then each count that fits whole.
        let columns = text.channelColumns
        var line: [(String, ThemeRole)] = [(" \(columns[5]) ", .muted),
                                           (WallboardFormat.percent(row.serviceLevel), WallboardFormat.role(ofServiceLevel: row.serviceLevel))]
        for part in ["  \(columns[3]) \(row.answered)", "  \(columns[4]) \(row.abandoned)"]
        where line.reduce(DisplayWidth.of(part)) { $0 + DisplayWidth.of($1.0) } <= inner.width {
            line.append((part, .muted))
        }
        StyledLine(line).draw(into: &buffer, x: inner.x, y: inner.y + 8, width: inner.width)
    }
}
