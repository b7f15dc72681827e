import Foundation
import FrontlineCore
import FrontlineScreen

/// A contact that became the agent's without the agent taking it (routing assigned a chat, a
/// supervisor gave one) is announced in the status line; the first read after login is not news.
func noticeAssignments(_ state: inout AppState) {
    let held = state.queue.rows.filter { $0.contact.state == .active && $0.contact.agent == state.agent.name }
    let ids = Set(held.compactMap(\.contact.id))
    defer { state.shift.heldContactIds = ids }
    guard let known = state.shift.heldContactIds else { return }
    let given = held.filter { $0.contact.id.map { !known.contains($0) } ?? false }
    guard let first = given.first, let id = first.contact.id else { return }
    var notice = given.count == 1 ? state.text.assignedToYou(first.contact.channel, first.customerName, id)
                                  : state.text.assignedToYou(count: given.count)
    // A transfer's note is the first thing the receiver reads.
    if given.count == 1, let note = first.contact.handoverNote, let from = first.contact.handoverFrom {
        notice += " " + state.text.handoverFrom(SafeText.visible(from), SafeText.visible(note))
    }
    state.message = .info(notice)
}
