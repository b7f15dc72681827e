import Foundation
import FrontlineCore
import FrontlineScreen

/// The wallboard's reports view (`R`): today's, this week's or this month's report over the whole
/// screen, drawn from the same `ReportText` lines as `frontline report`, scrolled with j/k.
extension WallboardOverlays {
    static func renderReports(_ state: WallboardState, into buffer: inout ScreenBuffer, screen: Rect) {
        let box = Rect(x: 0, y: 1, width: screen.width, height: max(3, screen.height - 3))
        buffer.fill(box, role: .normal)
        let inner = drawPaneFrame(&buffer, box, title: state.text.reportsTitle, focused: true)
        // The three periods as tabs; the one shown highlighted.
        var x = inner.x + 1
        for period in [ReportPeriod.daily, .weekly, .monthly] {
            let key = period == .daily ? "d" : period == .weekly ? "w" : "m"
            let label = " \(key) \(state.text.reportPeriod(period)) "
            x += buffer.write(label, x: x, y: inner.y, maxWidth: max(0, inner.maxX - x),
                              role: period == state.reportPeriod ? .selection : .statusBar)
            x += 1
        }
        let lines = reportLines(state, width: inner.width)
        let scroll = min(state.reportScroll, max(0, lines.count - (inner.height - 1)))
        for (row, line) in lines.dropFirst(scroll).prefix(max(0, inner.height - 1)).enumerated() {
            let role: ThemeRole = line.hasPrefix(" ") || line.isEmpty ? .normal : .titleFocused
            buffer.write(line, x: inner.x, y: inner.y + 1 + row, maxWidth: inner.width, role: role)
        }
    }

    /// The report's lines as the view shows them; "Counting…" until it is loaded.
    static func reportLines(_ state: WallboardState, width: Int) -> [String] {
        guard let report = state.report else { return ["", " " + state.text.reportLoading] }
        let heading = "\(state.text.reportPeriod(report.period))  \(WallboardReportsFormat.day(report.from, state)) – \(WallboardReportsFormat.day(report.to.addingTimeInterval(-1), state))"
        return ReportText.lines(report, labels: state.text.reportLabels, heading: heading, chartWidth: max(10, min(40, width / 3)))
    }

    /// How far the report scrolls: its last line at the bottom of the view.
    static func reportMaxScroll(_ state: WallboardState) -> Int {
        let inner = max(1, state.height - 3 - 2 - 1)
        return max(0, reportLines(state, width: max(1, state.width - 2)).count - inner)
    }
}

/// Dates of the reports view, in the policy's time zone.
enum WallboardReportsFormat {
    static func day(_ date: Date, _ state: WallboardState) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = state.policy.calendar.timeZone
        formatter.dateFormat = "yyyy-MM-dd"
        return formatter.string(from: date)
    }
}
