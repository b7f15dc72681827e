import Foundation
import FrontlineCore
import FrontlineStore
import FrontlineStoreAPI
import XCTest
@testable import FrontlineHTTP

/// Intake requests that arrive while a transaction is written share the next one, and each is
/// answered as it alone would be, only once that transaction has committed.
final class GroupCommitTests: APITestCase {
    /// The real store, its first group held until the test has queued the others behind it.
    final class GatedIntake: ChannelIntake, @unchecked Sendable {
        let store: AppDatabase
        let firstEntered = DispatchSemaphore(value: 0)
        let release = DispatchSemaphore(value: 0)
        private let lock = NSLock()
        private var sizes: [Int] = []
        var groupSizes: [Int] { lock.withLock { sizes } }
        init(_ store: AppDatabase) { self.store = store }

        func receive(_ batch: [IntakeRequest], policy: SLAPolicy) throws -> [Result<IntakeResult, StoreError>] {
            let first = lock.withLock { sizes.append(batch.count); return sizes.count == 1 }
            if first {
                firstEntered.signal()
                release.wait()
            }
            return try store.receive(batch, policy: policy)
        }
        func receive(_ contact: InboundContact, policy: SLAPolicy, at now: Date) throws -> IntakeResult { fatalError("grouped only") }
        func receive(_ message: InboundMessage, policy: SLAPolicy, at now: Date) throws -> IntakeResult { fatalError("grouped only") }
        func acknowledgeDelivery(messageId: Int64, _ outcome: DeliveryOutcome, at now: Date) throws {}
    }

    func testRequestsWaitingBehindAWriteShareTheNextTransactionAndAreAnsweredEachAlone() async throws {
        let gated = GatedIntake(store)
        let commits = IntakeGroupCommit(intake: gated, policy: .standard)
        let now = Date()
        let first = Task { await commits.submit(.contact(InboundContact(channel: .chat, from: "first@example.com", text: "hi"), at: now)) }
        gated.firstEntered.wait()
        // 30 new chats, 10 messages to a contact that does not exist, and one chat's retry.
        let answers = try await withThrowingTaskGroup(of: (Int, IntakeGroupCommit.Answer).self) { group in
            for index in 0..<41 {
                let request: IntakeRequest = switch index {
                case 0..<30: .contact(InboundContact(externalId: "c-\(index)", channel: .chat, from: "c\(index)@example.com", text: "hi"), at: now)
                case 30..<40: .message(InboundMessage(contactId: 9_000 + Int64(index), text: "hello?"), at: now)
                default: .contact(InboundContact(externalId: "c-7", channel: .chat, from: "c7@example.com", text: "hi"), at: now)
                }
                group.addTask { (index, await commits.submit(request)) }
            }
            while commits.waitingCount < 41 { try await Task.sleep(nanoseconds: 1_000_000) }
            gated.release.signal()
            return try await group.reduce(into: [Int: IntakeGroupCommit.Answer]()) { $0[$1.0] = $1.1 }
        }
        let firstAnswer = await first.value
        XCTAssertTrue(try firstAnswer.get().created)
        XCTAssertEqual(gated.groupSizes, [1, 41], "everything that waited went in one transaction")
        for index in 0..<30 { XCTAssertEqual(try answers[index]?.get().created, true) }
        for index in 30..<40 {
            guard case .failure(.noSuchContact)? = answers[index] else { return XCTFail("\(String(describing: answers[index]))") }
        }
        XCTAssertEqual(try answers[40]?.get(), IntakeResult(contactId: try answers[7]!.get().contactId,
                                                            messageId: try answers[7]!.get().messageId, created: false))
        XCTAssertEqual(try store.queue(agent: nil).count, 31)
        XCTAssertEqual(try store.outboundEvents(after: 0, limit: 100).count, 31, "an event for each contact, none for the refused")
    }
}
