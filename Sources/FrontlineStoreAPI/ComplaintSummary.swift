import Foundation
import FrontlineCore

/// A complaint as the complaints list shows it: with its customer and its next deadline.
public struct ComplaintSummary: Equatable, Sendable {
    public var complaint: Complaint
    public var customerName: String
    /// Settling it, or the follow-up once resolved; nil once followed up or closed.
    public var nextDeadline: Date?

    public init(complaint: Complaint, customerName: String, nextDeadline: Date?) {
        self.complaint = complaint
        self.customerName = customerName
        self.nextDeadline = nextDeadline
    }

    public func isOverdue(at now: Date) -> Bool { nextDeadline.map { $0 < now } ?? false }
}
