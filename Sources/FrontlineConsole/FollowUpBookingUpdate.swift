import Foundation
import FrontlineCore
import FrontlineScreen

// Booking a follow-up at a time agreed with the customer (`f`): the time, then what was agreed.

func handleBookingKey(_ state: inout AppState, _ key: KeyPress) -> [Effect] {
    guard case .bookingFollowUp(let field) = state.mode else { return [] }
    switch KeyBindings.action(for: key, in: state.mode) {
    case .cancelBooking?:
        state.mode = .normal
        return []
    case .confirmBooking?:
        guard let id = state.queue.activeContactId else {
            state.mode = .normal
            return []
        }
        let typed = field.text.trimmingCharacters(in: .whitespaces)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = state.policy.calendar.timeZone
        guard let (due, note) = BookingLine.parse(typed, now: state.now, calendar: calendar) else {
            state.message = .error(state.text.notATime(typed))
            return []
        }
        // The store's own rule, said here in the agent's words before anything is sent.
        let customer = state.customer.file?.customer
        let zone = state.policy.calendar.timeZone
        if let problem = state.policy.followUpBookingProblem(at: due, now: state.now,
                                                             isQuiet: { customer?.isResting(at: $0, in: zone) ?? false }) {
            state.message = .error(state.text.bookingRefused(problem, next: ClockFormat.dayAndTime.string(from: problem.next)))
            return []
        }
        return [.bookFollowUp(contactId: id, due: due, note: note)]
    default:
        _ = state.mode.typedField?.handle(key)
        return []
    }
}

/// The booking line: a time as a promise takes it (`YYYY-MM-DD HH:MM`, `HH:MM`, `+2d`), then
/// what was agreed, free text.
enum BookingLine {
    static func parse(_ text: String, now: Date, calendar: Calendar) -> (Date, String)? {
        let words = text.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        for count in [2, 1] where words.count >= count {
            if let due = PromisedTime.parse(words.prefix(count).joined(separator: " "), now: now, calendar: calendar) {
                return (due, words.dropFirst(count).joined(separator: " "))
            }
        }
        return nil
    }
}
