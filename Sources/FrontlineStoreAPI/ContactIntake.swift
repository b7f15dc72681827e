import Foundation
import FrontlineCore

/// Contacts arriving and ending from outside: the phone system, customers writing, the commands.
public protocol ContactIntake: Sendable {
    /// The customer is found by phone or email, or created.
    func enqueue(channel: Channel, from address: String, name: String?, text: String?, priority: Priority, at: Date) throws -> Contact
    /// A customer writes into a chat or email contact (reopening it if it had ended).
    func say(contactId: Int64, text: String, at: Date) throws -> ChatMessage
    /// The caller hung up before anyone picked up.
    func abandon(contactId: Int64, policy: SLAPolicy, at: Date) throws -> Contact
    /// An ended contact goes back to the queue with a new timer.
    func reopen(contactId: Int64, at: Date) throws -> Contact
    /// Gives a customer to an agent; returns the first-contact call-back, due at the policy's first calling time.
    func assignCustomer(_ customerId: Int64, to agent: String, policy: SLAPolicy, at: Date) throws -> Contact
}

extension ContactIntake {
    /// Under the standard calendar, for callers with no policy file (tests, seeding).
    public func assignCustomer(_ customerId: Int64, to agent: String, at: Date) throws -> Contact {
        try assignCustomer(customerId, to: agent, policy: .standard, at: at)
    }

    public func enqueue(channel: Channel, from address: String, name: String?, text: String?, priority: Priority = .normal,
                        at: Date) throws -> Contact {
        try enqueue(channel: channel, from: address, name: name, text: text, priority: priority, at: at)
    }
}
