import FrontlineCore
import FrontlineScreen

/// Draws the whole console for a state into a fresh buffer. Pure: the same state gives the same screen.
public enum ConsoleView {
    /// With `cache`, the panes whose inputs did not change since the last frame drawn with it are
    /// copied from that frame; the screen is the same as without.
    public static func render(_ state: AppState, cache: PaneCache? = nil) -> ScreenBuffer {
        var buffer = ScreenBuffer(width: state.width, height: state.height)
        guard let layout = ConsoleLayout(width: state.width, height: state.height) else {
            renderTooSmall(state, into: &buffer)
            return buffer
        }
        let context = state.paneContext, text = state.text
        draw(.header, key: Keyed(CachedPaneKey(content: state.contentVersion, mode: .normal, focus: .queue),
                                 HeaderBar.inputs(state, width: layout.header.width)),
             rect: layout.header, cache: cache, into: &buffer) { buffer in
            HeaderBar.render(state, into: &buffer, rect: layout.header)
        }
        if state.mode.isComplaintView {
            let body = Rect(x: 0, y: layout.header.maxY, width: state.width, height: layout.replyLine.y - layout.header.maxY)
            ComplaintsScreen.render(state.complaints, mode: state.mode, policy: state.policy, phrasebook: state.phrasebook, context,
                                    into: &buffer, rect: body)
            if case .complaintPrompt = state.mode {
                ComplaintsScreen.renderPrompt(state.mode, message: state.message, text: text, into: &buffer, rect: layout.replyLine)
            } else if let message = state.message {
                buffer.write(" " + message.text, x: 0, y: layout.replyLine.y, maxWidth: state.width,
                             role: message.kind == .error ? .error : .notice)
            }
        } else {
            let queueFocused = state.focus == .queue
            draw(.queue, key: Keyed(CachedPaneKey(content: state.contentVersion, mode: .normal, focus: .queue),
                                    QueuePane.inputs(state.queue, focused: queueFocused, context, rect: layout.queue)),
                 rect: layout.queue, cache: cache, into: &buffer) { buffer in
                QueuePane.render(state.queue, focused: queueFocused, context, into: &buffer, rect: layout.queue)
            }
            // The countdowns move every second: drawn over the copy.
            if cache != nil { QueuePane.renderTimes(state.queue, context, into: &buffer, rect: layout.queue) }
            // The contact the file is for, as the queue has it: a written one shows its transcript.
            let shownContact = state.queue.index(of: state.customer.contactId).map { state.queue.entries[$0].contact }
            let cached = CachedPaneKey(content: state.contentVersion, mode: state.mode, focus: state.focus)
            // The file reads the clock only to tell the call-backs still to come from those come due.
            let dueCallbacks = state.customer.file.map { file in file.scheduledCallbacks.reduce(0) { $0 + ($1.queuedAt <= state.now ? 1 : 0) } }
            draw(.customer, key: Keyed(cached, CustomerPaneInputs(contact: shownContact, dueCallbacks: dueCallbacks)), rect: layout.customer,
                 cache: cache, into: &buffer) { buffer in
                CustomerPane.render(state.customer, contact: shownContact, now: state.now, focused: state.focus == .customer, text: text,
                                    script: state.followUpScript, into: &buffer, rect: layout.customer)
            }
            // Worked out at most once a frame: the phrases pane, the wording warning and the picker all fill phrases with them.
            var phraseInputs: (language: Language, values: [String: String])?
            func phraseLanguageAndValues() -> (language: Language, values: [String: String]) {
                if let phraseInputs { return phraseInputs }
                let inputs = (state.phraseLanguage, state.placeholderValues)
                phraseInputs = inputs
                return inputs
            }
            draw(.phrases, key: cached, rect: layout.phrases, cache: cache, into: &buffer) { buffer in
                let (language, values) = phraseLanguageAndValues()
                PhrasesPane.render(state.phrases, shown: state.visiblePhrases, in: language, values: values,
                                   filtering: state.mode == .filteringPhrases, focused: state.focus == .phrases, text: text,
                                   into: &buffer, rect: layout.phrases)
            }
            draw(.complaint, key: cached, rect: layout.complaint, cache: cache, into: &buffer) { buffer in
                ComplaintPane.render(state.complaintForm, customer: state.customer.file?.customer, editing: state.mode == .editingComplaint,
                                     focused: state.focus == .complaint, text: text, into: &buffer, rect: layout.complaint)
            }
            ReplyLine.render(state.reply, mode: state.mode, customerName: state.queue.activeEntry?.customerName, message: state.message,
                             policy: state.policy, text: text, into: &buffer, rect: layout.replyLine)
            if state.mode == .wordingWarning {
                let (language, values) = phraseLanguageAndValues()
                WordingWarning.render(state.reply, phrasebook: state.phrasebook, language: language, values: values, text: text,
                                      into: &buffer, above: layout.replyLine)
            }
            if case .wrappingUp(let form) = state.mode {
                let body = Rect(x: 0, y: layout.header.maxY, width: state.width, height: layout.replyLine.y - layout.header.maxY)
                WrapUpOverlay.render(form, policy: state.policy.wrapUp, shown: KeyRules.wrapUpMatches(state, form), text: text,
                                     into: &buffer, body: body)
            }
            if let picker = state.replyPicker {
                let (language, values) = phraseLanguageAndValues()
                PickerPopup.render(picker, selection: state.reply.pickerSelection, phrasebook: state.phrasebook, language: language,
                                   values: values, text: text, into: &buffer, above: layout.replyLine)
            }
        }
        ShiftOverlays.render(state.shift, mode: state.mode, context, into: &buffer, layout: layout)
        // The keys whose rules let them act now are worked out every frame (they read the queue,
        // the clock and what is typed); the bar is drawn again only when they or the text change.
        let barBindings = KeyBindings.barBindings(state)
        draw(.keyBar, key: Keyed(CachedPaneKey(content: state.contentVersion, mode: state.mode, focus: state.focus), barBindings.map(\.action)),
             rect: layout.keyBar, cache: cache, into: &buffer) { buffer in
            KeyBar.render(barBindings, text: text, into: &buffer, rect: layout.keyBar)
        }
        if case .help(let scroll) = state.mode {
            buffer.cursor = nil
            HelpOverlay.render(title: state.text.helpTitle, sections: KeyBindings.helpSections(state.text), scroll: scroll,
                               into: &buffer, screen: Rect(x: 0, y: 0, width: state.width, height: state.height))
        }
        return buffer
    }

