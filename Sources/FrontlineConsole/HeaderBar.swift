import FrontlineCore
import FrontlineScreen

/// The top line: who is working, how the queue stands, the agent's state, and the time.
enum HeaderBar {
    static func render(_ state: AppState, into buffer: inout ScreenBuffer, rect: Rect) {
        if let outage = state.outage { return OutageBanner.render(state, outage, into: &buffer, rect: rect) }
        buffer.fill(rect, role: .statusBar)
        let (breached, atRisk) = state.queue.waitingByTimerState
        // The state and the clock are always whole; the name gives way first (to 6 columns), then the
        // brand is left out, and today's service levels show only where room is left.
        let (badge, badgeRole) = StateBadge.badge(state)
        let clock = HeaderClock.shared.text(at: state.now) + " "
        let waiting = " │ \(state.text.headerWaiting(state.queue.waitingCount))"
        var counts: [(String, ThemeRole)] = []
        if atRisk > 0 { counts.append(("  \(state.text.headerAtRisk(atRisk)) ", .slaWarning)) }
        if breached > 0 { counts.append(("  \(state.text.headerBreached(breached)) ", .slaBreached)) }
        let brand = " Frontline "
        let banner = state.isTraining ? DisplayWidth.of(" \(state.text.trainingBanner) ") : 0
        let fixed = banner + DisplayWidth.of("│ " + waiting + " │ " + badge + " " + clock) + counts.reduce(0) { $0 + DisplayWidth.of($1.0) }
        let who = state.text.madeBy(state.agent.displayName, actor: state.person?.displayName)   // "emma (by lead)" when a supervisor covers
        let nameWidth = DisplayWidth.of(who)
        let withBrand = rect.width - fixed - DisplayWidth.of(brand)
        let showsBrand = withBrand >= min(nameWidth, 12)
        let name = DisplayWidth.truncate(who, to: max(6, showsBrand ? withBrand : withBrand + DisplayWidth.of(brand)))

        var x = rect.x
        if state.isTraining { x += TrainingBanner.render(state.text, into: &buffer, x: x, y: rect.y) }
        if showsBrand { x += buffer.write(brand, x: x, y: rect.y, role: .titleFocused) }
        x += buffer.write("│ \(name)\(waiting)", x: x, y: rect.y, role: .statusBar)
        for (text, role) in counts { x += buffer.write(text, x: x, y: rect.y, role: role) }
        x += buffer.write(" │ ", x: x, y: rect.y, role: .statusBar)
        let clockX = rect.maxX - DisplayWidth.of(clock)
        x += buffer.write(badge, x: x, y: rect.y, maxWidth: clockX - 1 - x, role: badgeRole)
        if clockX > x { buffer.write(clock, x: clockX, y: rect.y, role: .statusBar) }
        // Today's service level per channel, where it fits before the clock.
        let levels = serviceLevelText(state)
        let levelsX = clockX - DisplayWidth.of(levels) - 1
        if !levels.isEmpty, levelsX > x + 1 { buffer.write(levels, x: levelsX, y: rect.y, role: .statusBar) }
    }

    /// Everything the line is drawn from besides `AppState.contentVersion` (the agent, the
    /// person, the text, the shift): the line is drawn again only when one of these moves, not on
    /// every second of the queue's countdowns.
    struct Inputs: Equatable {
        var width: Int
        var waiting: Int
        var breached: Int
        var atRisk: Int
        var levels: [Channel: ServiceLevel]
        var agentState: AgentState
        var clockMinute: Int
        /// Seconds in the state while the badge counts seconds (wrap-up, away), else its minutes.
        var badgeCount: Int
    }

    static func inputs(_ state: AppState, width: Int) -> Inputs {
        let agentState = state.agentState, now = state.now
        let since = Int(now.timeIntervalSince(state.agent.stateSince(at: now) ?? now))
        let badgeCount: Int
        switch agentState {
        case .offline: badgeCount = 0
        case .available, .busy: badgeCount = since / 60
        case .wrapUp(let until): badgeCount = Int(until.timeIntervalSince(now).rounded(.up))
        case .away: badgeCount = since
        }
        let (breached, atRisk) = state.queue.waitingByTimerState
        return Inputs(width: width, waiting: state.queue.waitingCount, breached: breached, atRisk: atRisk,
                      levels: state.queue.serviceLevels, agentState: agentState,
                      clockMinute: Int((now.timeIntervalSince1970 / 60).rounded(.down)), badgeCount: badgeCount)
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
