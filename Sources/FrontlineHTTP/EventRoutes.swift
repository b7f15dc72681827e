import Foundation
import FrontlineConnectors
import FrontlineStoreAPI
import Hummingbird
import ServiceLifecycle

/// `GET /v1/events?after=N[&wait=S]`: the outbox's events after N, oldest first, each as
/// `frontline events` prints it and a webhook receives it. With `wait`, an
/// empty answer is held until something arrives or the wait (capped) runs out: a long poll.
enum EventRoutes {
    static let pageSize = 100

    static func events(_ request: inout Request, _ context: BasicRequestContext, _ services: APIServices) async throws -> Response {
        var errors: [Problem.FieldError] = []
        let query = request.uri.queryParameters
        let known: Set<String> = ["after", "wait", "limit"]
        for key in Set(query.map { String($0.key) }) where !known.contains(key) {
            errors.append(.init(pointer: "/query/\(String(key.prefix(40)))", detail: "is not a parameter of this request"))
        }
        func number(_ name: String, default value: Int64, range: ClosedRange<Int64>) -> Int64 {
            guard let text = query.get(name) else { return value }
            guard let number = Int64(text), range.contains(number) else {
                errors.append(.init(pointer: "/query/\(name)", detail: "must be a whole number from \(range.lowerBound) to \(range.upperBound)"))
                return value
            }
            return number
        }
        let after = number("after", default: 0, range: 0...Int64.max)
        let wait = number("wait", default: 0, range: 0...Int64(services.longestWait))
        let limit = number("limit", default: Int64(pageSize), range: 1...1000)
        if !errors.isEmpty { throw Problem.invalid(errors.sorted { $0.pointer < $1.pointer }) }
        guard let outbox = services.outbox else {
            throw Problem(.unavailable, "this database keeps no events for connectors (the store has no outbox)")
        }
        let deadline = Date().addingTimeInterval(TimeInterval(wait))
        var seenChange = try await storeCall { try services.store.latestChange() }
        var events = try await storeCall { try outbox.outboundEvents(after: after, limit: Int(limit)) }
        var lastOutboxLook = Date()
        // The change feed answers "anything new?" from memory while nothing commits, so asking it
        // every 100 ms is cheap; the outbox is read when it moved, and once a second regardless.
        while events.isEmpty, Date() < deadline, !Task.isCancelled, !(await Task.isShuttingDownGracefully) {
            try? await Task.sleep(nanoseconds: 100_000_000)
            let change = try await storeCall { try services.store.latestChange() }
            if change != seenChange || Date().timeIntervalSince(lastOutboxLook) >= 1 {
                seenChange = change
                lastOutboxLook = Date()
                events = try await storeCall { try outbox.outboundEvents(after: after, limit: Int(limit)) }
            }
        }
        // The very shape of a `frontline events` line and a webhook's body (OutboundEventJSON).
        let objects: [Any] = events.compactMap { event in
            try? JSONSerialization.jsonObject(with: Data(OutboundEventJSON.text(event).utf8))
        }
        return APIJSON.response(["events": objects, "next_after": events.last?.sequence ?? after])
    }
}
