import Foundation

/// The response-time rules. Deadlines are derived from stored timestamps, so the same
/// answer comes out whenever, and by whomever, it is asked.
public struct SLAPolicy: Equatable, Sendable {
    public var rules: [TimerKind: TimerRule]
    /// Rules that replace the plain one for a given priority.
    public var priorityRules: [TimerKind: [Priority: TimerRule]]
    public var calendar: WorkingCalendar
    /// Callers who hang up sooner than this are left out of the service level.
    public var shortAbandon: TimeInterval
    /// How long a waiting contact is kept for its owner (or the customer's assigned agent) before
    /// anyone may take it (`OwnerHold`); 0 keeps nothing for anyone.
    public var ownerWait: TimeInterval = 60
    /// How long a contact sent to a group waits for that group's members before anyone may have it.
    public var groupWait: TimeInterval = 120
    /// The departments a question can be handed to, and how long they have to answer (the
    /// e-commerce manual: within 1 h, at most 2 h, never over 24 h).
    public var departments: [String] = ["warehouse", "finance", "technical", "after-sales"]
    public var handoffAnswerWithin: TimeInterval = 3600
    /// The longest answer time a policy may set.
    public static let longestHandoff: TimeInterval = 24 * 3600
    /// The promised-reply time a policy file set; nil means the manuals' half a working day of `calendar`.
    public var promiseTarget: TimeInterval?
    /// The wrap-up codes on offer and whether one is required. Kept with the timers so every
    /// screen and command that reads the policy file gets it the same way.
    public var wrapUp: WrapUpPolicy
    /// The manuals' follow-up rules: members after a service, complaints once or twice.
    public var followUps: FollowUpRules = .standard
    /// When a satisfaction survey is due after a contact (`[satisfaction]`); off by default.
    public var satisfaction: SatisfactionRules = .standard

    public init(rules: [TimerKind: TimerRule] = SLAPolicy.defaultRules, priorityRules: [TimerKind: [Priority: TimerRule]] = [:],
                calendar: WorkingCalendar = .standard, shortAbandon: TimeInterval = 5, promiseTarget: TimeInterval? = nil,
                wrapUp: WrapUpPolicy = .standard) {
        self.rules = rules
        self.wrapUp = wrapUp
        self.promiseTarget = promiseTarget
        self.priorityRules = priorityRules
        self.calendar = calendar
        self.shortAbandon = shortAbandon
    }

    /// The figures of the service manuals.
    public static let defaultRules: [TimerKind: TimerRule] = [
        .pickup: TimerRule(target: 180),
        .chatReply: TimerRule(target: 300),
        .chatMessageGoal: TimerRule(target: 20, enabled: false),
        .emailResponse: TimerRule(target: 4 * 3600, clock: .working, pausable: true),
        .callback: TimerRule(target: 300),
        // Its target is the calendar's half working day unless the policy sets one (`defaultPromise`).
        .promisedReply: TimerRule(target: 4 * 3600, clock: .working),
        .complaintMinor: TimerRule(target: 0, clock: .endOfWorkingDay),
        .complaintMajor: TimerRule(target: 72 * 3600),
        // "Within 3 days": working days of the calendar, unless a policy sets the wall clock.
        .followUp: TimerRule(target: 3 * 86400, clock: .working),
        .firstContact: TimerRule(target: 7 * 86400),
    ]

    public static let standard = SLAPolicy()

    public func rule(_ kind: TimerKind, priority: Priority = .normal) -> TimerRule {
        var rule = priorityRules[kind]?[priority] ?? storedRule(kind)
        // The promise follows the calendar in force, so a shorter working day promises less.
        if kind == .promisedReply, priorityRules[kind]?[priority] == nil { rule.target = defaultPromise }
        // A follow-up's days on the working clock are working days: each counts one working day of the calendar.
        if kind == .followUp, rule.clock == .working { rule.target = rule.target / 86400 * calendar.workingDayLength }
        return rule
    }

    /// The rule as written (a policy file's settings over the built-in ones), before any reading of it by the calendar.
    public func storedRule(_ kind: TimerKind) -> TimerRule {
        rules[kind] ?? Self.defaultRules[kind]!
    }

    // The plain targets, for code that only needs the number.
    public var phonePickup: TimeInterval { rule(.pickup).target }
    public var chatReply: TimeInterval { rule(.chatReply).target }
    public var emailResponse: TimeInterval { rule(.emailResponse).target }
    public var callback: TimeInterval { rule(.callback).target }

    /// A timer of `kind` started at `start`, following this policy's rule and calendar.
    public func timer(_ kind: TimerKind, startedAt start: Date, priority: Priority = .normal,
                      pausedSeconds: TimeInterval = 0, pausedSince: Date? = nil) -> ResponseTimer? {
        let rule = rule(kind, priority: priority)
        guard rule.enabled else { return nil }
        return ResponseTimer(kind: kind, startedAt: start, rule: rule, calendar: calendar,
                             pausedSeconds: pausedSeconds, pausedSince: pausedSince)
    }

    /// The hold of first-question ownership on a waiting contact; nil when it is kept for no one,
    /// or was sent to a group or the supervisors (where it was sent decides who may have it).
    public func ownerHold(on contact: Contact, assignedAgent: String?) -> OwnerHold? {
        guard contact.state == .waiting, contact.escalatedAt == nil, contact.sentToGroup == nil else { return nil }
        return OwnerHold(contact: contact, assignedAgent: assignedAgent, wait: ownerWait)
    }

    /// Who a waiting contact may go to, when it was sent somewhere: escalated, the supervisors;
    /// sent to a group, its members until the group wait is over. Nil: anyone.
    public func audience(of contact: Contact) -> ContactAudience? {
        guard contact.state == .waiting else { return nil }
        if contact.escalatedAt != nil { return .supervisors }
        guard let group = contact.sentToGroup else { return nil }
        return .group(group, openToAllAt: (contact.sentToGroupAt ?? contact.queuedAt) + groupWait)
    }

    /// The timer running on a contact right now, if any.
    public func runningTimer(for contact: Contact) -> ResponseTimer? {
        guard contact.state.isOpen else { return nil }
        let kind: TimerKind
        let start: Date
        switch contact.channel {
        case .phone, .callback:
            guard contact.state == .waiting else { return nil }
            // A follow-up has days to be made, not the 5 minutes of a promised call-back.
            let callbackKind: TimerKind = switch contact.purpose {
            case .firstContact?: .firstContact
            case .followUp?, .memberFollowUp?, .qualityRecall?, .satisfactionCall?: .followUp
            default: .callback
            }
            (kind, start) = (contact.channel == .phone ? .pickup : callbackKind, contact.queuedAt)
        case .chat:
            guard let since = contact.awaitingReplySince else { return nil }
            // A shop that holds itself to the stricter per-message goal is judged by it.
            let goal = rule(.chatMessageGoal, priority: contact.priority)
            (kind, start) = (goal.enabled && goal.target < rule(.chatReply, priority: contact.priority).target ? .chatMessageGoal : .chatReply, since)
        case .email:
            guard contact.firstReplyAt == nil else { return nil }
            (kind, start) = (.emailResponse, contact.queuedAt)
        }
        return timer(kind, startedAt: start, priority: contact.priority,
                     pausedSeconds: contact.pausedSeconds, pausedSince: contact.pausedSince)
    }

    /// Where the contact stands against its running timer at `now`; nil when no timer runs.
    public func status(of contact: Contact, at now: Date) -> SLAStatus? {
        runningTimer(for: contact)?.status(at: now)
    }
}
