import Foundation
import FrontlineCore

/// What any pane may draw with besides its own slice: the agent's language, who the agent is,
/// the time, and the policy (fixed for the session; the queue judges owner holds by it). Panes get this and their slice, not the whole state, so what a pane shows can only
/// change when its slice or these do.
struct PaneContext {
    var text: any ConsoleText
    var agent: Agent
    var now: Date
    var policy: SLAPolicy = .standard
}

extension AppState {
    var paneContext: PaneContext { PaneContext(text: text, agent: agent, now: now, policy: policy) }
}