    /// A pane through the cache when there is one, else drawn.
    private static func draw<Key: Equatable>(_ slot: PaneCache.Slot, key: Key, rect: Rect, cache: PaneCache?,
                                             into buffer: inout ScreenBuffer, _ body: (inout ScreenBuffer) -> Void) {
        guard let cache else { return body(&buffer) }
        cache.draw(slot, key: key, rect: rect, into: &buffer, body)
    }

    /// Below 80x24 the panes cannot line up, so say so instead of drawing garbage.
    private static func renderTooSmall(_ state: AppState, into buffer: inout ScreenBuffer) {
        let lines = state.text.tooSmall(width: state.width, height: state.height,
                                        minimumWidth: ConsoleLayout.minimumWidth, minimumHeight: ConsoleLayout.minimumHeight)
        if state.isTraining { TrainingBanner.render(state.text, into: &buffer, x: 0, y: 0) }
        let top = max(0, (state.height - lines.count) / 2)
        for (row, line) in lines.enumerated() where top + row < state.height {
            let x = max(0, (state.width - DisplayWidth.of(line)) / 2)
            buffer.write(line, x: x, y: top + row, maxWidth: state.width - x, role: row == 0 ? .error : .normal)
        }
        // Quitting works here (the only key that does), so what it opens is shown here too: the
        // handover note on the last line, or the warning about held contacts with its keys.
        guard state.height >= 3, state.width >= 10 else { return }
        let last = Rect(x: 0, y: state.height - 1, width: state.width, height: 1)
        let above = Rect(x: 0, y: state.height - 2, width: state.width, height: 1)
        switch state.mode {
        case .writingHandover(let note):
            buffer.fill(last, role: .normal)
            ReplyLine.renderField(" \(state.text.handoverLabel) › ", note, into: &buffer, rect: last)
        case .confirmingQuit:
            if let message = state.message {
                buffer.fill(above, role: .normal)
                buffer.write(" " + message.text, x: 0, y: above.y, maxWidth: state.width, role: .error)
            }
            KeyBar.render(state, into: &buffer, rect: last)
        default:
            break
        }
    }
}

/// What every cached pane is drawn from besides its rect: the slices and settings (by version),
/// the mode and the focus.
struct CachedPaneKey: Equatable {
    var content: Int
    var mode: InputMode
    var focus: Pane
}

/// What the customer pane reads besides the slices: the contact the file is shown for (from the
/// queue) and how many of its call-backs have come due (by the clock).
struct CustomerPaneInputs: Equatable {
    var contact: Contact?
    var dueCallbacks: Int?
}

/// A cached pane's key with one more input of its own (the customer pane's, the key bar's actions).
struct Keyed<Extra: Equatable>: Equatable {
    var key: CachedPaneKey
    var extra: Extra

    init(_ key: CachedPaneKey, _ extra: Extra) {
        self.key = key
        self.extra = extra
    }
}
