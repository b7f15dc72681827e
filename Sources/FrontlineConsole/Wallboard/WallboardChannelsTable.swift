import FrontlineCore
import FrontlineScreen

/// One row per channel: waiting now, the longest wait in its timer's colour, and today's figures.
enum WallboardChannelsTable {
    static let columnWidths = [11, 9, 11, 10, 11, 7, 11, 12]

    static func render(_ state: WallboardState, into buffer: inout ScreenBuffer, rect: Rect) {
        let text = state.text
        let columnWidths = WallboardTable.widths(columnWidths, titles: text.channelColumns, total: rect.width - 2)
        let header = WallboardTable.line(text.channelColumns.map { ($0, .header) }, widths: columnWidths, leftAligned: [0])
        let rows = state.figures.channels.map { row in
            WallboardTable.line([
                (text.console.channelName(row.channel), .normal),
                ("\(row.waiting)", row.waiting > 0 ? .titleFocused : .muted),
                (WallboardFormat.duration(row.longestWait), row.longestWaitState?.role ?? .muted),
                ("\(row.answered)", .normal),
                ("\(row.abandoned)", row.abandoned > 0 ? .slaWarning : .normal),
                (WallboardFormat.percent(row.serviceLevel), WallboardFormat.role(ofServiceLevel: row.serviceLevel)),
                (WallboardFormat.duration(row.averageWait), .normal),
                (WallboardFormat.duration(row.averageHandle), .normal),
            ], widths: columnWidths, leftAligned: [0])
        }
        WallboardTable.render(into: &buffer, rect: rect, title: text.title, focused: false, header: header, rows: rows,
                              selected: nil, empty: "")
    }
}
