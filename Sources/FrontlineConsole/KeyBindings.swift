import FrontlineCore
import FrontlineScreen

/// The key table of the console, per input mode. Nothing needs a function key.
public enum KeyBindings {
    public static let normal: [Binding] = [
        Binding([.char("n")], "n", .takeNext),
        Binding([.enter], "Enter", .takeOrOpen, whyNot: KeyRules.takeOrOpen),
        Binding([.char("r")], "r", .reply, whyNot: KeyRules.reply),
        Binding([.char("/")], "/", .filterPhrases),
        Binding([.char("c")], "c", .complaint),
        Binding([.char("w")], "w", .wrapUp, whyNot: KeyRules.wrapUp),
        Binding([.char("p")], "p", .pauseOrResume, inBar: false, whyNot: KeyRules.pauseOrResume),
        Binding([.char("b")], "b", .promise, inBar: false, whyNot: KeyRules.promise),
        Binding([.char("f")], "f", .bookFollowUp, inBar: false, whyNot: KeyRules.bookFollowUp),
        Binding([.char("i")], "i", .addNote, inBar: false, whyNot: KeyRules.addNote),
        Binding([.char("R")], "R", .resendFailed, inBar: false, whyNot: KeyRules.resendFailed),
        Binding([.char("t")], "t", .transfer, inBar: false, whyNot: KeyRules.handOver),
        Binding([.char("E")], "E", .escalate, inBar: false, whyNot: KeyRules.handOver),
        Binding([.char("h")], "h", .handOff, inBar: false, whyNot: KeyRules.handOver),
        Binding([.char("u")], "u", .editCustomer, inBar: false, whyNot: KeyRules.editCustomer),
        Binding([.char("v")], "v", .openComplaints, inBar: false),
        Binding([.tab], "Tab", .nextPane),
        Binding([.backTab], "Shift-Tab", .previousPane, inBar: false),
        Binding([.char("j"), .down], "j/↓", .moveDown, inBar: false),
        Binding([.char("k"), .up], "k/↑", .moveUp, inBar: false),
        Binding([.char("s")], "s", .pickState),
        Binding([.char("e")], "e", .endWrapUp, inBar: false, whyNot: KeyRules.endWrapUp),
        Binding([.char("a")], "a", .acceptOffer, inBar: false, whyNot: KeyRules.answerOffer),
        Binding([.char("x")], "x", .declineOffer, inBar: false, whyNot: KeyRules.answerOffer),
        Binding([.char("?")], "?", .help),
        Binding([.char("q"), .ctrl("c")], "q", .quit),
    ]

    /// The state picker: one key per state, the away reasons by their initials.
    public static let pickingState: [Binding] = [
        Binding([.char("a")], "a", .becomeAvailable),
        Binding([.char("b")], "b", .awayBreak),
        Binding([.char("l")], "l", .awayLunch),
        Binding([.char("t")], "t", .awayTraining),
        Binding([.char("c")], "c", .awayCoaching),
        Binding([.char("h")], "h", .awayTechnical),
        Binding([.char("p")], "p", .awayPrivate),
        Binding([.char("o")], "o", .logOut),
        Binding([.escape, .char("s"), .char("q")], "Esc", .closeStatePicker),
    ]

    public static let readingHandover: [Binding] = [
        Binding([.enter, .escape, .char(" ")], "Enter/Esc", .dismissHandover),
    ]

    public static let writingHandover: [Binding] = [
        Binding([.enter], "Enter", .saveHandover),
        Binding([.escape], "Esc", .cancelLogOut),
    ]

    /// The away reason each picker key sets.
    static func awayReason(for action: Action) -> AwayReason? {
        switch action {
        case .awayBreak: .break
        case .awayLunch: .lunch
        case .awayTraining: .training
        case .awayCoaching: .coaching
        case .awayTechnical: .technical
        case .awayPrivate: .private
        default: nil
        }
    }

