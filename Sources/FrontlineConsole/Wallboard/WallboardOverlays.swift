import Foundation
import FrontlineCore
import FrontlineScreen

/// What the wallboard draws over the board: a list to pick from, or a contact or agent opened read-only.
enum WallboardOverlays {
    static func renderPicker(_ state: WallboardState, into buffer: inout ScreenBuffer, screen: Rect) {
        let title: String
        let labels: [String]
        switch state.mode {
        case .pickingAgent(let contactId):
            title = state.text.reassignTitle(contactId)
            // Names padded to the widest, so the states line up whatever the script (CJK names are two columns a character).
            let names = state.pickerOptions.map(state.displayName)
            let nameWidth = names.map(DisplayWidth.of).max() ?? 0
            labels = zip(state.pickerOptions, names).map { name, shown in
                let line = state.figures.agents.first { $0.agent.name == name }
                return DisplayWidth.pad(shown, to: nameWidth) + (line.map { "  " + state.text.stateLabel($0.state) } ?? "")
            }
        case .pickingReason(let agent):
            title = state.text.awayTitle(state.displayName(agent))
            labels = state.pickerOptions.map { AwayReason(rawValue: $0).map(state.text.reason) ?? $0 }
        case .board, .detail, .help, .reports:
            return
        }
        let width = min(screen.width - 4, max(DisplayWidth.of(title) + 6, (labels.map(DisplayWidth.of).max() ?? 0) + 6, 30))
        let box = screen.centered(width: width, height: min(screen.height - 2, labels.count + 2))
        buffer.fill(box, role: .overlay)
        let inner = drawPaneFrame(&buffer, box, title: title, focused: true)
        let first = max(0, min(state.pickerSelection - inner.height / 2, labels.count - inner.height))
        for (row, label) in labels.enumerated().dropFirst(first).prefix(inner.height) {
            let y = inner.y + row - first
            buffer.write(" " + DisplayWidth.pad(label, to: inner.width - 1), x: inner.x, y: y, maxWidth: inner.width,
                         role: row == state.pickerSelection ? .selection : .overlay)
        }
    }

    static func renderDetail(_ state: WallboardState, into buffer: inout ScreenBuffer, screen: Rect) {
        guard let detail = state.detail else { return }
        let box = screen.centered(width: screen.width * 4 / 5, height: screen.height * 4 / 5)
        buffer.fill(box, role: .normal)
        let (title, lines) = content(detail, state, width: box.width - 2)
        let inner = drawPaneFrame(&buffer, box, title: title, focused: true)
        let scroll = min(state.detailScroll, max(0, lines.count - inner.height))
        for (row, line) in lines.dropFirst(scroll).prefix(inner.height).enumerated() {
            line.draw(into: &buffer, x: inner.x, y: inner.y + row, width: inner.width)
        }
    }

    private static func content(_ detail: WallboardDetail, _ state: WallboardState, width: Int) -> (String, [StyledLine]) {
        let text = state.text
        var lines: [StyledLine] = []
        func section(_ title: String) {
            let head = "── \(title) "
            lines.append(StyledLine(head + String(repeating: "─", count: max(0, width - DisplayWidth.of(head))), .border))
        }
        switch detail {
        case let .contact(contact, file, transcript):
            let name = file?.customer.name ?? contact.address
            var status: [(String, ThemeRole)] = [(text.console.channelLabel(contact.channel) + "  ", .titleFocused),
                                                 (text.console.contactState(contact.state) + "  ", .normal),
                                                 (contact.agent.map(state.displayName) ?? "", .normal)]
            if let timer = state.policy.status(of: contact, at: state.now) { status.append(("  " + timer.countdown, timer.state.role)) }
            lines.append(StyledLine(status))
            if let customer = file?.customer {
                var identity: [(String, ThemeRole)] = [(customer.name, .normal), ("  " + customer.language.shortLabel, .muted)]
                if customer.isMember { identity.append(("  " + text.console.member, .notice)) }
                lines.append(StyledLine(identity))
                let reach = (customer.phones.map { "☎ " + $0 } + [customer.email.map { "✉ " + $0 }].compactMap { $0 }).joined(separator: "  ")
                if !reach.isEmpty { lines.append(StyledLine(reach, .muted)) }
                if !customer.notes.isEmpty {
                    lines += TextWrap.lines(text.console.notePrefix + customer.notes, width: width).map { StyledLine($0, .notice) }
                }
            }
            if let file { lines += CustomerFileLines.reason(of: contact.id, in: file, text: text.console, width: width) }
            if contact.channel.isWritten {
                section(text.console.transcript)
                if transcript.isEmpty { lines.append(StyledLine("  " + text.console.noMessages, .muted)) }
                for message in transcript {
                    let inbound = message.direction == .inbound
                    let prefix = ClockFormat.timeOfDay.string(from: message.at) + (inbound ? " ▸ " : " ◂ ")
                    for (index, part) in TextWrap.lines(SafeText.visible(message.text), width: max(1, width - DisplayWidth.of(prefix))).enumerated() {
                        lines.append(StyledLine([(index == 0 ? prefix : String(repeating: " ", count: DisplayWidth.of(prefix)), .muted),
                                                 (part, inbound ? .inbound : .outbound)]))
                    }
                }
            }
            if let file {
                lines += CustomerFileLines.scheduled(file, now: state.now, text: text.console, width: width)
                lines += CustomerFileLines.notes(file, text: text.console, width: width)
                lines += CustomerFileLines.recent(file, shown: contact.id, now: state.now, date: ClockFormat.dayAndTime, text: text.console,
                                                  width: width)
            }
            return (text.contactTitle(contact.id ?? 0, name), lines)
        case let .agent(agent, log, held):
            let line = state.figures.agents.first { $0.agent.name == agent.name }
            let current = line?.state ?? AgentState(of: agent, holding: held.filter { $0.kind == .contact }.count, at: state.now)
            lines.append(StyledLine([(text.stateLabel(current), WallboardFormat.role(of: current, overLimit: line?.isOverAwayLimit ?? false)),
                                     ("  " + WallboardFormat.duration(line?.timeInState), .muted), ("  " + text.role(agent.role), .muted),
                                     ("  " + agent.groups.map(text.console.groupName).joined(separator: ", "), .muted)]))
            section(text.heldContacts)
            if held.isEmpty { lines.append(StyledLine("  " + text.none, .muted)) }
            for item in held { lines.append(StyledLine("  " + text.console.openItemLine(item))) }
            section(text.stateLogToday)
            if log.isEmpty { lines.append(StyledLine("  " + text.none, .muted)) }
            for entry in log {
                let entered: AgentState = switch entry.presence {
                case .offline: .offline
                case .available: .available
                case .wrapUp: .wrapUp(until: entry.at)
                case .away: .away(entry.reason ?? .break)
                }
                let entering = text.state(entered) + (entry.reason.map { " (\(text.reason($0)))" } ?? "")
                lines.append(StyledLine([(ClockFormat.timeOfDay.string(from: entry.at) + "  ", .muted), (entering, .normal),
                                         ("  " + changedBy(entry, state), .muted)]))
            }
            return (text.agentTitle(agent.displayName), lines)
        }
    }

    /// Who made a state change, unless the agent did: a supervisor, routing, or a console that died.
    private static func changedBy(_ entry: AgentStateLogEntry, _ state: WallboardState) -> String {
        let text = state.text
        return switch entry.byAgent {
        case entry.agent: ""
        case AgentStateLogEntry.routing: text.setByRouting
        case AgentStateLogEntry.consoleGone: text.consoleGone
        default: text.setBy(state.displayName(entry.byAgent))
        }
    }
}
