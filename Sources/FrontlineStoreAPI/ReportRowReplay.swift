import Foundation
import FrontlineCore

/// The rules both stores apply to the rows `reportRows` reads (ReportStore); only the SQL differs.
public enum ReportRowRules {
    /// A customer-initiated contact is a repeat when the same customer had another one (not a
    /// callback) in this many seconds before it.
    public static let repeatWindow: TimeInterval = 7 * 86_400
    /// The events a report counts.
    public static let countedEventKinds: [ContactEventKind] = [.transferred, .handedOff, .escalated, .forbiddenWordingSent]
    /// The channels whose messages give next reply times.
    public static let nextReplyChannels: [Channel] = [.chat, .email]
}

/// Zendesk's next reply time, replayed per written contact from its messages in order (by
/// contact, then time): the first customer message after an agent reply starts the clock, the
/// next agent reply stops it. The reply that answers the first message is the first reply time,
/// not counted here.
public struct NextReplyReplay {
    private var contact: Int64 = -1
    private var replied = false
    private var waitingSince: Double?

    public init() {}

    /// The next reply `message` completes, if it completes one. `at` in unix seconds.
    public mutating func add(contactId: Int64, inbound: Bool, at: Double, agent: String?, channel: String, group: String?) -> ReportRow? {
        if contactId != contact {
            contact = contactId
            replied = false
            waitingSince = nil
        }
        if inbound {
            if waitingSince == nil { waitingSince = at }
            return nil
        }
        defer {
            replied = true
            waitingSince = nil
        }
        if replied, let since = waitingSince, let channel = Channel(rawValue: channel) {
            return .nextReply(channel: channel, agent: agent, group: group, seconds: at - since)
        }
        return nil
    }
}

/// A period's wrap-ups from rows of one wrap-up code each (by wrap-up, then code position; a
/// wrap-up without codes is one row with no code), each with its codes in the order the agent gave them.
public struct WrapUpRowGrouping {
    private var current: (id: Int64, agent: String, channel: Channel, group: String?, codes: [String], outcome: WrapUpOutcome?)?

    public init() {}

    /// The previous wrap-up when this row begins another one. A row of an unknown channel is skipped.
    public mutating func add(wrapUpId id: Int64, agent: String, outcome: String?, channel: String, group: String?,
                             code: String?) -> ReportRow? {
        var finished: ReportRow?
        if current?.id != id {
            finished = finish()
            guard let channel = Channel(rawValue: channel) else { return finished }
            current = (id, agent, channel, group, [], outcome.flatMap(WrapUpOutcome.init(rawValue:)))
        }
        if let code { current?.codes.append(code) }
        return finished
    }

    /// The wrap-up being gathered, after the last row.
    public mutating func finish() -> ReportRow? {
        defer { current = nil }
        return current.map { .wrapUp(agent: $0.agent, channel: $0.channel, group: $0.group, codes: $0.codes, outcome: $0.outcome) }
    }
}

extension QueueEvent {
    /// The queue event an event of the log is, if it is one (the wallboard's input).
    public init?(_ event: ContactEvent) {
        guard let kind = Kind(rawValue: event.kind.rawValue) else { return nil }
        self.init(contactId: event.contactId, kind: kind, channel: event.detail.flatMap(Channel.init(rawValue:)), at: event.at)
    }
}