    public static let replying: [Binding] = [
        Binding([.enter], "Enter", .send, whyNot: KeyRules.send),
        Binding([.escape], "Esc", .stopReplying),
        Binding([.up, .down], "/ ↑/↓", .pickPhrase, inBar: false),
        Binding([.ctrl("s")], "Ctrl-S", .saveAsPhrase, inBar: false, whyNot: KeyRules.saveAsPhrase),
        Binding([.left, .right, .home, .end], "←/→ Home/End", .moveCursor, inBar: false),
        Binding([.backspace, .delete, .ctrl("w"), .ctrl("u")], "Ctrl-W/Ctrl-U", .deleteText, inBar: false),
    ]

    public static let fillingPhrase: [Binding] = [
        Binding([.enter], "Enter", .confirmFill, whyNot: KeyRules.confirmFill),
        Binding([.escape], "Esc", .cancelFill),
    ]

    public static let wordingWarning: [Binding] = [
        Binding([.char("e"), .escape, .enter], "e/Esc", .editReply),
        Binding([.char("y")], "y", .sendAnyway, whyNot: KeyRules.sendAnyway),
    ]

    public static let promising: [Binding] = [
        Binding([.enter], "Enter", .confirmPromise, whyNot: KeyRules.confirmPromise),
        Binding([.escape], "Esc", .cancelPromise),
    ]

    public static let bookingFollowUp: [Binding] = [
        Binding([.enter], "Enter", .confirmBooking, whyNot: KeyRules.confirmBooking),
        Binding([.escape], "Esc", .cancelBooking),
    ]

    /// The wrap-up box: letters and digits find a code (or type the summary), Space picks.
    public static let wrappingUp: [Binding] = [
        Binding([.enter], "Enter", .confirmWrapUp, whyNot: KeyRules.confirmWrapUp),
        Binding([.char(" ")], "Space", .toggleWrapUpChoice, whyNot: KeyRules.toggleWrapUpChoice),
        Binding([.tab], "Tab", .nextWrapUpField),
        Binding([.backTab], "Shift-Tab", .previousWrapUpField, inBar: false),
        Binding([.down, .ctrl("n")], "↓/Ctrl-N", .nextWrapUpCode, inBar: false),
        Binding([.up, .ctrl("p")], "↑/Ctrl-P", .previousWrapUpCode, inBar: false),
        Binding([.escape], "Esc", .cancelWrapUp),
    ]

    public static let writingNote: [Binding] = [
        Binding([.enter], "Enter", .saveNote),
        Binding([.escape], "Esc", .cancelNote),
    ]

    public static let handingOver: [Binding] = [
        Binding([.enter], "Enter", .confirmHandOver, whyNot: KeyRules.confirmHandOver),
        Binding([.escape], "Esc", .cancelHandOver),
    ]

    /// Editing the customer file: one field at a time, its current value typed in.
    public static let editingCustomer: [Binding] = [
        Binding([.enter], "Enter", .saveCustomerField, whyNot: KeyRules.saveCustomerField),
        Binding([.tab, .down], "Tab/↓", .nextCustomerField),
        Binding([.backTab, .up], "Shift-Tab/↑", .previousCustomerField, inBar: false),
        Binding([.escape], "Esc", .cancelCustomerEdit),
    ]

    public static let filteringPhrases: [Binding] = [
        Binding([.enter], "Enter", .insertPhrase, whyNot: KeyRules.insertPhrase),
        Binding([.down, .ctrl("n")], "↓/Ctrl-N", .nextPhrase),
        Binding([.up, .ctrl("p")], "↑/Ctrl-P", .previousPhrase),
        Binding([.tab], "Tab", .switchPhraseLanguage),
        Binding([.escape], "Esc", .clearFilter),
    ]

