import Foundation
import FrontlineCore
import FrontlineScreen

/// The agent's state in the header, with its time: `Available 12m`, `Busy 2/3`, `Wrap-up 0:24`
/// counting down, `Away: lunch 4:12`, marked once away passes its reason's limit.
enum StateBadge {
    @discardableResult
    static func render(_ state: AppState, into buffer: inout ScreenBuffer, x: Int, y: Int) -> Int {
        let (text, role) = badge(state)
        return buffer.write(text, x: x, y: y, role: role)
    }

    static func badge(_ state: AppState) -> (String, ThemeRole) {
        let agentState = state.agentState, now = state.now
        let label = stateLabel(agentState, state.text)
        let since = Int(now.timeIntervalSince(state.agent.stateSince(at: now) ?? now))
        switch agentState {
        case .offline:
            return (label, .muted)
        case .available, .busy:
            // Minutes at most: these states tick once a minute (`12m`, `2h 05m`, `30d 00h`).
            return ("\(label) \(DurationFormat.minutes(since))", agentState == .available ? .slaOk : .statusBar)
        case .wrapUp(let until):
            return ("\(label) \(DurationFormat.clock(Int(until.timeIntervalSince(now).rounded(.up))))", .slaWarning)
        case .away(let reason):
            let text = "\(label) \(DurationFormat.clock(since))"
            guard state.shift.rules.isOverAwayLimit(state.agent, at: now), let limit = state.shift.rules.awayLimits[reason] else {
                return (text, .slaWarning)
            }
            return ("\(text) \(state.text.overLimit(DurationFormat.short(Int(limit))))", .slaBreached)
        }
    }
}
