import FrontlineCore

/// What the console says when a key cannot act now: the reasons the key table's rules give.
extension ConsoleText {
    private func refusal(_ message: ConsoleMessage, _ values: [String: String] = [:]) -> String {
        let text = translation.text(.message(message))
        return values.isEmpty ? text : MessageTemplate(text).filled(values)
    }

    public var noContactSelected: String { refusal(.noContactSelected) }
    public var nothingToOpenHere: String { refusal(.nothingToOpenHere) }
    public var noComplaintToOpen: String { refusal(.noComplaintToOpen) }
    public var complaintLoading: String { refusal(.complaintLoading) }
    public var onlySupervisorApproves: String { refusal(.onlySupervisorApproves) }
    public var promisePassed: String { refusal(.promisePassed) }
    public var noTimerToPause: String { refusal(.noTimerToPause) }
    /// Not a refusal: what declining a ringing call did.
    public var offerDeclined: String { refusal(.offerDeclined) }
    public func timerNotPausable(_ channel: Channel) -> String {
        refusal(.timerNotPausable, ["channel": translation.text(.channelName(channel))])
    }
    public func promiseTooLate(_ time: String, limit: String) -> String { refusal(.promiseTooLate, ["time": time, "limit": limit]) }
    /// A prompt's Enter with nothing typed: `label` is what the prompt asks for.
    public func typeFirst(_ label: String) -> String { refusal(.typeFirst, ["label": label]) }
    public func awayWhileHolding(_ held: Int) -> String { refusal(.awayWhileHolding, ["contacts": translation.contacts(held)]) }
    public func majorNeedsApproval(_ id: Int64) -> String { refusal(.majorNeedsApproval, ["id": "\(id)"]) }
    public func complaintClosed(_ id: Int64) -> String { refusal(.complaintClosed, ["id": "\(id)"]) }

    /// A complaint step out of order: where the complaint stands and what comes next.
    public func complaintNotYet(_ id: Int64, _ state: ComplaintState, _ next: ComplaintNextStep) -> String {
        refusal(.complaintNotYet, ["id": "\(id)", "state": complaintState(state), "next": nextStep(next)])
    }

    /// A follow-up asked for before the solution is carried out.
    public func followUpNotResolved(_ id: Int64, _ state: ComplaintState, _ next: ComplaintNextStep) -> String {
        refusal(.followUpNotResolved, ["id": "\(id)", "state": complaintState(state), "next": nextStep(next)])
    }

    /// What the complaint loop expects next, as the end of a sentence.
    public func nextStep(_ next: ComplaintNextStep) -> String {
        switch next {
        case .judge: refusal(.nextJudge)
        case .assign: refusal(.nextAssign)
        case .propose: refusal(.nextPropose)
        case .offerAndAccept: refusal(.nextOfferAndAccept)
        case .recordAnswer(let id): refusal(.nextRecordAnswer, ["solution": "\(id)"])
        case .approve: refusal(.nextApprove)
        case .implement: refusal(.nextImplement)
        case .followUp: refusal(.nextFollowUp)
        case .followUpOrArchive: refusal(.nextFollowUpOrArchive)
        case .none: refusal(.nextNone)
        }
    }
}