    public static let editingComplaint: [Binding] = [
        Binding([.tab, .down], "Tab/↓", .nextField),
        Binding([.backTab, .up], "Shift-Tab/↑", .previousField, inBar: false),
        Binding([.char(" "), .left, .right], "Space ←/→", .changeChoice),
        Binding([.ctrl("s")], "Ctrl-S", .submitComplaint),
        Binding([.escape], "Esc", .leaveForm),
    ]

    public static let complaintList: [Binding] = [
        Binding([.enter], "Enter", .openComplaint, whyNot: KeyRules.openComplaint),
        Binding([.char("j"), .down], "j/↓", .nextComplaint),
        Binding([.char("k"), .up], "k/↑", .previousComplaint),
        Binding([.escape, .char("v"), .char("q")], "Esc", .closeComplaints),
    ]

    /// The complaint loop's steps, each allowed when Core's lifecycle allows it on the open complaint.
    public static let complaintDetail: [Binding] = [
        Binding([.char("v")], "v", .judgeValid, whyNot: { KeyRules.complaintStep($0) { _ in .judge(valid: true, explanation: nil) } }),
        Binding([.char("x")], "x", .judgeInvalid, whyNot: { KeyRules.complaintStep($0) { _ in .judge(valid: false, explanation: "-") } }),
        Binding([.char("a")], "a", .assignToMe, whyNot: { state in
            KeyRules.complaintStep(state) { _ in .assign(department: "-", owner: state.agent.name) }
        }),
        Binding([.char("s")], "s", .proposeSolution, whyNot: { KeyRules.complaintStep($0) { _ in .proposeSolution("-") } }),
        Binding([.char("o")], "o", .offerSolution, whyNot: { state in
            KeyRules.complaintStep(state, missing: state.text.noSolutionToOffer) { $0.nextToOffer?.id.map { .offer(solutionId: $0) } }
        }),
        Binding([.char("f")], "f", .refuseSolution, whyNot: { state in
            KeyRules.complaintStep(state, missing: state.text.noSolutionOffered) { $0.offered?.id.map { .refuse(solutionId: $0) } }
        }),
        Binding([.char("y")], "y", .acceptSolution, whyNot: { state in
            KeyRules.complaintStep(state, missing: state.text.noSolutionOffered) { $0.offered?.id.map { .accept(solutionId: $0) } }
        }),
        Binding([.char("p")], "p", .approveComplaint, whyNot: { KeyRules.complaintStep($0) { _ in .approve } }),
        Binding([.char("i")], "i", .implementComplaint, whyNot: { KeyRules.complaintStep($0) { _ in .implement } }),
        Binding([.char("u")], "u", .followUpCall, whyNot: { KeyRules.complaintStep($0) { _ in .followUp(satisfaction: .satisfied, note: nil) } }),
        Binding([.char("z")], "z", .archiveComplaint, whyNot: { KeyRules.complaintStep($0) { _ in .archive } }),
        Binding([.char("d")], "d", .editParaphrase, inBar: false, whyNot: { KeyRules.complaintStep($0) { _ in .edit(.cause(nil)) } }),
        Binding([.char("c")], "c", .editCause, inBar: false, whyNot: { KeyRules.complaintStep($0) { _ in .edit(.cause(nil)) } }),
        Binding([.char("m")], "m", .editCompensation, inBar: false, whyNot: { KeyRules.complaintStep($0) { _ in .edit(.cause(nil)) } }),
        Binding([.char("g")], "g", .editAboutAgent, inBar: false, whyNot: { KeyRules.complaintStep($0) { _ in .edit(.cause(nil)) } }),
        Binding([.char("j"), .down], "j/↓", .scrollComplaintDown, inBar: false),
        Binding([.char("k"), .up], "k/↑", .scrollComplaintUp, inBar: false),
        Binding([.escape, .char("q")], "Esc", .backToList),
    ]

    public static let complaintPrompt: [Binding] = [
        Binding([.enter], "Enter", .confirmPrompt, whyNot: KeyRules.confirmPrompt),
        Binding([.escape], "Esc", .cancelPrompt),
    ]

