import Foundation
import FrontlineCore
import FrontlineScreen

/// The board's four lists: the queue, the agent grid, abandoned calls and complaints.
enum WallboardLists {
    static func render(_ section: WallboardSection, _ state: WallboardState, into buffer: inout ScreenBuffer, rect: Rect) {
        let inner = max(0, rect.width - 2)
        let (title, header, rows, empty): (String, StyledLine?, [StyledLine], String) = switch section {
        case .queue: queue(state, width: inner)
        case .agents: agents(state, width: inner)
        case .abandoned: abandoned(state, width: inner)
        case .complaints: complaints(state, width: inner)
        }
        WallboardTable.render(into: &buffer, rect: rect, title: title, focused: state.focus == section, header: header,
                              rows: rows, selected: state.selected(in: section), empty: empty)
    }

    private static func queue(_ state: WallboardState, width: Int) -> (String, StyledLine?, [StyledLine], String) {
        let text = state.text
        let columns = text.queueColumns
        // Waited fits 99:00:00 and left -98:57:00; on a narrow board they give way to the names before the agent does.
        let widths = WallboardTable.widths([2, 6, nil, 9, 10, 11], titles: [""] + columns, total: width, giveWay: [3, 5], narrowestRest: 8)
        let header = WallboardTable.line([("", .header)] + columns.map { ($0, .header) }, widths: widths, leftAligned: [0, 1, 2, 5])
        let rows = state.figures.queue.map { line in
            let contact = line.contact
            let left: (String, ThemeRole) = line.status.map { ($0.countdown, $0.isPaused && $0.state != .breached ? .muted : $0.state.role) }
                ?? (WallboardFormat.missing, .muted)
            return WallboardTable.line([
                (contact.state == .active ? "·" : "", .muted), (text.console.channelLabel(contact.channel), .muted),
                (line.customerName, .normal), (DurationFormat.clock(Int(contact.waited(at: state.now))), .muted), left,
                // A call ringing someone shows who, so the supervisor is not left guessing.
                (contact.agent.map(state.displayName) ?? line.ringing.map { "☎ " + state.displayName($0) } ?? "", .normal),
            ], widths: widths, leftAligned: [0, 1, 2, 5])
        }
        let waiting = state.figures.queue.filter { $0.contact.state == .waiting }.count
        return ("\(text.queueTitle) · \(text.waitingNow(waiting))", header, rows, text.nobodyWaiting)
    }

    private static func agents(_ state: WallboardState, width: Int) -> (String, StyledLine?, [StyledLine], String) {
        let text = state.text
        let widths = WallboardTable.widths([11, 11, 10, 8, nil, 6, 9], titles: text.agentColumns, total: width, giveWay: [5, 3])
        let left: Set<Int> = [0, 1, 2, 4]
        let header = WallboardTable.line(text.agentColumns.map { ($0, .header) }, widths: widths, leftAligned: left)
        let rows = state.figures.agents.map { line in
            var reason = ""
            if case .away(let why) = line.state { reason = text.reason(why) }
            if case .wrapUp(let until) = line.state { reason = DurationFormat.clock(Int(until.timeIntervalSince(state.now).rounded(.up))) }
            var current = ""
            if let held = line.held.first {
                current = "#\(held.contact.id ?? 0) \(text.console.channelLabel(held.contact.channel)) \(held.customerName)"
                if line.held.count > 1 { current += " +\(line.held.count - 1)" }
            }
            let stateRole = WallboardFormat.role(of: line.state, overLimit: line.isOverAwayLimit)
            return WallboardTable.line([
                (line.agent.displayName, line.state == .offline ? .muted : .normal), (text.stateLabel(line.state), stateRole),
                (reason, stateRole), (WallboardFormat.duration(line.timeInState), line.isOverAwayLimit ? .slaBreached : .muted),
                (current, .normal), ("\(line.handledToday)", .normal),
                ("\(line.breachesToday)", line.breachesToday > 0 ? .slaWarning : .muted),
            ], widths: widths, leftAligned: left)
        }
        return (text.agentsTitle, header, rows, text.noAgents)
    }

    private static func abandoned(_ state: WallboardState, width: Int) -> (String, StyledLine?, [StyledLine], String) {
        let text = state.text
        // A phone number is shown whole or not at all: on a narrow board it gives way to the name.
        let widths = WallboardTable.widths([6, nil, 18, 9], total: width, giveWay: [2])
        let rows = state.figures.abandonedCalls.map { call in
            WallboardTable.line([
                (ClockFormat.timeOfDay.string(from: call.contact.endedAt ?? call.contact.queuedAt), .muted),
                (call.customerName, call.calledBack ? .muted : .normal), (call.contact.address, call.calledBack ? .muted : .normal),
                (call.calledBack ? "✓" : DurationFormat.clock(Int(call.waited)), call.calledBack ? .slaOk : .muted),
            ], widths: widths, leftAligned: [0, 1, 2])
        }
        return ("\(text.abandonedTitle) · \(rows.count)", nil, rows, text.noAbandoned)
    }

    private static func complaints(_ state: WallboardState, width: Int) -> (String, StyledLine?, [StyledLine], String) {
        let text = state.text
        let widths = WallboardTable.widths([6, nil, 7, 9], total: width)
        let rows = state.figures.complaints.map { line in
            let due: (String, ThemeRole) = line.isOverdue
                ? (text.overdue, .slaBreached)
                : (line.nextDeadline.map { DurationFormat.short(Int($0.timeIntervalSince(state.now))) } ?? WallboardFormat.missing, .muted)
            return WallboardTable.line([
                ("#\(line.complaint.id ?? 0)", .muted), (line.customerName, .normal),
                (text.console.severity(line.complaint.severity), line.complaint.severity == .major ? .slaWarning : .muted), due,
            ], widths: widths, leftAligned: [0, 1, 2])
        }
        return (text.complaintsTitle, nil, rows, text.noComplaints)
    }
}
