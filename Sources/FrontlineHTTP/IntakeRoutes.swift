import Foundation
import FrontlineCore
import FrontlineStoreAPI
import Hummingbird

/// Writes from connectors: contacts, messages, abandoned calls, delivery outcomes.
/// Each reads and checks the whole body before it writes anything.
enum IntakeRoutes {
    static func intake(_ services: APIServices) throws -> any ChannelIntake {
        guard let intake = services.intake else { throw noIntake }
        return intake
    }

    static let noIntake = Problem(.unavailable, "this database cannot take contacts from connectors (the store has no channel intake)")

    /// Written with the other requests of the moment, answered once committed.
    static func groupCommitted(_ request: IntakeRequest, _ services: APIServices) async throws -> IntakeResult {
        guard let commits = services.intakeCommits else { throw noIntake }
        switch await commits.submit(request) {
        case .success(let result): return result
        case .failure(let error): throw StoreProblems.problem(for: error)
        }
    }

    /// 201 with the new contact, 200 when the external id was known (nothing new written).
    static func createContact(_ request: inout Request, _ context: BasicRequestContext, _ services: APIServices) async throws -> Response {
        let object = try await RequestBody.object(&request, limit: services.bodyLimit)
        let now = services.now()
        let contact = try InboundBodies.contact(object, now: now)
        let result = try await groupCommitted(.contact(contact, at: now), services)
        return intakeResponse(result)
    }

    static func addMessage(_ request: inout Request, _ context: BasicRequestContext, _ services: APIServices) async throws -> Response {
        let contactId = try pathId(context, what: "contact")
        let object = try await RequestBody.object(&request, limit: services.bodyLimit)
        let now = services.now()
        let message = try InboundBodies.message(object, contactId: contactId, now: now)
        let result = try await groupCommitted(.message(message, at: now), services)
        return intakeResponse(result)
    }

    /// The caller hung up: the same store call as `frontline abandon`.
    static func abandon(_ request: inout Request, _ context: BasicRequestContext, _ services: APIServices) async throws -> Response {
        let contactId = try pathId(context, what: "contact")
        let object = try await RequestBody.object(&request, limit: services.bodyLimit, optional: true)
        let at = try InboundBodies.abandon(object, now: services.now())
        let contact = try await storeCall { try services.store.abandon(contactId: contactId, policy: services.policy, at: at) }
        return APIJSON.response(["contact_id": contact.id ?? contactId, "state": contact.state.rawValue, "ended_at": APIJSON.time(contact.endedAt)])
    }

    static func delivery(_ request: inout Request, _ context: BasicRequestContext, _ services: APIServices) async throws -> Response {
        let messageId = try pathId(context, what: "message")
        let object = try await RequestBody.object(&request, limit: services.bodyLimit)
        let outcome = try InboundBodies.delivery(object)
        let intake = try intake(services)
        try await storeCall { try intake.acknowledgeDelivery(messageId: messageId, outcome, at: services.now()) }
        switch outcome {
        case .delivered: return APIJSON.response(["message_id": messageId, "status": "delivered", "reason": NSNull()])
        case .failed(let reason): return APIJSON.response(["message_id": messageId, "status": "failed", "reason": reason])
        }
    }

    /// 201 with the new contact or message, 200 when the external id was known. Numbers and
    /// booleans only, so written directly (keys sorted, as `APIJSON` writes them): this is every
    /// connector request's answer, and `JSONSerialization` was a noticeable part of serving one.
    static func intakeResponse(_ result: IntakeResult) -> Response {
        APIJSON.response(text: intakeJSON(result), status: result.created ? .created : .ok)
    }

    static func intakeJSON(_ result: IntakeResult) -> String {
        let message = result.messageId.map(String.init) ?? "null"
        return #"{"contact_id":\#(result.contactId),"created":\#(result.created),"message_id":\#(message),"reopened":\#(result.reopened)}"#
    }
}
