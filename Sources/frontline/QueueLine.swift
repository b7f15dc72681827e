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

    init(_ entry: QueueEntry, now: Date, lastWrapUp: ContactWrapUp? = nil) {
        id = entry.contact.id ?? 0
        channel = entry.contact.channel.rawValue
        customer = entry.customerName
        customerId = entry.contact.customerId
        state = entry.contact.state.rawValue
        agent = entry.contact.agent
        waitedSeconds = Int(entry.contact.waited(at: now))
        deadline = entry.status.map { Timestamp.format($0.deadline) }
        sla = entry.status.map { $0.isPaused && $0.state != .breached ? "paused" : $0.state.rawValue }
        secondsLeft = entry.status?.secondsLeft
        self.lastWrapUp = lastWrapUp.map(WrapUpLine.init)
    }

    private enum CodingKeys: String, CodingKey {
        case id, channel, customer, state, agent, deadline, sla
        case customerId = "customer_id", waitedSeconds = "waited_seconds", secondsLeft = "seconds_left", lastWrapUp = "last_wrap_up"
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
        try container.encode(waitedSeconds, forKey: .waitedSeconds)
        try container.encode(deadline, forKey: .deadline)
        try container.encode(sla, forKey: .sla)
        try container.encode(secondsLeft, forKey: .secondsLeft)
        try container.encode(lastWrapUp, forKey: .lastWrapUp)
    }

    /// The table cells, customer text made harmless for the terminal.
    var cells: [String] {
        [String(id), channel, SafeText.visible(customer), state, agent.map(SafeText.visible) ?? "-",
         String(waitedSeconds), deadline ?? "-", sla ?? "-", secondsLeft.map(String.init) ?? "-"]
    }

    static let headers = ["id", "channel", "customer", "state", "agent", "waited", "deadline", "sla", "left"]
    /// Columns of numbers, aligned on the right.
    static let numericColumns: Set<Int> = [0, 5, 8]
}
