import Foundation
import FrontlineCore

/// The console's start and end: log-in as the first effect, log-out when a signal stops it.
func handleLifecycleMessage(_ state: inout AppState, _ msg: Msg) -> [Effect] {
    switch msg {
    case .opened:
        return [.logIn]
    case let .loggedIn(agent, handover):
        state.agent = agent
        if let handover {
            state.shift.handover = handover
            state.mode = .readingHandover
        }
        // Everything is read once; from here on only what changes.
        // The unsent-work file after the stored draft: what a console closed during an outage kept is newer.
        return [.loadDraft, .loadUnsent] + refresh(&state, after: [.everything])
    case .loginFailed(let reason):
        state.shift.loginFailure = reason
        state.isQuitting = true
        return []
    case .stopRequested:
        // Ended by a signal (SIGTERM, SIGHUP): log out without a note; open items are still listed.
        return state.shift.loggedOut ? [] : state.logOut(note: nil)
    default:
        return []
    }
}
