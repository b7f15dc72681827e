import Foundation
import FrontlineCore

/// Trainee mode: runs, simulated visitors, their score. Every write refuses
/// (`StoreError.notTraining`) in a database not made for training.
public protocol TrainingStore: TrainingMark {
    /// Marks a new, empty database as a training one and fills it with the demo dataset.
    func makeTraining(at now: Date, seed: UInt64) throws
    func startTrainingRun(scenario: String, seed: UInt64, speed: Double, rate: Double?, agent: String, at: Date) throws -> Int64
    func trainingCustomers() throws -> [TrainingCustomer]
    @discardableResult
    func trainingArrive(run: Int64, visitor: Visitor) throws -> Int64
    func trainingSay(run: Int64, visitor: Int, text: String, at: Date) throws
    func trainingHangUp(run: Int64, visitor: Int, policy: SLAPolicy, at: Date) throws
    func trainingSights(run: Int64) throws -> [Int: VisitorSight]
    func trainingRecord(run: Int64, end: Date) throws -> TrainingRecord
    func finishTrainingRun(_ run: Int64, score: TrainingScore, at: Date) throws
    func trainingRuns() throws -> [TrainingRun]
    func lastTrainingInstant() throws -> Date?
}

extension TrainingStore {
    public func makeTraining(at now: Date, seed: UInt64 = 42) throws {
        try makeTraining(at: now, seed: seed)
    }
}
