import Foundation
import FrontlineCore
import FrontlineScreen

/// The day so far in block characters: the queue's peak per bucket above, the running service level below.
enum WallboardChart {
    private static let blocks: [Character] = [" ", "▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    static func render(_ state: WallboardState, into buffer: inout ScreenBuffer, rect: Rect) {
        buffer.fill(rect, role: .normal)
        let inner = drawPaneFrame(&buffer, rect, title: state.text.chartTitle, focused: false)
        guard let chart = state.chart, inner.height >= 5 else { return }
        let barRows = (inner.height - 3) / 2
        let peak = chart.queueLength.max() ?? 0
        var y = inner.y
        buffer.write(state.text.chartQueue(peak: peak), x: inner.x, y: y, maxWidth: inner.width, role: .header)
        y += 1
        bars(chart.queueLength.map { peak == 0 ? 0 : Double($0) / Double(peak) }, rows: barRows, role: { _ in .notice },
             into: &buffer, x: inner.x, y: y, width: inner.width)
        y += barRows
        let latest = chart.serviceLevel.last ?? nil
        StyledLine([(state.text.chartServiceLevel + " ", .header), (WallboardFormat.percent(latest), WallboardFormat.role(ofServiceLevel: latest))])
            .draw(into: &buffer, x: inner.x, y: y, width: inner.width)
        y += 1
        bars(chart.serviceLevel.map { $0 ?? 0 }, rows: barRows, role: { WallboardFormat.role(ofServiceLevel: chart.serviceLevel[$0]) },
             into: &buffer, x: inner.x, y: y, width: inner.width)
        y += barRows
        // The time axis: where the chart starts and where it ends (now).
        let from = ClockFormat.timeOfDay.string(from: chart.start)
        let to = ClockFormat.timeOfDay.string(from: chart.start.addingTimeInterval(chart.bucketSeconds * Double(chart.queueLength.count)))
        buffer.write(from, x: inner.x, y: y, role: .muted)
        buffer.write(to, x: inner.maxX - DisplayWidth.of(to), y: y, role: .muted)
    }

    /// Columns of `rows` rows, each value (0...1) filled in eighths from the bottom.
    private static func bars(_ values: [Double], rows: Int, role: (Int) -> ThemeRole, into buffer: inout ScreenBuffer, x: Int, y: Int, width: Int) {
        guard rows > 0 else { return }
        for (column, value) in values.prefix(width).enumerated() {
            let eighths = Int((min(1, max(0, value)) * Double(rows * 8)).rounded())
            for row in 0..<rows {
                let filled = min(8, max(0, eighths - (rows - 1 - row) * 8))
                buffer.write(String(blocks[filled]), x: x + column, y: y + row, role: role(column))
            }
        }
    }
}
