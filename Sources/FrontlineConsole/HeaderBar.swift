import FrontlineCore
import FrontlineScreen

/// The top line: who is working, how the queue stands, the agent's state, and the time.
enum HeaderBar {
    static func render(_ state: AppState, into buffer: inout ScreenBuffer, rect: Rect) {
        buffer.fill(rect, role: .statusBar)
        let (breached, atRisk) = state.queue.waitingByTimerState
        var x = rect.x
        if state.isTraining { x += TrainingBanner.render(state.text, into: &buffer, x: x, y: rect.y) }
        x += buffer.write(" Frontline ", x: x, y: rect.y, role: .titleFocused)
        x += buffer.write("│ \(state.agent.displayName) │ \(state.text.headerWaiting(state.queue.waitingCount))", x: x, y: rect.y, role: .statusBar)
        if atRisk > 0 { x += buffer.write("  \(state.text.headerAtRisk(atRisk)) ", x: x, y: rect.y, role: .slaWarning) }
        if breached > 0 { x += buffer.write("  \(state.text.headerBreached(breached)) ", x: x, y: rect.y, role: .slaBreached) }
        x += buffer.write(" │ ", x: x, y: rect.y, role: .statusBar)
        x += StateBadge.render(state, into: &buffer, x: x, y: rect.y)
        let clock = HeaderClock.shared.text(at: state.now) + " "
        let clockX = rect.maxX - DisplayWidth.of(clock)
        if clockX > x { buffer.write(clock, x: clockX, y: rect.y, role: .statusBar) }
        // Today's service level per channel, where it fits before the clock.
        let levels = serviceLevelText(state)
        let levelsX = clockX - DisplayWidth.of(levels) - 1
        if !levels.isEmpty, levelsX > x + 1 { buffer.write(levels, x: levelsX, y: rect.y, role: .statusBar) }
    }

    /// `SL call 83% chat 100%`: the channels that had work today, SL as Asterisk counts it.
    static func serviceLevelText(_ state: AppState) -> String {
        let parts = Channel.allCases.compactMap { channel -> String? in
            guard let sl = state.queue.serviceLevels[channel]?.sl else { return nil }
            return "\(state.text.channelLabel(channel)) \(Int((sl * 100).rounded(.down)))%"
        }
        return parts.isEmpty ? "" : "SL " + parts.joined(separator: " ")
    }
}
