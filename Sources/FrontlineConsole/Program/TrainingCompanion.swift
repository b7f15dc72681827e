import Foundation
import FrontlineCore
import FrontlineStoreAPI

/// Runs the trainee simulator beside the console: each pass it shows the simulator what the
/// store holds and writes what the simulated customers do through the training-only store API.
/// Tests drive the same object with a hand-stepped clock.
public final class TrainingCompanion: ConsoleCompanion {
    public let run: Int64
    public private(set) var simulator: TrainingSimulator
    private let database: any TrainingStore
    private let policy: SLAPolicy
    /// The feed reported something the simulator watches since it last looked; an idle pass reads nothing.
    private var sightsChanged = true
    /// A write the store refused, kept for the caller (the console shows nothing of it).
    public private(set) var lastError: Error?

    public init(run: Int64, simulator: TrainingSimulator, database: any TrainingStore, policy: SLAPolicy) {
        self.run = run
        self.simulator = simulator
        self.database = database
        self.policy = policy
    }

    public func step(at now: Date, changes: Set<ChangeTopic>) -> Date? {
        if interest.followsAny(changes) { sightsChanged = true }
        if !sightsChanged, simulator.nextWake.map({ $0 > now }) ?? true { return simulator.nextWake }
        sightsChanged = false
        do {
            for action in simulator.step(at: now, sights: try database.trainingSights(run: run)) {
                // One refused write (a chat wrapped up a moment ago) must not stop the others.
                do { try apply(action) } catch { lastError = error }
            }
        } catch {
            lastError = error
        }
        return simulator.nextWake
    }

    /// The simulated customers see their contacts: queued, taken, answered, wrapped up.
    public var interest: TopicInterest { Self.reads }
    private static let reads = TopicInterest(kinds: [.queue, .contact, .training])

    private func apply(_ action: SimAction) throws {
        switch action {
        case .arrive(let visitor):
            try database.trainingArrive(run: run, visitor: visitor)
        case .say(let visitor, let text, let at):
            try database.trainingSay(run: run, visitor: visitor, text: text, at: at)
        case .hangUp(let visitor, let at):
            try database.trainingHangUp(run: run, visitor: visitor, policy: policy, at: at)
        }
    }
}