    public static let followUpScript: [Binding] = [
        Binding([.char("1")], "1", .answerSatisfied),
        Binding([.char("2")], "2", .answerNeutral),
        Binding([.char("3")], "3", .answerDissatisfied),
        Binding([.escape], "Esc", .leaveScript),
    ]

    public static let confirmingQuit: [Binding] = [
        Binding([.char("y")], "y", .confirmQuit),
        Binding([.char("n"), .escape], "n/Esc", .keepWorking),
    ]

    /// Going away while holding contacts: they stay with the agent, so the agent confirms.
    public static let confirmingAway: [Binding] = [
        Binding([.char("y")], "y", .confirmAway),
        Binding([.char("n"), .escape], "n/Esc", .keepWorking),
    ]

    public static let help: [Binding] = [
        Binding([.char("j"), .down], "j/↓", .scrollHelpDown),
        Binding([.char("k"), .up], "k/↑", .scrollHelpUp, inBar: false),
        Binding([.escape, .char("?"), .char("q"), .enter], "Esc/?", .closeHelp),
    ]

    public static func table(for mode: InputMode) -> [Binding] {
        switch mode {
        case .normal: normal
        case .replying: replying
        case .wordingWarning: wordingWarning
        case .fillingPhrase: fillingPhrase
        case .promising: promising
        case .bookingFollowUp: bookingFollowUp
        case .writingNote: writingNote
        case .handingOver: handingOver
        case .editingCustomer: editingCustomer
        case .filteringPhrases: filteringPhrases
        case .editingComplaint: editingComplaint
        case .complaintList: complaintList
        case .complaintDetail: complaintDetail
        case .complaintPrompt: complaintPrompt
        case .followUpScript: followUpScript
        case .confirmingQuit: confirmingQuit
        case .confirmingAway: confirmingAway
        case .help: help
        case .readingHandover: readingHandover
        case .pickingState: pickingState
        case .writingHandover: writingHandover
        case .wrappingUp: wrappingUp
        }
    }

    public static func binding(for key: KeyPress, in mode: InputMode) -> Binding? {
        table(for: mode).first { $0.keys.contains(key) }
    }

    public static func action(for key: KeyPress, in mode: InputMode) -> Action? {
        binding(for: key, in: mode)?.action
    }

    /// Why `key` cannot act in the state's mode now; nil when it is no key there or it may act.
    static func refusal(for key: KeyPress, in state: AppState) -> String? {
        binding(for: key, in: state.mode)?.whyNot(state)
    }

    /// The keys of the state's mode the bar offers now: those with room there and no reason against them.
    static func barBindings(_ state: AppState) -> [Binding] {
        table(for: state.mode).filter { $0.inBar && $0.whyNot(state) == nil }
    }

    /// The tables the help overlay and the README show, in this order.
    /// Each mode as it starts; a table depends only on the mode, never on what is typed in it.
    public static let sections: [InputMode] = [.normal, .wrappingUp(WrapUpForm(contactId: 0)), .replying, .wordingWarning, .promising(TextField()),
                                               .bookingFollowUp(TextField()),
                                               .writingNote(contactId: 0, note: TextField()),
                                               .handingOver(.transferTarget, contactId: 0, field: TextField()),
                                               .editingCustomer(CustomerFieldEdit(customerId: 0, field: .name, value: TextField())),
                                               .filteringPhrases,
                                               .editingComplaint, .complaintList, .complaintDetail, .followUpScript(answer: nil),
                                               .pickingState, .writingHandover(note: TextField())]

    /// The key table as Markdown, for the README (in English).
    public static func markdown(_ text: ConsoleText = EnglishText()) -> String {
        var out = ""
        for mode in sections {
            out += "**\(text.sectionTitle(mode))**\n\n| key | what it does |\n|---|---|\n"
            for binding in table(for: mode) {
                out += "| `\(binding.keyLabel)` | \(text.help(binding.action)) |\n"
            }
            out += "\n"
        }
        return out
    }
}
