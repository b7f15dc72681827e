import FrontlineCore

/// What keys mean right now. Text-entry modes take letters as text. A mode carries the scratch
/// state only it uses (the field being typed, the answer chosen), so leaving the mode drops it:
/// no half-typed promise or stale prompt can linger for the next time.
public enum InputMode: Equatable, Sendable {
    /// Keys are commands.
    case normal
    /// Typing a reply to the active chat.
    case replying
    /// Typing a filter for the phrases pane.
    case filteringPhrases
    /// The wording guard flagged the reply: edit it or send it anyway.
    case wordingWarning
    /// Answering what a phrase being inserted needs (`{{?label}}`, `{{promised_time}}`): the
    /// phrase with the answers so far, and the answer being typed.
    case fillingPhrase(PhraseFill, answer: TextField)
    /// Typing the time a reply is promised by.
    case promising(TextField)
    /// Typing the time (and what was agreed) of a follow-up booked with the customer on screen.
    case bookingFollowUp(TextField)
    /// Typing an internal note on the contact that was on screen when the note was begun.
    case writingNote(contactId: Int64, note: TextField)
    /// Passing the contact in hand on: typing whom to (an agent or a group), then the note for them;
    /// or the reason an escalation needs a supervisor.
    case handingOver(HandOverStep, contactId: Int64, field: TextField)
    /// Filling in the complaint form.
    case editingComplaint
    /// The list of this agent's open complaints.
    case complaintList
    /// One complaint, with its next steps on keys.
    case complaintDetail
    /// Typing a line the next complaint step needs (an explanation, a department, a solution, a note).
    case complaintPrompt(ComplaintPromptPurpose, TextField)
    /// Walking through the follow-up call; `answer` is the satisfaction chosen, once chosen.
    case followUpScript(answer: ComplaintFollowUp.Satisfaction?)
    /// Asking whether to quit while contacts are still held.
    case confirmingQuit
    /// Asking whether to go away for `reason` while contacts are still held.
    case confirmingAway(AwayReason)
    /// The key help overlay, scrolled to its `scroll`th line.
    case help(scroll: Int)
    /// The last shift's handover note, shown at login until dismissed.
    case readingHandover
    /// Choosing available, an away reason, or logging out.
    case pickingState
    /// Writing the handover note before logging out.
    case writingHandover(note: TextField)
    /// Saying what the contact was about before it ends: codes, outcome, summary.
    case wrappingUp(WrapUpForm)
    /// Typing a new value for one field of the customer file on screen.
    case editingCustomer(CustomerFieldEdit)
}

extension InputMode {
    /// Modes drawn as the complaints view instead of the four panes.
    var isComplaintView: Bool {
        switch self {
        case .complaintList, .complaintDetail, .complaintPrompt, .followUpScript: true
        default: false
        }
    }

    /// The follow-up script stands beside the complaint while it is walked through and while its note is typed.
    var showsFollowUpScript: Bool {
        switch self {
        case .followUpScript, .complaintPrompt(.followUpNote, _): true
        default: false
        }
    }

    /// The satisfaction chosen in the follow-up script, once chosen.
    var followUpAnswer: ComplaintFollowUp.Satisfaction? {
        switch self {
        case .followUpScript(let answer): answer
        case .complaintPrompt(.followUpNote(let answer), _): answer
        default: nil
        }
    }
}

extension InputMode {
    /// The line typed in this mode, for the modes that carry their own (a promised time, a phrase's
    /// answer, a complaint step's text, the handover note). Editing it edits the mode, so keys and
    /// pastes need not take the mode apart and put it back together.
    var typedField: TextField? {
        get {
            switch self {
            case .promising(let field), .bookingFollowUp(let field), .fillingPhrase(_, answer: let field), .complaintPrompt(_, let field),
                 .writingHandover(note: let field), .writingNote(_, note: let field), .handingOver(_, _, field: let field): field
            case .editingCustomer(let edit): edit.value
            default: nil
            }
        }
        set {
            guard let field = newValue else { return }
            switch self {
            case .promising: self = .promising(field)
            case .bookingFollowUp: self = .bookingFollowUp(field)
            case .fillingPhrase(let fill, _): self = .fillingPhrase(fill, answer: field)
            case .complaintPrompt(let purpose, _): self = .complaintPrompt(purpose, field)
            case .writingHandover: self = .writingHandover(note: field)
            case .writingNote(let contactId, _): self = .writingNote(contactId: contactId, note: field)
            case .handingOver(let step, let contactId, _): self = .handingOver(step, contactId: contactId, field: field)
            case .editingCustomer(var edit):
                edit.value = field
                self = .editingCustomer(edit)
            default: break
            }
        }
    }
}
