import Foundation
import FrontlineScreen
import FrontlineCore

/// One contact of `frontline queue`, as printed in the table and in `--json`.
struct QueueLine: Encodable {
    var id: Int64
    var channel: String
    var customer: String
    var customerId: Int64
    var state: String
    var agent: String?
    /// Whom the contact goes back to first: its owner, else the customer's assigned agent.
    var owner: String?
    /// While the contact waits kept for its owner: when anyone may take it.
    var keptUntil: String?
    /// The group it was sent to, while it waits for that group.
    var group: String?
    /// Waiting for a supervisor (escalated).
    var escalated: Bool
    var waitedSeconds: Int
    var deadline: String?
    /// `ok`, `warning` or `breached`; nil when no timer runs.
    var sla: String?
    /// Negative once breached.
    var secondsLeft: Int?
    /// What the contact was about when it last ended (a reopened contact); nil if it never was wrapped up.
    var lastWrapUp: WrapUpLine?

    /// A wrap-up in the JSON: codes in the order chosen, outcome, summary, who and when.
    struct WrapUpLine: Encodable {
        var codes: [String]
        var outcome: String?
        var summary: String
        var agent: String
        var at: String

        init(_ wrapUp: ContactWrapUp) {
            codes = wrapUp.entry.codes
            outcome = wrapUp.entry.outcome?.rawValue
            summary = wrapUp.entry.summary
            agent = wrapUp.agent
            at = Timestamp.format(wrapUp.at)
        }

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(codes, forKey: .codes)
            try container.encode(outcome, forKey: .outcome)
            try container.encode(summary, forKey: .summary)
            try container.encode(agent, forKey: .agent)
            try container.encode(at, forKey: .at)
        }

        private enum CodingKeys: String, CodingKey { case codes, outcome, summary, agent, at }
    }

    init(_ entry: QueueEntry, hold: OwnerHold? = nil, now: Date, lastWrapUp: ContactWrapUp? = nil) {
        id = entry.contact.id ?? 0
        channel = entry.contact.channel.rawValue
        customer = entry.customerName
        customerId = entry.contact.customerId
        state = entry.contact.state.rawValue
        agent = entry.contact.agent
        owner = entry.keeper
        group = entry.contact.sentToGroup
        escalated = entry.contact.escalatedAt != nil
        keptUntil = hold.flatMap { $0.until > now ? Timestamp.format($0.until) : nil }
        waitedSeconds = Int(entry.contact.waited(at: now))
        deadline = entry.status.map { Timestamp.format($0.deadline) }
        sla = entry.status.map { $0.isPaused && $0.state != .breached ? "paused" : $0.state.rawValue }
        secondsLeft = entry.status?.secondsLeft
        self.lastWrapUp = lastWrapUp.map(WrapUpLine.init)
    }

    private enum CodingKeys: String, CodingKey {
        case id, channel, customer, state, agent, owner, group, escalated, deadline, sla
        case keptUntil = "kept_until", customerId = "customer_id", waitedSeconds = "waited_seconds", secondsLeft = "seconds_left"
        case lastWrapUp = "last_wrap_up"
    }

    /// Every key always present: absent values are `null`, not missing.
    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(channel, forKey: .channel)
        try container.encode(customer, forKey: .customer)
        try container.encode(customerId, forKey: .customerId)
        try container.encode(state, forKey: .state)
        try container.encode(agent, forKey: .agent)
        try container.encode(owner, forKey: .owner)
        try container.encode(keptUntil, forKey: .keptUntil)
        try container.encode(group, forKey: .group)
        try container.encode(escalated, forKey: .escalated)
        try container.encode(waitedSeconds, forKey: .waitedSeconds)
        try container.encode(deadline, forKey: .deadline)
        try container.encode(sla, forKey: .sla)
        try container.encode(secondsLeft, forKey: .secondsLeft)
        try container.encode(lastWrapUp, forKey: .lastWrapUp)
    }

    /// The table cells, customer text made harmless for the terminal.
    var cells: [String] {
        [String(id), channel, SafeText.visible(customer), state, agent.map(SafeText.visible) ?? "-",
         owner.map { SafeText.visible($0) + (keptUntil == nil ? "" : "*") } ?? "-",
         String(waitedSeconds), deadline ?? "-", sla ?? "-", secondsLeft.map(String.init) ?? "-"]
    }

    /// `owner*`: kept for them now, nobody else may take it yet.
    static let headers = ["id", "channel", "customer", "state", "agent", "owner", "waited", "deadline", "sla", "left"]
    /// Columns of numbers, aligned on the right.
    static let numericColumns: Set<Int> = [0, 6, 9]
}
