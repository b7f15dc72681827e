/// What a key does. Key bindings map keys to actions per input mode.
public enum Action: String, Sendable, CaseIterable {
    case takeNext, takeOrOpen, reply, filterPhrases, complaint, wrapUp, pauseOrResume, promise
    case nextPane, previousPane, moveDown, moveUp, help, quit
    case send, cancel, editText, confirmPromise
    case insertPhrase, clearFilter
    case nextField, previousField, changeChoice, submitComplaint, leaveForm
    case confirmQuit, keepWorking
    case closeHelp
}
