import Foundation
import FrontlineCore
import FrontlineScreen

/// Draws the whole wallboard for a state into a fresh buffer. Pure: the same state gives the same screen.
public enum WallboardView {
    public static func render(_ state: WallboardState) -> ScreenBuffer {
        var buffer = ScreenBuffer(width: state.width, height: state.height)
        let screen = Rect(x: 0, y: 0, width: state.width, height: state.height)
        if state.isLarge, let layout = LargeWallboardLayout(width: state.width, height: state.height) {
            header(state, into: &buffer, rect: layout.header)
            WallboardLargeView.render(state, into: &buffer, layout: layout)
            footer(state, into: &buffer, message: layout.message, keyBar: layout.keyBar)
        } else if let layout = WallboardLayout(width: state.width, height: state.height) {
            header(state, into: &buffer, rect: layout.header)
            WallboardChannelsTable.render(state, into: &buffer, rect: layout.channels)
            WallboardAlertStrip.render(state, into: &buffer, rect: layout.alerts)
            for section in WallboardSection.allCases {
                WallboardLists.render(section, state, into: &buffer, rect: layout.rect(of: section))
            }
            WallboardChart.render(state, into: &buffer, rect: layout.chart)
            footer(state, into: &buffer, message: layout.message, keyBar: layout.keyBar)
        } else {
            tooSmall(state, into: &buffer)
            return buffer
        }
        switch state.mode {
        case .pickingAgent, .pickingReason: WallboardOverlays.renderPicker(state, into: &buffer, screen: screen)
        case .detail: WallboardOverlays.renderDetail(state, into: &buffer, screen: screen)
        case .help:
            HelpOverlay.render(title: state.text.console.helpTitle, sections: WallboardBindings.helpSections(state.text), scroll: state.detailScroll,
                               into: &buffer, screen: screen)
        case .reports: WallboardOverlays.renderReports(state, into: &buffer, screen: screen)
        case .board: break
        }
        return buffer
    }

    /// Who is watching, the day's service level, the clock.
    private static func header(_ state: WallboardState, into buffer: inout ScreenBuffer, rect: Rect) {
        buffer.fill(rect, role: .statusBar)
        // The figures and the clock are always whole; the supervisor's name gives way to them.
        let brand = " Frontline · \(state.text.title) "
        let waiting = " │ \(state.text.waitingNow(state.figures.channels.reduce(0) { $0 + $1.waiting })) │ "
        let level = state.figures.serviceLevelToday
        var serviceLevel = state.text.serviceLevelToday(WallboardFormat.percent(level), inTime: state.figures.answeredInTimeToday,
                                                        answered: state.figures.answeredToday)
        // CSAT once the day has an answer; it gives way first when the header is narrow.
        let satisfaction = state.figures.satisfactionToday
        if satisfaction.answers > 0 {
            serviceLevel += " │ " + state.text.satisfactionToday(WallboardFormat.percent(satisfaction.csatPercent.map { $0 / 100 }),
                                                               satisfied: satisfaction.satisfied, answers: satisfaction.answers)
        }
        let clock = HeaderClock.shared.text(at: state.now) + " "
        let room = rect.width - DisplayWidth.of(brand + "│ " + waiting + serviceLevel + " " + clock)
        var x = rect.x
        x += buffer.write(brand, x: x, y: rect.y, role: .titleFocused)
        x += buffer.write("│ \(DisplayWidth.truncate(state.supervisor.displayName, to: max(6, room)))\(waiting)", x: x, y: rect.y,
                          role: .statusBar)
        let clockX = rect.maxX - DisplayWidth.of(clock)
        buffer.write(serviceLevel, x: x, y: rect.y, maxWidth: clockX - 1 - x,
                     role: level.map { $0 < 0.8 ? .slaWarning : .statusBar } ?? .statusBar)
        buffer.write(clock, x: clockX, y: rect.y, role: .statusBar)
    }

    private static func footer(_ state: WallboardState, into buffer: inout ScreenBuffer, message: Rect, keyBar: Rect) {
        buffer.fill(message, role: .normal)
        if let status = state.message {
            buffer.write(" " + status.text, x: message.x, y: message.y, maxWidth: message.width, role: status.kind == .error ? .error : .notice)
        }
        buffer.fill(keyBar, role: .statusBar)
        var x = keyBar.x + 1
        for binding in WallboardBindings.barBindings(state) {
            let short = state.text.short(binding.action)
            guard x + DisplayWidth.of(binding.keyLabel) + 1 + DisplayWidth.of(short) <= keyBar.maxX else { break }
            x += buffer.write(binding.keyLabel, x: x, y: keyBar.y, role: .keyHint)
            x += buffer.write(" " + short + "  ", x: x, y: keyBar.y, maxWidth: keyBar.maxX - x, role: .statusBar)
        }
    }

    private static func tooSmall(_ state: WallboardState, into buffer: inout ScreenBuffer) {
        let lines = state.text.console.tooSmall(width: state.width, height: state.height,
                                                minimumWidth: WallboardLayout.minimumWidth, minimumHeight: WallboardLayout.minimumHeight)
        let top = max(0, (state.height - lines.count) / 2)
        for (row, line) in lines.enumerated() where top + row < state.height {
            let x = max(0, (state.width - DisplayWidth.of(line)) / 2)
            buffer.write(line, x: x, y: top + row, maxWidth: state.width - x, role: row == 0 ? .error : .normal)
        }
    }
}
