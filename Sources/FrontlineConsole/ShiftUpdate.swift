import Foundation
import FrontlineCore
import FrontlineScreen
import FrontlineStoreAPI

extension AppState {
    /// The agent's state as the header shows it at `now`.
    public var agentState: AgentState { AgentState(of: agent, holding: myActiveContacts.count, at: now) }

    /// True while seconds count on screen: a ringing call, a wrap-up, time away.
    var showsStateSeconds: Bool {
        if shift.ringing(at: now) != nil { return true }
        let presence = agent.presence(at: now)
        return presence == .wrapUp || presence == .away
    }
}

/// Messages about the agent's state, ringing calls and the handover.
func handleShiftMessage(_ state: inout AppState, _ msg: Msg) -> [Effect] {
    switch msg {
    case let .agentStatusLoaded(agent, offer):
        // An offer that vanished while the agent was set away for it was missed, not answered elsewhere.
        if state.shift.offer != nil, offer == nil, agent.presence == .away, agent.awayReason == .missedOffer,
           state.agent.presence != .away {
            state.message = .error(state.text.missedOffer)
        }
        state.agent = agent
        state.shift.offer = offer
    case .stateChanged(let agent):
        state.agent = agent
        state.message = .info(state.text.nowIn(stateLabel(state.agentState, state.text)))
    case .openItemsLoaded(let items):
        state.shift.openItems = items
    case .offerAccepted(let contact):
        guard let contact else {
            state.message = .error(state.text.offerGone)
            return [.loadAgentStatus]
        }
        return update(&state, .taken(contact))
    case .loggedOut:
        state.shift.loggedOut = true
        state.isQuitting = true
        return [.quit]
    default:
        break
    }
    return []
}

/// Normal-mode keys about the agent's state.
func handleShiftAction(_ state: inout AppState, _ action: Action) -> [Effect] {
    switch action {
    case .pickState:
        state.mode = .pickingState
    case .endWrapUp:
        return [.changeState(.endWrapUp)]
    case .acceptOffer, .declineOffer:
        guard let offer = state.shift.ringing(at: state.now) else { return [] }
        state.shift.offer = nil
        guard action == .acceptOffer else {
            state.message = .info(state.text.offerDeclined)
            return [.declineOffer(contactId: offer.contactId)]
        }
        return [.acceptOffer(contactId: offer.contactId)]
    default:
        break
    }
    return []
}

/// Accept and decline work over any screen that does not take letters as text, so a call
/// ringing while the agent reads help or the handover can still be answered in time.
func ringingCallAction(_ state: AppState, _ key: KeyPress) -> Action? {
    switch state.mode {
    case .normal, .readingHandover, .help, .complaintList: break
    default: return nil
    }
    guard state.shift.ringing(at: state.now) != nil,
          let action = KeyBindings.action(for: key, in: .normal), action == .acceptOffer || action == .declineOffer else { return nil }
    return action
}

/// `q`, or log out in the state picker: contacts still held are said first, and the agent confirms.
func askToLeave(_ state: inout AppState) -> [Effect] {
    let held = state.myActiveContacts.count
    guard held > 0 else { return beginLogOut(&state) }
    state.mode = .confirmingQuit
    state.message = .error(state.text.quitWhileHolding(held))
    return []
}

/// Leaving asks for the handover note first, with the agent's open items listed above it.
func beginLogOut(_ state: inout AppState) -> [Effect] {
    state.mode = .writingHandover(note: TextField())
    state.message = nil
    return [.loadOpenItems]
}

/// Keys in the handover note, the state picker and the handover shown at login.
func handleShiftModeKey(_ state: inout AppState, _ key: KeyPress) -> [Effect] {
    let action = KeyBindings.action(for: key, in: state.mode)
    switch state.mode {
    case .readingHandover:
        if action == .dismissHandover {
            state.shift.handover = nil
            state.mode = .normal
        }
    case .pickingState:
        guard let action else { return [] }
        state.mode = .normal
        if let reason = KeyBindings.awayReason(for: action) {
            // Held contacts stay with an agent who is away, their timers running: say so first.
            let held = state.myActiveContacts.count
            guard held == 0 else {
                state.mode = .confirmingAway(reason)
                state.message = .error(state.text.awayWhileHolding(held))
                return []
            }
            return [.changeState(.goAway(reason))]
        }
        switch action {
        case .becomeAvailable: return [.changeState(.becomeAvailable)]
        case .logOut: return askToLeave(&state)
        default: break
        }
    case .confirmingAway(let reason):
        switch action {
        case .confirmAway?:
            state.mode = .normal
            state.message = nil
            return [.changeState(.goAway(reason))]
        case .keepWorking?:
            state.mode = .normal
            state.message = nil
        default:
            break
        }
    case .writingHandover(let note):
        switch action {
        case .saveHandover?:
            let text = note.text.trimmingCharacters(in: .whitespaces)
            return state.logOut(note: text.isEmpty ? nil : text)
        case .cancelLogOut?:
            state.mode = .normal
            state.message = .info(state.text.stillLoggedIn)
        default:
            _ = state.mode.typedField?.handle(key)
        }
    default:
        break
    }
    return []
}

/// `Available`, `Busy 2/3`, `Wrap-up`, `Away: lunch`: the state without its time.
func stateLabel(_ agentState: AgentState, _ text: any ConsoleText) -> String {
    switch agentState {
    case .busy(let held, let capacity): "\(text.presence(.available, busy: true)) \(held)/\(capacity)"
    case .away(let reason): "\(text.presence(.away, busy: false)): \(text.awayReason(reason))"
    case .offline: text.presence(.offline, busy: false)
    case .available: text.presence(.available, busy: false)
    case .wrapUp: text.presence(.wrapUp, busy: false)
    }
}
