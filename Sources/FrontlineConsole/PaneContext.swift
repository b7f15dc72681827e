import Foundation
import FrontlineCore

/// What any pane may draw with besides its own slice: the agent's language, who the agent is, and
/// the time. Panes get this and their slice, not the whole state, so what a pane shows can only
/// change when its slice or these do.
struct PaneContext {
    var text: any ConsoleText
    var agent: Agent
    var now: Date
}

extension AppState {
    var paneContext: PaneContext { PaneContext(text: text, agent: agent, now: now) }
}
