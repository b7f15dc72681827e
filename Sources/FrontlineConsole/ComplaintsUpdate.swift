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
        state.complaints.list = summaries
            .filter { !$0.complaint.state.isClosed && ($0.complaint.owner ?? $0.complaint.agent) == me }
            .sorted { ($0.nextDeadline ?? .distantFuture) < ($1.nextDeadline ?? .distantFuture) }
        state.complaints.selection = min(state.complaints.selection, max(0, state.complaints.list.count - 1))
    case .complaintLoaded(let detail):
        state.complaints.open = detail
    case .complaintStepped(let complaint):
        state.message = .info(state.text.complaintNowIn(complaint.id ?? 0, state.text.complaintState(complaint.state)))
        switch state.mode {
        case .complaintPrompt, .followUpScript: state.mode = .complaintDetail
        default: break
        }
        return [.loadComplaints] + (complaint.id.map { [.loadComplaint(id: $0)] } ?? [])
    case .followUpFound(let complaint):
        guard let id = complaint.id else { return [] }
        state.mode = .followUpScript(answer: nil)
        return [.loadComplaint(id: id)]
    default:
        break
    }
    return []
}

func handleComplaintListKey(_ state: inout AppState, _ key: KeyPress) -> [Effect] {
    switch KeyBindings.action(for: key, in: state.mode) {
    case .nextComplaint?:
        state.complaints.selection = min(state.complaints.selection + 1, max(0, state.complaints.list.count - 1))
    case .previousComplaint?:
        state.complaints.selection = max(0, state.complaints.selection - 1)
    case .openComplaint?:
        guard state.complaints.list.indices.contains(state.complaints.selection),
              let id = state.complaints.list[state.complaints.selection].complaint.id else { return [] }
        state.mode = .complaintDetail
        state.complaints.scroll = 0
        state.complaints.open = nil
        return [.loadComplaint(id: id)]
    case .closeComplaints?:
        state.mode = .normal
    default:
        break
    }
    return []
}

func handleComplaintDetailKey(_ state: inout AppState, _ key: KeyPress) -> [Effect] {
    guard let detail = state.complaints.open, let id = detail.complaint.id else {
        if KeyBindings.action(for: key, in: .complaintDetail) == .backToList { state.mode = .complaintList }
        return []
    }
    func step(_ step: ComplaintStep) -> [Effect] { [.applyComplaintStep(id: id, step: step)] }
    func ask(_ purpose: ComplaintPromptPurpose) -> [Effect] {
        // An edit starts from what is there.
        let current: String? = switch purpose {
        case .paraphrase: detail.complaint.paraphrase
        case .cause: detail.complaint.cause
        case .compensation: detail.complaint.compensation
        case .aboutAgent: detail.complaint.aboutAgent
        default: nil
        }
        state.mode = .complaintPrompt(purpose, TextField(current ?? ""))
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
        state.mode = .followUpScript(answer: nil)
    case .archiveComplaint?: return step(.archive)
    case .editParaphrase?: return ask(.paraphrase)
    case .editCause?: return ask(.cause)
    case .editCompensation?: return ask(.compensation)
    case .editAboutAgent?: return ask(.aboutAgent)
    case .scrollComplaintDown?: state.complaints.scroll += 1
    case .scrollComplaintUp?: state.complaints.scroll = max(0, state.complaints.scroll - 1)
    case .backToList?:
        state.mode = .complaintList
        return [.loadComplaints]
    default:
        break
    }
    return []
}

func handleComplaintPromptKey(_ state: inout AppState, _ key: KeyPress) -> [Effect] {
    guard case .complaintPrompt(let purpose, let field) = state.mode else { return [] }
    switch KeyBindings.action(for: key, in: state.mode) {
    case .cancelPrompt?:
        // A follow-up note goes back to the script with its answer still chosen.
        if case .followUpNote(let answer) = purpose {
            state.mode = .followUpScript(answer: answer)
        } else {
            state.mode = .complaintDetail
        }
        return []
    case .confirmPrompt?:
        guard let id = state.complaints.open?.complaint.id else { return [] }
        let text = field.text.trimmingCharacters(in: .whitespaces)
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
        _ = state.mode.typedField?.handle(key)
        return []
    }
}

func handleFollowUpKey(_ state: inout AppState, _ key: KeyPress) -> [Effect] {
    let answer: ComplaintFollowUp.Satisfaction
    switch KeyBindings.action(for: key, in: state.mode) {
    case .answerSatisfied?: answer = .satisfied
    case .answerNeutral?: answer = .neutral
    case .answerDissatisfied?: answer = .dissatisfied
    case .leaveScript?:
        state.mode = .complaintDetail
        return []
    default:
        return []
    }
    state.mode = .complaintPrompt(.followUpNote(answer), TextField())
    return []
}
