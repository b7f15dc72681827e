import Foundation
import FrontlineCore
import FrontlineStoreAPI
import Hummingbird

/// What connectors and dashboards read: the same store calls and the same keys as the commands'
/// `--json` (`queue`, `agents`, `stats`), so a script can move from one to the other.
enum ReadRoutes {
    /// `frontline queue --json`: waiting and active contacts, most urgent first. Unlike the command,
    /// a GET writes nothing, so breaches are recorded by the consoles and `queue`, not here.
    static func queue(_ request: inout Request, _ context: BasicRequestContext, _ services: APIServices) async throws -> Response {
        let now = services.now()
        let policy = services.policy
        let entries = try await storeCall { try services.store.queue(agent: nil) }
            .filter { $0.contact.isDue(at: now) }
            .map { QueueEntry(contact: $0.contact, customerName: $0.customerName, customerLanguage: $0.customerLanguage,
                              status: policy.status(of: $0.contact, at: now), assignedAgent: $0.assignedAgent) }
            .sorted(by: QueueEntry.byUrgency)
        let lines: [[String: Any]] = entries.map { entry in
            let contact = entry.contact
            let hold = policy.ownerHold(on: contact, assignedAgent: entry.assignedAgent)
            return [
                "id": contact.id ?? 0, "channel": contact.channel.rawValue, "customer": entry.customerName,
                "customer_id": contact.customerId, "state": contact.state.rawValue, "agent": APIJSON.value(contact.agent),
                "owner": APIJSON.value(entry.keeper), "kept_until": APIJSON.time(hold.flatMap { $0.until > now ? $0.until : nil }),
                "group": APIJSON.value(contact.sentToGroup), "escalated": contact.escalatedAt != nil,
                "waited_seconds": Int(contact.waited(at: now)), "deadline": APIJSON.time(entry.status?.deadline),
                "sla": APIJSON.value(entry.status.map { $0.isPaused && $0.state != .breached ? "paused" : $0.state.rawValue }),
                "seconds_left": APIJSON.value(entry.status?.secondsLeft), "priority": contact.priority.rawValue,
            ]
        }
        return APIJSON.response(["contacts": lines, "at": APIDate.format(now)])
    }

    /// One contact with its customer and transcript (the newest 500 messages, oldest first).
    static func contact(_ request: inout Request, _ context: BasicRequestContext, _ services: APIServices) async throws -> Response {
        let id = try pathId(context, what: "contact")
        guard let contact = try await storeCall({ try services.store.contact(id: id) }) else {
            throw Problem(.notFound, "there is no contact \(id)")
        }
        let customer = try await storeCall { try services.store.customer(id: contact.customerId) }
        let transcript = try await storeCall { try services.store.transcript(contactId: id, limit: 500) }
        return APIJSON.response([
            "id": id, "channel": contact.channel.rawValue, "state": contact.state.rawValue, "priority": contact.priority.rawValue,
            "customer_id": contact.customerId, "customer": APIJSON.value(customer?.name), "address": contact.address,
            "agent": APIJSON.value(contact.agent), "owner": APIJSON.value(contact.owner), "group": APIJSON.value(contact.sentToGroup),
            "escalated": contact.escalatedAt != nil,
            "queued_at": APIDate.format(contact.queuedAt), "taken_at": APIJSON.time(contact.takenAt),
            "first_reply_at": APIJSON.time(contact.firstReplyAt), "ended_at": APIJSON.time(contact.endedAt),
            "transcript": transcript.map { message -> [String: Any] in
                ["id": APIJSON.value(message.id), "direction": message.direction.rawValue, "text": message.text,
                 "at": APIDate.format(message.at), "agent": APIJSON.value(message.agent),
                 // An agent's reply: pending until a connector acknowledges it; null on a customer's message.
                 "delivery": APIJSON.value(message.delivery?.rawValue), "delivery_reason": APIJSON.value(message.deliveryReason),
                 "delivery_at": APIJSON.time(message.deliveryAt)]
            },
        ])
    }

    /// `frontline agents list`: every agent with their state now; removed agents last.
    static func agents(_ request: inout Request, _ context: BasicRequestContext, _ services: APIServices) async throws -> Response {
        let now = services.now()
        let roster = try await storeCall { try services.store.roster() }
        let ordered = roster.filter { !$0.agent.isRemoved } + roster.filter(\.agent.isRemoved)
        let agents: [[String: Any]] = ordered.map { row in
            let agent = row.agent
            let away = agent.presence(at: now) == .away ? agent.awayReason?.rawValue : nil
            return [
                "name": agent.name, "display_name": agent.displayName, "role": agent.role.rawValue, "capacity": agent.chatCapacity,
                "languages": agent.languages.map(\.rawValue), "groups": agent.groups,
                "state": agent.isRemoved ? "removed" : row.state(at: now).code, "away_reason": APIJSON.value(away),
                "held": row.heldCount, "since": APIJSON.time(agent.isRemoved ? agent.removedAt : agent.stateSince(at: now)),
            ]
        }
        return APIJSON.response(["agents": agents, "at": APIDate.format(now)])
    }

    /// `frontline stats --json` for today: the service level per channel.
    static func serviceLevels(_ request: inout Request, _ context: BasicRequestContext, _ services: APIServices) async throws -> Response {
        let now = services.now()
        let today = ServiceLevel.today(containing: now, calendar: services.calendar)
        let levels = try await storeCall { try services.store.serviceLevels(policy: services.policy, from: today.start, to: today.end) }
        let channels: [[String: Any]] = Channel.allCases.compactMap { levels[$0] }.map { level in
            ["channel": level.channel.rawValue, "target_seconds": level.target, "answered": level.answered,
             "answered_within_target": level.answeredWithinTarget, "abandoned": level.abandoned,
             "abandoned_within_target": level.abandonedWithinTarget, "short_abandons": level.shortAbandons,
             "sl": APIJSON.value(level.sl), "sl2": APIJSON.value(level.sl2), "average_wait_seconds": APIJSON.value(level.averageWait)]
        }
        return APIJSON.response(["from": APIDate.format(today.start), "to": APIDate.format(today.end), "source": "tables", "channels": channels])
    }
}
