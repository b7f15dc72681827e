import Foundation
import FrontlineCore
import FrontlineStoreAPI

/// TrainingStore methods not yet ported from the SQLite store: each says so rather than answer wrongly.
/// Porting one moves it into its concern's file (see docs/postgres-port-plan.md) and deletes it here.
extension PostgresStore {
    public func makeTraining(at now: Date, seed: UInt64) throws {
        throw StoreError.notYetOnPostgres(method: "TrainingStore.makeTraining")
    }

    public func startTrainingRun(scenario: String, seed: UInt64, speed: Double, rate: Double?, agent: String, at: Date) throws -> Int64 {
        throw StoreError.notYetOnPostgres(method: "TrainingStore.startTrainingRun")
    }

    public func trainingCustomers() throws -> [TrainingCustomer] {
        throw StoreError.notYetOnPostgres(method: "TrainingStore.trainingCustomers")
    }

    public func trainingArrive(run: Int64, visitor: Visitor) throws -> Int64 {
        throw StoreError.notYetOnPostgres(method: "TrainingStore.trainingArrive")
    }

    public func trainingSay(run: Int64, visitor: Int, text: String, at: Date) throws {
        throw StoreError.notYetOnPostgres(method: "TrainingStore.trainingSay")
    }

    public func trainingHangUp(run: Int64, visitor: Int, policy: SLAPolicy, at: Date) throws {
        throw StoreError.notYetOnPostgres(method: "TrainingStore.trainingHangUp")
    }

    public func trainingSights(run: Int64) throws -> [Int: VisitorSight] {
        throw StoreError.notYetOnPostgres(method: "TrainingStore.trainingSights")
    }

    public func trainingRecord(run: Int64, end: Date) throws -> TrainingRecord {
        throw StoreError.notYetOnPostgres(method: "TrainingStore.trainingRecord")
    }

    public func finishTrainingRun(_ run: Int64, score: TrainingScore, at: Date) throws {
        throw StoreError.notYetOnPostgres(method: "TrainingStore.finishTrainingRun")
    }

    public func trainingRuns() throws -> [TrainingRun] {
        throw StoreError.notYetOnPostgres(method: "TrainingStore.trainingRuns")
    }

    public func lastTrainingInstant() throws -> Date? {
        throw StoreError.notYetOnPostgres(method: "TrainingStore.lastTrainingInstant")
    }
}
