import Foundation
import FrontlineCore
import FrontlineStoreAPI

/// Group commit for the intake routes: requests that arrive while a transaction is being written
/// wait and go into the next one together, so a burst pays one commit (and one wake of every
/// console watching the file) per group, not per request. A lone request is written at once.
/// Each request is answered only after the commit that holds it: an acknowledged request is
/// durable, and one refused (in a savepoint of its own) takes no other down.
final class IntakeGroupCommit: @unchecked Sendable {
    typealias Answer = Result<IntakeResult, StoreError>

    private let intake: any ChannelIntake
    private let policy: SLAPolicy
    /// Keeps one transaction short, so a console's write waits little behind it.
    private let largestGroup: Int
    private let lock = NSLock()
    private var waiting: [(request: IntakeRequest, answer: CheckedContinuation<Answer, Never>)] = []
    private var writing = false

    init(intake: any ChannelIntake, policy: SLAPolicy, largestGroup: Int = 100) {
        self.intake = intake
        self.policy = policy
        self.largestGroup = largestGroup
    }

    /// Requests waiting for the next transaction (for tests).
    var waitingCount: Int { lock.withLock { waiting.count } }

    /// The request's outcome, once the transaction holding it has committed (or failed).
    func submit(_ request: IntakeRequest) async -> Answer {
        await withCheckedContinuation { continuation in
            lock.lock()
            waiting.append((request, continuation))
            let startsWriter = !writing
            writing = true
            lock.unlock()
            // On a Dispatch thread, not the cooperative pool: a write may wait for a console's lock.
            if startsWriter { DispatchQueue.global(qos: .userInitiated).async { self.writeGroups() } }
        }
    }

    /// Writes what waits, group after group, until nothing does.
    private func writeGroups() {
        while true {
            lock.lock()
            let group = Array(waiting.prefix(largestGroup))
            waiting.removeFirst(group.count)
            if group.isEmpty { writing = false }
            lock.unlock()
            if group.isEmpty { return }
            let answers: [Answer]
            do {
                answers = try intake.receive(group.map(\.request), policy: policy)
            } catch {
                let failure = error as? StoreError ?? .sqlite(path: "", message: String(describing: error))
                answers = Array(repeating: .failure(failure), count: group.count)
            }
            for (waiter, answer) in zip(group, answers) { waiter.answer.resume(returning: answer) }
        }
    }
}
