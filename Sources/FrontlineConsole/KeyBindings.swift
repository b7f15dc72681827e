import FrontlineScreen

/// The key table of the console, per input mode. Nothing needs a function key.
public enum KeyBindings {
    public static let normal: [Binding] = [
        Binding([.char("n")], "n", .takeNext, short: "next", help: "Take the next most urgent contact"),
        Binding([.enter], "Enter", .takeOrOpen, short: "take",
                help: "Take the selected contact (or work on a held one); in other panes, open"),
        Binding([.char("r")], "r", .reply, short: "reply", help: "Reply to the active chat or email"),
        Binding([.char("/")], "/", .filterPhrases, short: "phrases", help: "Filter the phrases as you type"),
        Binding([.char("c")], "c", .complaint, short: "complaint", help: "Open the complaint form for the customer"),
        Binding([.char("w")], "w", .wrapUp, short: "wrap up", help: "Wrap up the active contact"),
        Binding([.char("p")], "p", .pauseOrResume, short: "pause", help: "Pause or resume the active contact's timer, where the policy allows", inBar: false),
        Binding([.char("b")], "b", .promise, short: "promise", help: "Promise a reply time; a call-back comes due then", inBar: false),
        Binding([.tab], "Tab", .nextPane, short: "pane", help: "Next pane"),
        Binding([.backTab], "Shift-Tab", .previousPane, short: "", help: "Previous pane", inBar: false),
        Binding([.char("j"), .down], "j/↓", .moveDown, short: "", help: "Move down in the pane", inBar: false),
        Binding([.char("k"), .up], "k/↑", .moveUp, short: "", help: "Move up in the pane", inBar: false),
        Binding([.char("?")], "?", .help, short: "help", help: "Show all keys"),
        Binding([.char("q"), .ctrl("c")], "q", .quit, short: "quit", help: "Quit (asks first while you hold a contact)"),
    ]

    public static let replying: [Binding] = [
        Binding([.enter], "Enter", .send, short: "send", help: "Send the reply to the customer"),
        Binding([.escape], "Esc", .cancel, short: "cancel", help: "Stop typing; the text stays for later"),
        Binding([.left, .right, .home, .end], "←/→ Home/End", .editText, short: "",
                help: "Move the cursor, or jump to the start or the end", inBar: false),
        Binding([.backspace, .delete, .ctrl("w"), .ctrl("u")], "Ctrl-W/Ctrl-U", .editText, short: "",
                help: "Delete the word before the cursor, or all text before it", inBar: false),
    ]

    public static let promising: [Binding] = [
        Binding([.enter], "Enter", .confirmPromise, short: "promise", help: "Promise the time typed (empty: half a working day)"),
        Binding([.escape], "Esc", .cancel, short: "cancel", help: "Promise nothing"),
    ]

    public static let filteringPhrases: [Binding] = [
        Binding([.enter], "Enter", .insertPhrase, short: "insert", help: "Put the phrase in the reply line (on a call, show it to say aloud)"),
        Binding([.down, .ctrl("n")], "↓/Ctrl-N", .moveDown, short: "down", help: "Next phrase"),
        Binding([.up, .ctrl("p")], "↑/Ctrl-P", .moveUp, short: "up", help: "Previous phrase"),
        Binding([.escape], "Esc", .clearFilter, short: "close", help: "Clear the filter and go back"),
    ]

    public static let editingComplaint: [Binding] = [
        Binding([.tab, .down], "Tab/↓", .nextField, short: "next field", help: "Next field"),
        Binding([.backTab, .up], "Shift-Tab/↑", .previousField, short: "", help: "Previous field", inBar: false),
        Binding([.char(" "), .left, .right], "Space ←/→", .changeChoice, short: "choose",
                help: "Change the category or severity (also 1-7 for a category)"),
        Binding([.ctrl("s")], "Ctrl-S", .submitComplaint, short: "submit",
                help: "Submit the complaint (Enter on the last field does too)"),
        Binding([.escape], "Esc", .leaveForm, short: "leave", help: "Leave the form; it is kept as typed"),
    ]

    public static let confirmingQuit: [Binding] = [
        Binding([.char("y")], "y", .confirmQuit, short: "quit", help: "Quit although contacts are still held"),
        Binding([.char("n"), .escape], "n/Esc", .keepWorking, short: "stay", help: "Keep working"),
    ]

    public static let help: [Binding] = [
        Binding([.char("j"), .down], "j/↓", .moveDown, short: "scroll", help: "Scroll the help down"),
        Binding([.char("k"), .up], "k/↑", .moveUp, short: "", help: "Scroll the help up", inBar: false),
        Binding([.escape, .char("?"), .char("q"), .enter], "Esc/?", .closeHelp, short: "close", help: "Close the help"),
    ]

    public static func table(for mode: InputMode) -> [Binding] {
        switch mode {
        case .normal: normal
        case .replying: replying
        case .promising: promising
        case .filteringPhrases: filteringPhrases
        case .editingComplaint: editingComplaint
        case .confirmingQuit: confirmingQuit
        case .help: help
        }
    }

    public static func action(for key: KeyPress, in mode: InputMode) -> Action? {
        table(for: mode).first { $0.keys.contains(key) }?.action
    }

    /// The tables with a heading each, as the help overlay and the README show them.
    public static let sections: [(title: String, bindings: [Binding])] = [
        ("Console", normal),
        ("Reply line", replying),
        ("Promised reply time", promising),
        ("Phrase filter", filteringPhrases),
        ("Complaint form", editingComplaint),
    ]

    /// The key table as Markdown, for the README.
    public static func markdown() -> String {
        var out = ""
        for section in sections {
            out += "**\(section.title)**\n\n| key | what it does |\n|---|---|\n"
            for binding in section.bindings {
                out += "| `\(binding.keyLabel)` | \(binding.help) |\n"
            }
            out += "\n"
        }
        return out
    }
}
