import Foundation
import FrontlineCore

/// The event log written as Asterisk's queue_log, for the tools that read it (queue statistics,
/// wallboards, billing). One queue per channel (`phone`, `chat`, `email`, `callback`); a call id
/// per wait (`386`, then `386.2` after the contact was reopened). Times are whole epoch seconds,
/// and so are hold and wait times, as Asterisk writes them.
///
/// How Frontline's steps map (docs/queue-log.md has the table):
/// - queued, reopened → ENTERQUEUE
/// - an offer missed or declined → RINGNOANSWER with the ring time in ms
/// - answered → CONNECT|holdtime||ringtime: a call when taken, a chat or e-mail at its first
///   agent reply (when the customer was answered, as the service level counts it)
/// - ended after it was answered → COMPLETEAGENT|holdtime|calltime|1 (the agent wraps up)
/// - abandoned → ABANDON|1|1|waittime
/// - transferred → TRANSFER|to|frontline|holdtime|calltime|1; like Asterisk, the queue record ends
///   there (a contact sent to a group and taken again is not counted twice)
/// - an agent's log-in, log-out, away and back → ADDMEMBER, REMOVEMEMBER, PAUSE|reason, UNPAUSE,
///   one line per queue, as Asterisk writes them for a member of several queues
public enum QueueLog {
    /// One line: `time|callid|queue|agent|event|data…`.
    public struct Line: Equatable, Sendable {
        public var time: Int
        public var callId: String
        public var queue: String
        public var agent: String
        public var event: String
        public var data: [String]

        public init(time: Int, callId: String, queue: String, agent: String, event: String, data: [String]) {
            self.time = time
            self.callId = callId
            self.queue = queue
            self.agent = agent
            self.event = event
            self.data = data
        }

        /// As queue_log has it; a `|` or a line break inside a field would split it, so they become spaces.
        public var text: String {
            ([String(time), callId, queue, agent, event] + data).map(Self.field).joined(separator: "|")
        }

        /// Parses a line as Asterisk writes it; nil when it has fewer than five fields or no time.
        public init?(parsing text: String) {
            let fields = text.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
            guard fields.count >= 5, let time = Int(fields[0]) else { return nil }
            self.init(time: time, callId: fields[1], queue: fields[2], agent: fields[3], event: fields[4], data: Array(fields.dropFirst(5)))
        }

        private static func field(_ value: String) -> String {
            String(value.map { $0 == "|" || $0.isNewline ? " " : $0 })
        }
    }

    /// `events` are the contact events of the waits to export, ordered by contact then as
    /// recorded; `states` the agents' state changes in the period, in order.
    public static func lines(events: [ContactEvent], states: [AgentStateLogEntry], policy: SLAPolicy) -> [Line] {
        var lines: [Line] = []
        var wait = Wait(contactId: -1)
        var waitsPerContact: [Int64: Int] = [:]
        for event in events {
            if event.contactId != wait.contactId { wait = Wait(contactId: event.contactId) }
            switch event.kind {
            case .queued, .reopened:
                if event.kind == .queued { wait.channel = event.detail.flatMap(Channel.init(rawValue:)) }
                let number = waitsPerContact[event.contactId, default: 0] + 1
                waitsPerContact[event.contactId] = number
                wait.begin(at: event.at, callId: number == 1 ? "\(event.contactId)" : "\(event.contactId).\(number)")
                if let line = wait.line(event.at, "NONE", "ENTERQUEUE", ["", ""]) { lines.append(line) }
            default:
                lines += wait.apply(event, policy: policy)
            }
        }
        lines += memberLines(states)
        // Chronological, as Asterisk appends them; lines of the same second keep their order.
        return lines.enumerated().sorted { ($0.element.time, $0.offset) < ($1.element.time, $1.offset) }.map(\.element)
    }

