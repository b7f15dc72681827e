import Foundation
import FrontlineCore

/// One follow-up call as `frontline followup list` shows it: the call-back, whose it is, which
/// complaint it follows up (if one), and its answer once it was made.
public struct FollowUpRow: Equatable, Sendable {
    public var contact: Contact
    public var customerName: String
    public var complaintId: Int64?
    public var answer: FollowUpAnswerRecord?

    public init(contact: Contact, customerName: String, complaintId: Int64? = nil, answer: FollowUpAnswerRecord? = nil) {
        self.contact = contact
        self.customerName = customerName
        self.complaintId = complaintId
        self.answer = answer
    }
}

/// Which follow-ups to list.
public enum FollowUpListFilter: Sendable {
    /// Every follow-up, to come, open and done.
    case all
    /// Those whose time has come and that nobody has made yet (waiting or in hand).
    case due
    /// Those made: ended, with their answers.
    case done
}

/// The follow-up calls and what came of them (the manuals: record every follow-up's result).
public protocol FollowUpReads: Sendable {
    /// Follow-up calls (complaint, member and agreed follow-ups) matching `filter` at `now`, newest due first, at most `limit`.
    func followUps(_ filter: FollowUpListFilter, at now: Date, limit: Int) throws -> [FollowUpRow]
    /// The recorded answers of these call-backs that have one, by contact id.
    func followUpAnswers(contactIds: [Int64]) throws -> [Int64: FollowUpAnswerRecord]
}

/// A follow-up call's wrap-up says what came of it (`AgentWork.wrapUp(…, answer:)`); no other contact's does.
public enum FollowUpAnswerRule {
    /// Throws the refusal when `answer` is missing on a follow-up call, or given on any other contact.
    public static func check(_ answer: FollowUpAnswer?, for contact: Contact) throws {
        let contactId = contact.id ?? 0
        let isFollowUp = contact.purpose?.isFollowUp == true
        if isFollowUp, answer == nil {
            throw StoreError.refused("contact \(contactId) is a follow-up call: say what came of it (satisfied, neutral, dissatisfied or unreachable)")
        }
        if !isFollowUp, answer != nil {
            throw StoreError.refused("contact \(contactId) is no follow-up call, so it has no follow-up answer; wrap it up without one")
        }
    }
}
