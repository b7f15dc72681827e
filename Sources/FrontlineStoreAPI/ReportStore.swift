import Foundation
import FrontlineCore

/// Figures for reports and the wall: complaint statistics, the wallboard's input, table counts.
public protocol ReportStore: Sendable {
    func complaintStatistics(from: Date, to: Date, policy: SLAPolicy, at now: Date) throws -> ComplaintStatistics
    func wallboardInput(from start: Date, to end: Date) throws -> WallboardInput
    func counts() throws -> (customers: Int, contacts: Int, orders: Int, complaints: Int)
}
