import FrontlineCore

/// Why a key of the wallboard cannot act now, in the supervisor's language; nil when it may.
/// The key bar leaves such a key out and the key says the reason, from this one rule.
enum WallboardKeyRules {
    /// Enter opens the selected line: a list with lines, and a complaint filed on a contact.
    @Sendable static func open(_ state: WallboardState) -> String? {
        guard let index = state.selected(in: state.focus) else { return emptyList(state) }
        if state.focus == .complaints, state.figures.complaints[index].complaint.contactId == nil { return state.text.noContactToOpen }
        return nil
    }

    /// A contact of the queue to give to someone logged in who does not hold it.
    @Sendable static func reassign(_ state: WallboardState) -> String? {
        guard let contact = state.selectedContact else { return state.text.selectContact }
        let someone = state.figures.agents.contains { $0.state != .offline && $0.agent.name != contact.agent }
        return someone ? nil : state.text.nobodyLoggedIn
    }

    /// Setting an agent away, logging them out or ending their wrap-up needs an agent selected.
    @Sendable static func needsAgent(_ state: WallboardState) -> String? {
        state.selectedAgent == nil ? state.text.selectAgent : nil
    }

    private static func emptyList(_ state: WallboardState) -> String {
        switch state.focus {
        case .queue: state.text.nobodyWaiting
        case .agents: state.text.noAgents
        case .abandoned: state.text.noAbandoned
        case .complaints: state.text.noComplaints
        }
    }
}
