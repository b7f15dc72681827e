import FrontlineCore
import FrontlineScreen

/// The top line: who is working, how the queue stands, the agent's state, and the time.
enum HeaderBar {
    static func render(_ state: AppState, into buffer: inout ScreenBuffer, rect: Rect) {
        buffer.fill(rect, role: .statusBar)
        var breached = 0, atRisk = 0
        for entry in state.queue.entries where entry.contact.state == .waiting {
            if entry.status?.state == .breached { breached += 1 } else if entry.status?.state == .warning { atRisk += 1 }
        }
        var x = rect.x
        if state.isTraining { x += TrainingBanner.render(state.text, into: &buffer, x: x, y: rect.y) }
        x += buffer.write(" Frontline ", x: x, y: rect.y, role: .titleFocused)
        let who = state.text.madeBy(state.agent.displayName, actor: state.person?.displayName)   // "emma (by lead)" when a supervisor covers
        x += buffer.write("│ \(who) │ \(state.text.headerWaiting(state.queue.waitingCount))", x: x, y: rect.y, role: .statusBar)
        if atRisk > 0 { x += buffer.write("  \(state.text.headerAtRisk(atRisk)) ", x: x, y: rect.y, role: .slaWarning) }
        if breached > 0 { x += buffer.write("  \(state.text.headerBreached(breached)) ", x: x, y: rect.y, role: .slaBreached) }
        x += buffer.write(" │ ", x: x, y: rect.y, role: .statusBar)
        x += StateBadge.render(state, into: &buffer, x: x, y: rect.y)
        let clock = ClockFormat.timeOfDay.string(from: state.now) + " "
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
