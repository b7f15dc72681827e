import FrontlineCore
import FrontlineScreen

/// The live queue: every waiting contact and the agent's own, most urgent first,
/// each with its countdown in the colour of its state.
enum QueuePane {
    /// The entries the pane draws on a console of this size: the selected one in the middle where
    /// the list allows. The ticks work out these countdowns to the second (`QueueState.entries`).
    static func shownRows(_ queue: QueueState, width: Int, height: Int) -> Range<Int> {
        guard let layout = ConsoleLayout(width: width, height: height) else { return 0..<0 }
        return shownRows(queue, listHeight: layout.queue.inset(by: 1).height - 1)
    }

    private static func shownRows(_ queue: QueueState, listHeight: Int) -> Range<Int> {
        guard listHeight > 0 else { return 0..<0 }
        let selected = queue.index(of: queue.selectedContactId) ?? 0
        let first = max(0, min(selected - listHeight / 2, queue.entries.count - listHeight))
        return first..<min(queue.entries.count, first + listHeight)
    }

    static func render(_ queue: QueueState, focused: Bool, _ context: PaneContext, into buffer: inout ScreenBuffer, rect: Rect) {
        let text = context.text
        let inner = drawPaneFrame(&buffer, rect, title: "\(text.paneTitle(.queue)) · \(text.waitingCount(queue.waitingCount))", focused: focused)
        guard inner.height > 1 else { return }
        // Columns: marker, channel, customer, owner (when there is room), waited, countdown.
        // The countdown column is one wider: `‖4:00:00` and `-1:02:03` still leave a gap.
        let timeWidth = 8, leftWidth = 9
        let ownerWidth = inner.width >= 44 ? 9 : 0
        let nameWidth = max(4, inner.width - 2 - 5 - ownerWidth - timeWidth - leftWidth)
        let columns = text.queueColumns
        buffer.write("  " + DisplayWidth.pad(columns.channel, to: 5) + DisplayWidth.pad(columns.customer, to: nameWidth)
                     + (ownerWidth > 0 ? DisplayWidth.pad(columns.owner, to: ownerWidth) : "")
                     + DisplayWidth.padLeft(columns.waited, to: timeWidth) + DisplayWidth.padLeft(columns.left, to: leftWidth), x: inner.x, y: inner.y, maxWidth: inner.width, role: .header)
        let listHeight = inner.height - 1
        guard !queue.entries.isEmpty else {
            buffer.write(text.noOneWaiting, x: inner.x + 2, y: inner.y + 1, maxWidth: inner.width - 2, role: .muted)
            return
        }
        let shown = shownRows(queue, listHeight: listHeight)
        for (row, entry) in queue.entries[shown].enumerated() {
            let y = inner.y + 1 + row
            let isSelected = entry.contact.id == queue.selectedContactId
            let mine = entry.contact.state == .active && entry.contact.agent == context.agent.name
            let marker = entry.contact.id == queue.activeContactId ? "▶" : (mine ? "●" : (entry.contact.state == .active ? "·" : " "))
            var x = inner.x
            x += buffer.write(marker + " ", x: x, y: y, maxWidth: 2, role: mine ? .titleFocused : .normal)
            x += buffer.write(DisplayWidth.pad(text.channelLabel(entry.contact.channel), to: 5), x: x, y: y, maxWidth: 5, role: .muted)
            x += buffer.write(DisplayWidth.pad(entry.customerName, to: nameWidth), x: x, y: y, maxWidth: nameWidth)
            if ownerWidth > 0 {
                // Whom it goes back to first; `*` while it is kept for them and nobody else may take it.
                let hold = context.policy.ownerHold(on: entry.contact, assignedAgent: entry.assignedAgent)
                let kept = hold.map { $0.until > context.now } ?? false
                let owner = entry.keeper.map { DisplayWidth.truncate(SafeText.visible($0), to: ownerWidth - 2) + (kept ? "*" : "") } ?? ""
                let isMine = entry.keeper == context.agent.name
                x += buffer.write(DisplayWidth.pad(owner, to: ownerWidth), x: x, y: y, maxWidth: ownerWidth, role: isMine ? .titleFocused : .muted)
            }
            let waited = DurationFormat.clock(Int(entry.contact.waited(at: context.now)))
            x += buffer.write(DisplayWidth.padLeft(waited, to: timeWidth), x: x, y: y, maxWidth: timeWidth, role: .muted)
            if let status = entry.status {
                // A paused timer keeps its place but stands still, so it is drawn quietly.
                let paused = status.isPaused && status.state != .breached
                buffer.write(DisplayWidth.padLeft((paused ? "‖" : "") + status.countdown, to: leftWidth), x: x, y: y,
                             maxWidth: leftWidth, role: paused ? .muted : status.state.role)
            } else {
                buffer.write(DisplayWidth.padLeft(entry.contact.state == .active ? text.activeLabel : "—", to: leftWidth),
                             x: x, y: y, maxWidth: leftWidth, role: .muted)
            }
            if isSelected {
                buffer.setRole(.selection, in: Rect(x: inner.x, y: y, width: inner.width - leftWidth, height: 1))
            }
        }
    }
}
