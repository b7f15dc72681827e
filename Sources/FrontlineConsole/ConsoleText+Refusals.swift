import FrontlineCore

/// What the console says when a key cannot act now: the reasons the key table's rules give.
extension ConsoleText {
    public var noContactSelected: String { say(.noContactSelected) }
    public var nothingToOpenHere: String { say(.nothingToOpenHere) }
    public var noComplaintToOpen: String { say(.noComplaintToOpen) }
    public var complaintLoading: String { say(.complaintLoading) }
    public var onlySupervisorApproves: String { say(.onlySupervisorApproves) }
    public var promisePassed: String { say(.promisePassed) }
    /// The policy asks for more follow-ups of complaint `id` before it is archived.
    public func moreFollowUpsNeeded(_ id: Int64, done: Int, required: Int) -> String {
        say(.moreFollowUpsNeeded, ["id": "\(id)", "done": "\(done)", "required": "\(required)"])
    }
    /// A follow-up cannot be booked then; `next` is the first time that can.
    public func bookingRefused(_ problem: FollowUpBookingProblem, next: String) -> String {
        switch problem {
        case .passed: say(.bookingPassed, ["time": next])
        case .outsideWorkingHours: say(.bookingOffHours, ["time": next])
        case .customerResting: say(.bookingResting, ["time": next])
        }
    }
    public var noTimerToPause: String { say(.noTimerToPause) }
    /// Not a refusal: what declining a ringing call did.
    public var offerDeclined: String { say(.offerDeclined) }
    public func timerNotPausable(_ channel: Channel) -> String {
        say(.timerNotPausable, ["channel": translation.text(.channelName(channel))])
    }
    public func promiseTooLate(_ time: String, limit: String) -> String { say(.promiseTooLate, ["time": time, "limit": limit]) }
    /// A prompt's Enter with nothing typed: `label` is what the prompt asks for.
    public func typeFirst(_ label: String) -> String { say(.typeFirst, ["label": label]) }
    public func awayWhileHolding(_ held: Int) -> String { say(.awayWhileHolding, ["contacts": translation.contacts(held)]) }
    public func majorNeedsApproval(_ id: Int64) -> String { say(.majorNeedsApproval, ["id": "\(id)"]) }
    public func complaintClosed(_ id: Int64) -> String { say(.complaintClosed, ["id": "\(id)"]) }

    /// A complaint step out of order: where the complaint stands and what comes next.
    public func complaintNotYet(_ id: Int64, _ state: ComplaintState, _ next: ComplaintNextStep) -> String {
        say(.complaintNotYet, ["id": "\(id)", "state": complaintState(state), "next": nextStep(next)])
    }

    /// A follow-up asked for before the solution is carried out.
    public func followUpNotResolved(_ id: Int64, _ state: ComplaintState, _ next: ComplaintNextStep) -> String {
        say(.followUpNotResolved, ["id": "\(id)", "state": complaintState(state), "next": nextStep(next)])
    }

    /// What the complaint loop expects next, as the end of a sentence.
    public func nextStep(_ next: ComplaintNextStep) -> String {
        switch next {
        case .judge: say(.nextJudge)
        case .assign: say(.nextAssign)
        case .propose: say(.nextPropose)
        case .offerAndAccept: say(.nextOfferAndAccept)
        case .recordAnswer(let id): say(.nextRecordAnswer, ["solution": "\(id)"])
        case .approve: say(.nextApprove)
        case .implement: say(.nextImplement)
        case .followUp: say(.nextFollowUp)
        case .followUpOrArchive: say(.nextFollowUpOrArchive)
        case .none: say(.nextNone)
        }
    }
}