    /// Log-ins, log-outs and pauses, one line per queue.
    private static func memberLines(_ states: [AgentStateLogEntry]) -> [Line] {
        var previous: [String: AgentPresence] = [:]
        var lines: [Line] = []
        for entry in states {
            let before = previous[entry.agent] ?? .offline
            previous[entry.agent] = entry.presence
            var events: [(String, String)] = []
            if before == .offline, entry.presence != .offline { events.append(("ADDMEMBER", "")) }
            if before == .away, entry.presence != .away, entry.presence != .offline { events.append(("UNPAUSE", "")) }
            if entry.presence == .away { events.append(("PAUSE", entry.reason?.rawValue ?? "")) }
            if entry.presence == .offline, before != .offline { events.append(("REMOVEMEMBER", "")) }
            for (event, data) in events {
                lines += Channel.allCases.map { Line(time: seconds(entry.at), callId: "NONE", queue: $0.rawValue, agent: entry.agent,
                                                     event: event, data: [data]) }
            }
        }
        return lines
    }

    fileprivate static func seconds(_ date: Date) -> Int {
        Int(date.timeIntervalSince1970.rounded(.down))
    }

    /// One wait of one contact, as its events arrive.
    private struct Wait {
        let contactId: Int64
        var channel: Channel?
        var callId = ""
        var startedAt: Date?
        var offeredAt: Date?
        var ringSeconds = 0
        var connected: (at: Date, agent: String, hold: Int)?
        /// Abandoned, completed or transferred: nothing more is written for this wait.
        var over = false

        init(contactId: Int64) { self.contactId = contactId }

        mutating func begin(at: Date, callId: String) {
            (self.callId, startedAt, offeredAt, ringSeconds, connected, over) = (callId, at, nil, 0, nil, false)
        }

        func line(_ at: Date, _ agent: String, _ event: String, _ data: [String]) -> Line? {
            guard let channel else { return nil }
            return Line(time: QueueLog.seconds(at), callId: callId, queue: channel.rawValue, agent: agent, event: event, data: data)
        }

        mutating func apply(_ event: ContactEvent, policy: SLAPolicy) -> [Line] {
            guard let channel, let startedAt, !over else { return [] }
            let agent = event.agent ?? "NONE"
            let counted = { Int(ServiceLevel.countedWait(channel, from: startedAt, to: event.at, policy: policy).rounded(.down)) }
            switch event.kind {
            case .offered:
                offeredAt = event.at
            case .missed, .declined:
                let ring = offeredAt.map { Int((event.at.timeIntervalSince($0) * 1000).rounded()) } ?? 0
                offeredAt = nil
                return [line(event.at, agent, "RINGNOANSWER", [String(ring)])].compactMap { $0 }
            case .accepted:
                ringSeconds = offeredAt.map { Int(event.at.timeIntervalSince($0).rounded(.down)) } ?? 0
            case .taken where !channel.isWritten && connected == nil,
                 .replied where channel.isWritten && connected == nil:
                let hold = counted()
                connected = (event.at, agent, hold)
                return [line(event.at, agent, "CONNECT", [String(hold), "", String(ringSeconds)])].compactMap { $0 }
            case .abandoned where connected == nil:
                over = true
                return [line(event.at, "NONE", "ABANDON", ["1", "1", String(counted())])].compactMap { $0 }
            case .completed:
                guard let connected else { return [] }
                over = true
                let talk = Int(event.at.timeIntervalSince(connected.at).rounded(.down))
                return [line(event.at, connected.agent, "COMPLETEAGENT", [String(connected.hold), String(talk), "1"])].compactMap { $0 }
            case .transferred:
                guard let connected else { return [] }
                over = true
                let talk = Int(event.at.timeIntervalSince(connected.at).rounded(.down))
                return [line(event.at, agent, "TRANSFER", [Self.receiver(event.detail), "frontline", String(connected.hold), String(talk), "1"])]
                    .compactMap { $0 }
            default:
                break
            }
            return []
        }

        /// The receiver from a transfer's detail, `to jun: note` or `to group orders: note`.
        private static func receiver(_ detail: String?) -> String {
            guard let detail, detail.hasPrefix("to ") else { return "" }
            let target = detail.dropFirst(3).prefix { $0 != ":" }
            return target.hasPrefix("group ") ? String(target.dropFirst(6)) : String(target)
        }
    }
}
