import Foundation
import FrontlineCore
import FrontlineScreen
import FrontlineStoreAPI

// The complaints view: the list of this agent's open complaints, one complaint with its
// next steps on keys, the prompts those steps need, and the follow-up call script.

func handleComplaintMessage(_ state: inout AppState, _ msg: Msg) -> [Effect] {
    switch msg {
    case .complaintsLoaded(let summaries):
        let me = state.agent.name
        state.complaintList = summaries
            .filter { !$0.complaint.state.isClosed && ($0.complaint.owner ?? $0.complaint.agent) == me }
            .sorted { ($0.nextDeadline ?? .distantFuture) < ($1.nextDeadline ?? .distantFuture) }
        state.complaintSelection = min(state.complaintSelection, max(0, state.complaintList.count - 1))
    case .complaintLoaded(let detail):
        state.openComplaint = detail
    case .complaintStepped(let complaint):
        state.message = .info(state.text.complaintNowIn(complaint.id ?? 0, state.text.complaintState(complaint.state)))
        if state.mode == .complaintPrompt || state.mode == .followUpScript { state.mode = .complaintDetail }
        return [.loadComplaints] + (complaint.id.map { [.loadComplaint(id: $0)] } ?? [])
    case .followUpFound(let complaint):
        guard let id = complaint.id else { return [] }
        state.mode = .followUpScript
        state.followUpSatisfaction = nil
        return [.loadComplaint(id: id)]
    default:
        break
    }
    return []
}

func handleComplaintListKey(_ state: inout AppState, _ key: KeyPress) -> [Effect] {
    switch KeyBindings.action(for: key, in: .complaintList) {
    case .nextComplaint?:
        state.complaintSelection = min(state.complaintSelection + 1, max(0, state.complaintList.count - 1))
    case .previousComplaint?:
        state.complaintSelection = max(0, state.complaintSelection - 1)
    case .openComplaint?:
        guard state.complaintList.indices.contains(state.complaintSelection),
              let id = state.complaintList[state.complaintSelection].complaint.id else { return [] }
        state.mode = .complaintDetail
        state.complaintScroll = 0
        state.openComplaint = nil
        return [.loadComplaint(id: id)]
    case .closeComplaints?:
        state.mode = .normal
    default:
        break
    }
    return []
}

func handleComplaintDetailKey(_ state: inout AppState, _ key: KeyPress) -> [Effect] {
    guard let detail = state.openComplaint, let id = detail.complaint.id else {
        if KeyBindings.action(for: key, in: .complaintDetail) == .backToList { state.mode = .complaintList }
        return []
    }
    func step(_ step: ComplaintStep) -> [Effect] { [.applyComplaintStep(id: id, step: step)] }
    func ask(_ purpose: ComplaintPromptPurpose) -> [Effect] {
        state.complaintPromptPurpose = purpose
        // An edit starts from what is there.
        let current: String? = switch purpose {
        case .paraphrase: detail.complaint.paraphrase
        case .cause: detail.complaint.cause
        case .compensation: detail.complaint.compensation
        case .aboutAgent: detail.complaint.aboutAgent
        default: nil
        }
        state.complaintPrompt = TextField(current ?? "")
        state.mode = .complaintPrompt
        return []
    }
    switch KeyBindings.action(for: key, in: .complaintDetail) {
    case .judgeValid?: return step(.judge(valid: true, explanation: nil))
    case .judgeInvalid?: return ask(.rejectionExplanation)
    case .assignToMe?: return ask(.department)
    case .proposeSolution?: return ask(.solution)
    case .offerSolution?:
        guard let solution = detail.nextToOffer?.id else {
            state.message = .error(state.text.noSolutionToOffer)
            return []
        }
        return step(.offer(solutionId: solution))
    case .refuseSolution?, .acceptSolution?:
        guard let solution = detail.offered?.id else {
            state.message = .error(state.text.noSolutionOffered)
            return []
        }
        return step(key == .char("y") ? .accept(solutionId: solution) : .refuse(solutionId: solution))
    case .approveComplaint?: return step(.approve)
    case .implementComplaint?: return step(.implement)
    case .followUpCall?:
        state.mode = .followUpScript
        state.followUpSatisfaction = nil
    case .archiveComplaint?: return step(.archive)
    case .editParaphrase?: return ask(.paraphrase)
    case .editCause?: return ask(.cause)
    case .editCompensation?: return ask(.compensation)
    case .editAboutAgent?: return ask(.aboutAgent)
    case .scrollComplaintDown?: state.complaintScroll += 1
    case .scrollComplaintUp?: state.complaintScroll = max(0, state.complaintScroll - 1)
    case .backToList?:
        state.mode = .complaintList
        return [.loadComplaints]
    default:
        break
    }
    return []
}

func handleComplaintPromptKey(_ state: inout AppState, _ key: KeyPress) -> [Effect] {
    switch KeyBindings.action(for: key, in: .complaintPrompt) {
    case .cancelPrompt?:
        state.mode = state.complaintPromptPurpose.map { if case .followUpNote = $0 { return .followUpScript } else { return .complaintDetail } }
            ?? .complaintDetail
        return []
    case .confirmPrompt?:
        guard let id = state.openComplaint?.complaint.id, let purpose = state.complaintPromptPurpose else { return [] }
        let text = state.complaintPrompt.text.trimmingCharacters(in: .whitespaces)
        switch purpose {
        case .rejectionExplanation: return [.applyComplaintStep(id: id, step: .judge(valid: false, explanation: text))]
        case .department: return [.applyComplaintStep(id: id, step: .assign(department: text, owner: state.agent.name))]
        case .solution: return [.applyComplaintStep(id: id, step: .proposeSolution(text))]
        case .followUpNote(let satisfaction):
            return [.applyComplaintStep(id: id, step: .followUp(satisfaction: satisfaction, note: text.isEmpty ? nil : text))]
        // The paraphrase is written after reading it back to the customer, so it is confirmed.
        case .paraphrase: return [.applyComplaintStep(id: id, step: .edit(.paraphrase(text, confirmed: true)))]
        case .cause: return [.applyComplaintStep(id: id, step: .edit(.cause(text.isEmpty ? nil : text)))]
        case .compensation: return [.applyComplaintStep(id: id, step: .edit(.compensation(text.isEmpty ? nil : text)))]
        case .aboutAgent: return [.applyComplaintStep(id: id, step: .edit(.aboutAgent(text.isEmpty ? nil : text)))]
        }
    default:
        _ = state.complaintPrompt.handle(key)
        return []
    }
}

func handleFollowUpKey(_ state: inout AppState, _ key: KeyPress) -> [Effect] {
    let answer: ComplaintFollowUp.Satisfaction
    switch KeyBindings.action(for: key, in: .followUpScript) {
    case .answerSatisfied?: answer = .satisfied
    case .answerNeutral?: answer = .neutral
    case .answerDissatisfied?: answer = .dissatisfied
    case .leaveScript?:
        state.mode = .complaintDetail
        return []
    default:
        return []
    }
    state.followUpSatisfaction = answer
    state.complaintPromptPurpose = .followUpNote(answer)
    state.complaintPrompt.clear()
    state.mode = .complaintPrompt
    return []
}
