import Foundation
import FrontlineCore
import FrontlineStoreAPI

/// QualityStore methods not yet ported from the SQLite store: each says so rather than answer wrongly.
/// Porting one moves it into its concern's file (see docs/postgres-port-plan.md) and deletes it here.
extension PostgresStore {
    public func sampleForQuality(percent: Double, from: Date, to: Date, seed: UInt64, by person: String, at: Date) throws -> QualitySampleResult {
        throw StoreError.notYetOnPostgres(method: "QualityStore.sampleForQuality")
    }

    public func qualityReviews(agent: String?, state: QualityReviewState?, limit: Int) throws -> [QualityReview] {
        throw StoreError.notYetOnPostgres(method: "QualityStore.qualityReviews")
    }

    public func qualityReview(id: Int64) throws -> QualityReview? {
        throw StoreError.notYetOnPostgres(method: "QualityStore.qualityReview")
    }

    public func reviewQuality(id: Int64, by person: Agent, scores: [String: Int], totalPercent: Double, comment: String, at: Date) throws -> QualityReview {
        throw StoreError.notYetOnPostgres(method: "QualityStore.reviewQuality")
    }

    public func disputeQuality(id: Int64, by person: Agent, reason: String, at: Date) throws -> QualityReview {
        throw StoreError.notYetOnPostgres(method: "QualityStore.disputeQuality")
    }

    public func settleQuality(id: Int64, by person: Agent, scores: [String: Int]?, totalPercent: Double?, comment: String, at: Date) throws -> QualityReview {
        throw StoreError.notYetOnPostgres(method: "QualityStore.settleQuality")
    }

    public func qualityScores(from: Date, to: Date) throws -> [String: Double] {
        throw StoreError.notYetOnPostgres(method: "QualityStore.qualityScores")
    }
}
