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

    /// Where the columns go inside the pane: marker, channel, customer, owner (when there is room),
    /// waited, countdown. The countdown column is one wider: `‖4:00:00` and `-1:02:03` still leave a gap.
    private struct Columns {
        static let timeWidth = 8, leftWidth = 9
        let inner: Rect
        let ownerWidth: Int
        let nameWidth: Int
        /// Where the waited column starts; the countdown follows it.
        var timesX: Int { inner.x + 2 + 5 + nameWidth + ownerWidth }

        init(_ rect: Rect) {
            inner = rect.inset(by: 1)
            ownerWidth = inner.width >= 44 ? 9 : 0
            nameWidth = max(4, inner.width - 2 - 5 - ownerWidth - Self.timeWidth - Self.leftWidth)
        }
    }

    /// Everything the pane is drawn from but the two time columns, which move every second: while
    /// these stand still the pane is copied from the last frame and only those columns are drawn
    /// (`renderTimes`); the names, channels and owners of the rows shown were most of its cost.
    struct Inputs: Equatable {
        struct Row: Equatable {
            var id: Int64?
            var state: ContactState
            var agent: String?
            var channel: Channel
            var name: String
            var keeper: String?
            var kept: Bool
        }

        var focused: Bool
        var waitingCount: Int
        var selected: Int64?
        var active: Int64?
        var rows: [Row]
    }

    static func inputs(_ queue: QueueState, focused: Bool, _ context: PaneContext, rect: Rect) -> Inputs {
        let shown = shownRows(queue, listHeight: Columns(rect).inner.height - 1)
        var rows: [Inputs.Row] = []
        rows.reserveCapacity(shown.count)
        // Every frame: the entries are read where they lie, not copied (each is a whole contact).
        for index in shown {
            let kept = context.policy.ownerHold(on: queue.entries[index].contact, assignedAgent: queue.entries[index].assignedAgent)
                .map { $0.until > context.now } ?? false
            rows.append(Inputs.Row(id: queue.entries[index].contact.id, state: queue.entries[index].contact.state,
                                   agent: queue.entries[index].contact.agent, channel: queue.entries[index].contact.channel,
                                   name: queue.entries[index].customerName, keeper: queue.entries[index].keeper, kept: kept))
        }
        return Inputs(focused: focused, waitingCount: queue.waitingCount, selected: queue.selectedContactId, active: queue.activeContactId,
                      rows: rows)
    }

    static func render(_ queue: QueueState, focused: Bool, _ context: PaneContext, into buffer: inout ScreenBuffer, rect: Rect) {
        let text = context.text
        _ = drawPaneFrame(&buffer, rect, title: "\(text.paneTitle(.queue)) · \(text.waitingCount(queue.waitingCount))", focused: focused)
        let columns = Columns(rect), inner = columns.inner
        guard inner.height > 1 else { return }
        let (ownerWidth, nameWidth) = (columns.ownerWidth, columns.nameWidth)
        let titles = text.queueColumns
        buffer.write("  " + DisplayWidth.pad(titles.channel, to: 5) + DisplayWidth.pad(titles.customer, to: nameWidth)
                     + (ownerWidth > 0 ? DisplayWidth.pad(titles.owner, to: ownerWidth) : "")
                     + DisplayWidth.padLeft(titles.waited, to: Columns.timeWidth) + DisplayWidth.padLeft(titles.left, to: Columns.leftWidth),
                     x: inner.x, y: inner.y, maxWidth: inner.width, role: .header)
        let listHeight = inner.height - 1
        guard !queue.entries.isEmpty else {
            buffer.write(text.noOneWaiting, x: inner.x + 2, y: inner.y + 1, maxWidth: inner.width - 2, role: .muted)
            return
        }
        let shown = shownRows(queue, listHeight: listHeight)
        for (row, entry) in queue.entries[shown].enumerated() {
            let y = inner.y + 1 + row
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
                buffer.write(DisplayWidth.pad(owner, to: ownerWidth), x: x, y: y, maxWidth: ownerWidth, role: isMine ? .titleFocused : .muted)
            }
            if entry.contact.id == queue.selectedContactId {
                buffer.setRole(.selection, in: Rect(x: inner.x, y: y, width: inner.width - Columns.leftWidth, height: 1))
            }
        }
        renderTimes(queue, context, into: &buffer, rect: rect)
    }

    /// The waited and countdown columns of the rows shown, over what is there.
    static func renderTimes(_ queue: QueueState, _ context: PaneContext, into buffer: inout ScreenBuffer, rect: Rect) {
        let columns = Columns(rect), inner = columns.inner
        guard inner.height > 1, !queue.entries.isEmpty else { return }
        let x = columns.timesX, timeWidth = Columns.timeWidth, leftWidth = Columns.leftWidth
        for (row, index) in shownRows(queue, listHeight: inner.height - 1).enumerated() {
            let y = inner.y + 1 + row
            // Read in place: the entry itself is a whole contact.
            let waited = DurationFormat.clock(Int(queue.entries[index].contact.waited(at: context.now)))
            // The selected row is highlighted up to the countdown, the waited column included.
            let isSelected = queue.entries[index].contact.id == queue.selectedContactId
            buffer.write(DisplayWidth.padLeft(waited, to: timeWidth), x: x, y: y, maxWidth: timeWidth, role: isSelected ? .selection : .muted)
            if let status = queue.entries[index].status {
                // A paused timer keeps its place but stands still, so it is drawn quietly.
                let paused = status.isPaused && status.state != .breached
                buffer.write(DisplayWidth.padLeft((paused ? "‖" : "") + status.countdown, to: leftWidth), x: x + timeWidth, y: y,
                             maxWidth: leftWidth, role: paused ? .muted : status.state.role)
            } else {
                let label = queue.entries[index].contact.state == .active ? context.text.activeLabel : "—"
                buffer.write(DisplayWidth.padLeft(label, to: leftWidth), x: x + timeWidth, y: y, maxWidth: leftWidth, role: .muted)
            }
        }
    }
}
