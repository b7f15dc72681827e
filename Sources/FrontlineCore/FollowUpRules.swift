import Foundation

/// The manuals' follow-up rules as policy (`[follow_up]`): every member followed up after a
/// service (the car-dealer manual: a 100% follow-up rate), and every resolved complaint followed
/// up once or twice (the e-commerce manual: "at least one or two follow-ups").
public struct FollowUpRules: Equatable, Sendable {
    /// Wrapping up a member's contact queues a follow-up call-back (`ContactPurpose.memberFollowUp`).
    public var membersAfterService: Bool
    /// How long after the service the member's follow-up comes due, in days of the working clock
    /// (`86400` = one working day of the calendar), then at the next calling time.
    public var memberDelay: TimeInterval
    /// How many follow-ups a resolved complaint gets, and needs before it may be archived: 1 or 2.
    public var complaintFollowUps: Int
    /// How long after a complaint's follow-up is recorded the next one comes due (when more are
    /// owed), in days of the working clock, then at the next calling time.
    public var complaintSpacing: TimeInterval

    /// What the manuals allow: "at least one or two".
    public static let allowedComplaintFollowUps = 1...2
    /// The longest delay or spacing a policy may set: the follow-up rule's "within 3 days" is the
    /// point, but a team may follow up later; more than a month is surely a typo.
    public static let longestDelay: TimeInterval = 30 * 86400

    public init(membersAfterService: Bool = true, memberDelay: TimeInterval = 86400, complaintFollowUps: Int = 1,
                complaintSpacing: TimeInterval = 86400) {
        self.membersAfterService = membersAfterService
        self.memberDelay = memberDelay
        self.complaintFollowUps = complaintFollowUps
        self.complaintSpacing = complaintSpacing
    }

    public static let standard = FollowUpRules()
}

extension SLAPolicy {
    /// `days` of the working clock (86400 a day) after `start`: each day one working day of the
    /// calendar. From outside working hours the next working day is the first of them, so a service
    /// ended on Friday night is one working day old at Monday's opening, not at Monday's close.
    public func workingDays(_ days: TimeInterval, after start: Date) -> Date {
        let working = days / 86400 * calendar.workingDayLength
        let opening = calendar.adding(workingSeconds: 0, to: start)
        if opening == start { return calendar.adding(workingSeconds: working, to: start) }
        return calendar.adding(workingSeconds: max(0, working - calendar.workingDayLength), to: opening)
    }

    /// When the follow-up of a member's `contact`, ended at `endedAt`, comes due; nil when none is
    /// owed: the rule is off, the customer is no member, a complaint was filed on it (the complaint
    /// loop follows that up) or the contact was itself a follow-up call. Due `memberDelay` of
    /// working time later, at the first instant inside the calendar and outside `isQuiet` (the
    /// customer's rest).
    public func memberFollowUpTime(for contact: Contact, customer: Customer, complaintFiled: Bool, endedAt: Date,
                                   isQuiet: (Date) -> Bool = { _ in false }) -> Date? {
        guard followUps.membersAfterService, customer.isMember, !complaintFiled else { return nil }
        if contact.purpose?.isFollowUp == true { return nil }
        return callingTime(atOrAfter: workingDays(followUps.memberDelay, after: endedAt), isQuiet: isQuiet)
    }

    /// When a member's follow-up call nobody answered at `answeredAt` is tried again: a working
    /// day later, at the first calling time outside `isQuiet` (the customer's rest).
    public func memberFollowUpRetryTime(after answeredAt: Date, isQuiet: (Date) -> Bool = { _ in false }) -> Date {
        callingTime(atOrAfter: workingDays(86400, after: answeredAt), isQuiet: isQuiet)
    }

    /// When a complaint's next follow-up comes due after one was recorded at `recordedAt`; nil when
    /// it has had the `complaintFollowUps` the policy asks for.
    public func nextComplaintFollowUpTime(after recordedAt: Date, followUpsSoFar: Int, isQuiet: (Date) -> Bool = { _ in false }) -> Date? {
        guard followUpsSoFar < followUps.complaintFollowUps else { return nil }
        return callingTime(atOrAfter: workingDays(followUps.complaintSpacing, after: recordedAt), isQuiet: isQuiet)
    }
}
