import Foundation
import FrontlineStoreAPI

/// What to read again after a batch of commits, decided from what the console shows. This is
/// the only place a commit (ours or another process's) leads to a reload: another agent's draft,
/// a breach written down or another agent's state costs nothing here.
func refresh(_ state: inout AppState, after topics: Set<ChangeTopic>) -> [Effect] {
    if topics.contains(.everything) {
        return [.reloadQueue, .loadServiceLevels, .loadAgentStatus] + followDetail(&state, force: true) + complaintsShown(state)
    }
    var effects: [Effect] = []
    // The queue and the header's service levels are drawn from the same contacts.
    if topics.contains(.queue) {
        effects += [.followQueue, .loadServiceLevels]
    } else {
        // Arrivals and customers' messages: only their rows are read, and today's service levels
        // do not move (a contact counts there once answered or abandoned). During a burst of
        // thousands this is what keeps a console from reading the whole queue per commit.
        let rows = topics.compactMap { if case .queueRow(let id) = $0 { id } else { nil } }
        if !rows.isEmpty { effects.append(.followQueueRows(rows.sorted())) }
    }
    // Our own presence or the call ringing us; a roster change may be our role, capacity or name.
    if topics.contains(.agent(state.agent.name)) || topics.contains(.roster) { effects.append(.loadAgentStatus) }
    if detailShownChanged(state, topics) { effects += followDetail(&state, force: true) }
    if state.mode.isComplaintView, topics.contains(where: { if case .complaint = $0 { true } else { false } }) {
        effects += complaintsShown(state)
    }
    return effects
}

/// The topics `refresh` reads again for, as the screen is now: the watcher wakes the loop for these only.
func readsAgain(_ state: AppState) -> TopicInterest {
    var interest = TopicInterest(kinds: [.queue, .roster], topics: [.agent(state.agent.name)])
    if let shown = state.customer.contactId { interest.topics.insert(.contact(shown)) }
    if let customerId = state.customer.file?.customer.id { interest.topics.insert(.customer(customerId)) }
    if state.mode.isComplaintView { interest.kinds.insert(.complaint) }
    return interest
}

/// The customer file shown belongs to a contact or customer in the batch.
private func detailShownChanged(_ state: AppState, _ topics: Set<ChangeTopic>) -> Bool {
    guard let shown = state.customer.contactId else { return false }
    if topics.contains(.contact(shown)) { return true }
    guard let customerId = state.customer.file?.customer.id else { return false }
    return topics.contains(.customer(customerId))
}

/// The complaints list, and the complaint open in it, while the complaints view is on screen.
private func complaintsShown(_ state: AppState) -> [Effect] {
    guard state.mode.isComplaintView else { return [] }
    return [.loadComplaints] + (state.complaints.open?.complaint.id.map { [.loadComplaint(id: $0)] } ?? [])
}
