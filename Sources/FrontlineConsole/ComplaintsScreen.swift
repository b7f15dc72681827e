import Foundation
import FrontlineCore
import FrontlineScreen

/// The complaints view, drawn over the panes: this agent's open complaints by next deadline,
/// or one complaint with its solutions, follow-ups and history, and beside it the follow-up script.
enum ComplaintsScreen {
    /// `mode` picks the list or the open complaint, and whether the follow-up script stands beside it;
    /// the policy gives the deadlines, the phrasebook the script's lines.
    static func render(_ complaints: ComplaintsViewState, mode: InputMode, policy: SLAPolicy, phrasebook: Phrasebook,
                       _ context: PaneContext, into buffer: inout ScreenBuffer, rect: Rect) {
        buffer.fill(rect, role: .normal)
        if mode == .complaintList {
            renderList(complaints, context, into: &buffer, rect: rect)
        } else {
            renderDetail(complaints, mode: mode, policy: policy, phrasebook: phrasebook, context, into: &buffer, rect: rect)
        }
    }

    private static func renderList(_ complaints: ComplaintsViewState, _ context: PaneContext, into buffer: inout ScreenBuffer, rect: Rect) {
        let text = context.text, now = context.now
        let inner = drawPaneFrame(&buffer, rect, title: text.complaintsTitle, focused: true)
        guard !complaints.list.isEmpty else {
            buffer.write(text.noOpenComplaints, x: inner.x + 1, y: inner.y, maxWidth: inner.width - 1, role: .muted)
            return
        }
        let first = max(0, min(complaints.selection - inner.height / 2, complaints.list.count - inner.height))
        for (row, summary) in complaints.list.dropFirst(first).prefix(inner.height).enumerated() {
            let y = inner.y + row
            let complaint = summary.complaint
            let due = summary.nextDeadline.map { dueText($0, now: now) } ?? "—"
            let overdue = summary.isOverdue(at: now)
            let line = StyledLine([
                (DisplayWidth.pad("#\(complaint.id ?? 0)", to: 6), .muted),
                (DisplayWidth.pad(summary.customerName, to: 14) + " ", .normal),
                (DisplayWidth.pad(text.complaintCategory(complaint.category), to: 24) + " ", .normal),
                (DisplayWidth.pad(text.severity(complaint.severity), to: 6) + " ", complaint.severity == .major ? .slaWarning : .muted),
                (DisplayWidth.pad(text.complaintState(complaint.state), to: 17) + " ", .normal),
                (due, overdue ? .slaBreached : .muted),
            ])
            line.draw(into: &buffer, x: inner.x, y: y, width: inner.width)
            if first + row == complaints.selection {
                buffer.setRole(.selection, in: Rect(x: inner.x, y: y, width: inner.width, height: 1))
            }
        }
    }

    private static func renderDetail(_ complaints: ComplaintsViewState, mode: InputMode, policy: SLAPolicy, phrasebook: Phrasebook,
                                     _ context: PaneContext, into buffer: inout ScreenBuffer, rect: Rect) {
        guard let detail = complaints.open else {
            _ = drawPaneFrame(&buffer, rect, title: context.text.complaintsTitle, focused: true)
            return
        }
        let showScript = mode.showsFollowUpScript
        let (left, right) = showScript ? rect.splitVertically(leftWidth: rect.width / 2) : (rect, Rect.zero)
        let title = context.text.complaintHeading(detail.complaint.id ?? 0, detail.customerName)
        let inner = drawPaneFrame(&buffer, left, title: title, focused: !showScript)
        let lines = detailLines(detail, policy: policy, context, width: inner.width)
        let scroll = min(complaints.scroll, max(0, lines.count - inner.height))
        for (row, line) in lines.dropFirst(scroll).prefix(inner.height).enumerated() {
            line.draw(into: &buffer, x: inner.x, y: inner.y + row, width: inner.width)
        }
        if showScript {
            renderScript(detail, answer: mode.followUpAnswer, phrasebook: phrasebook, context, into: &buffer, rect: right)
        }
    }

    static func detailLines(_ detail: ComplaintDetail, policy: SLAPolicy, _ context: PaneContext, width: Int) -> [StyledLine] {
        let text = context.text, complaint = detail.complaint
        var lines: [StyledLine] = []
        var status: [(String, ThemeRole)] = [(text.complaintState(complaint.state), .titleFocused), ("  " + text.complaintCategory(complaint.category), .normal),
                                             ("  " + text.severity(complaint.severity), complaint.severity == .major ? .slaWarning : .muted)]
        if complaint.raisedToSupervisor { status.append(("  " + text.detailLabel(.raisedToSupervisor), .notice)) }
        // The status words flow onto a second line rather than be cut.
        var line: [(String, ThemeRole)] = []
        for (piece, role) in status {
            let used = line.reduce(0) { $0 + DisplayWidth.of($1.0) }
            if !line.isEmpty, used + DisplayWidth.of(piece) > width {
                lines.append(StyledLine(line))
                line = [(String(piece.drop { $0 == " " }), role)]
            } else {
                line.append((piece, role))
            }
        }
        lines.append(StyledLine(line))
        // The labels' column: the widest label of this language and two spaces, so none runs into its value.
        let labels = [text.detailLabel(.received), text.detailLabel(.due), text.detailLabel(.owner), text.detailLabel(.department),
                      text.complaintField(.account), text.detailLabel(.paraphrase), text.complaintField(.wants), text.detailLabel(.cause),
                      text.detailLabel(.compensation), text.detailLabel(.aboutAgent), text.detailLabel(.explanation)]
        let labelWidth = min(labels.map(DisplayWidth.of).max().map { $0 + 2 } ?? 12, max(1, width / 3))
        func field(_ label: String, _ value: String?, _ role: ThemeRole = .normal) {
            guard let value, !value.isEmpty else { return }
            let prefix = DisplayWidth.pad(label, to: labelWidth - 1) + " "
            for (index, part) in TextWrap.lines(value, width: max(1, width - labelWidth)).enumerated() {
                lines.append(StyledLine([(index == 0 ? prefix : String(repeating: " ", count: labelWidth), .muted), (part, role)]))
            }
        }
        field(text.detailLabel(.received), ClockFormat.dayAndTime.string(from: complaint.receivedAt))
        if let due = complaint.nextDeadline(policy: policy) {
            let overdue = due < context.now
            field(text.detailLabel(.due), ClockFormat.dayAndTime.string(from: due) + (overdue ? "  " + text.detailLabel(.overdue) : ""),
                  overdue ? .slaBreached : .normal)
        }
        // The reply time promised when it was taken: the customer is waiting for it.
        field(text.detailLabel(.replyBy), complaint.promisedReplyAt.map { ClockFormat.dayAndTime.string(from: $0) })
        field(text.detailLabel(.channel), complaint.channel.map(text.channelLabel))
        field(text.detailLabel(.owner), complaint.owner)
        field(text.detailLabel(.department), complaint.department)
        field(text.complaintField(.account), complaint.account)
        field(text.detailLabel(.paraphrase),
              complaint.paraphrase.map { $0 + (complaint.paraphraseConfirmed ? "" : " " + text.detailLabel(.notConfirmed)) })
        field(text.complaintField(.wants), complaint.wants)
        field(text.detailLabel(.cause), complaint.cause)
        field(text.detailLabel(.compensation), complaint.compensation)
        field(text.detailLabel(.aboutAgent), complaint.aboutAgent)
        field(text.detailLabel(.explanation), complaint.explanation)
        lines.append(section(text.detailLabel(.solutions), width: width))
        if detail.solutions.isEmpty { lines.append(StyledLine("  " + text.detailLabel(.none), .muted)) }
        for solution in detail.solutions {
            let role: ThemeRole = solution.status == .accepted ? .notice : solution.status == .refused ? .muted : .normal
            lines.append(StyledLine([(DisplayWidth.pad(text.solutionStatus(solution.status), to: 9) + " ", .muted), (solution.text, role)]))
        }
        lines.append(section(text.detailLabel(.followUps), width: width))
        if detail.followUps.isEmpty { lines.append(StyledLine("  " + text.detailLabel(.none), .muted)) }
        for followUp in detail.followUps {
            lines.append(StyledLine([(ClockFormat.dayAndTime.string(from: followUp.at) + "  ", .muted),
                                     (text.satisfaction(followUp.satisfaction), followUp.satisfaction == .dissatisfied ? .slaWarning : .normal),
                                     (followUp.note.map { "  " + $0 } ?? "", .muted)]))
        }
        lines.append(section(text.detailLabel(.history), width: width))
        for change in detail.history {
            // Who, by the name the agent knows them by where the console knows it (its own agent),
            // and the supervisor who acted for them.
            let agent = change.agent == context.agent.name ? context.agent.displayName : change.agent
            let (field, value) = text.historyLine(change, agent: agent)
            lines.append(StyledLine([(ClockFormat.dayAndTime.string(from: change.at) + " ", .muted),
                                     (text.madeBy(agent, actor: change.actor) + " ", .normal), ("\(field) ", .muted), (value, .normal)]))
        }
        return lines
    }

    /// The follow-up call as the manuals script it, in the customer's language, names filled in.
    private static func renderScript(_ detail: ComplaintDetail, answer: ComplaintFollowUp.Satisfaction?, phrasebook: Phrasebook,
                                     _ context: PaneContext, into buffer: inout ScreenBuffer, rect: Rect) {
        let text = context.text
        let inner = drawPaneFrame(&buffer, rect, title: text.followUpTitle, focused: true)
        let values = ["customer.name": detail.customerName, "agent.name": context.agent.displayName,
                      "visit.date": ClockFormat.day.string(from: detail.complaint.receivedAt)]
        func say(_ code: String) -> String {
            guard let phrase = phrasebook.phrases.first(where: { $0.code == code }) else { return "" }
            return PhraseTemplate.render(phrase.text(in: detail.customerLanguage), values: values).text
        }
        let branch: [(ComplaintFollowUp.Satisfaction, String)] = [(.satisfied, "fu-satisfied"), (.neutral, "fu-neutral"), (.dissatisfied, "fu-dissatisfied")]
        let steps = text.followUpSteps
        var lines: [StyledLine] = []
        func add(_ heading: String, _ body: String, active: Bool) {
            lines.append(StyledLine(heading, active ? .titleFocused : .header))
            lines += TextWrap.lines(body, width: max(1, inner.width - 2)).map { StyledLine("  " + $0, active ? .normal : .muted) }
        }
        add(steps[0], say("fu-intro"), active: answer == nil)
        add(steps[1], say("fu-ask"), active: answer == nil)
        lines.append(StyledLine(steps[2], .header))
        for (index, (satisfaction, code)) in branch.enumerated() {
            let chosen = answer == satisfaction
            lines.append(StyledLine("\(index + 1) " + text.satisfaction(satisfaction), chosen ? .titleFocused : .normal))
            lines += TextWrap.lines(say(code), width: max(1, inner.width - 2)).map { StyledLine("  " + $0, chosen ? .normal : .muted) }
        }
        add(steps[3], say(answer == .dissatisfied ? "fu-close-improve" : "fu-close"), active: answer != nil)
        for (row, line) in lines.prefix(inner.height).enumerated() {
            line.draw(into: &buffer, x: inner.x, y: inner.y + row, width: inner.width)
        }
    }

    /// The prompt a complaint step needs, typed where the reply goes.
    static func renderPrompt(_ mode: InputMode, message: StatusMessage?, text: any ConsoleText, into buffer: inout ScreenBuffer,
                             rect: Rect) {
        guard case .complaintPrompt(let purpose, let field) = mode else { return }
        ReplyLine.renderField(" \(text.promptLabel(purpose)) › ", field, message: message, into: &buffer, rect: rect)
    }

    private static func dueText(_ due: Date, now: Date) -> String {
        let seconds = Int(due.timeIntervalSince(now))
        return seconds >= 0 ? DurationFormat.short(seconds) : "-" + DurationFormat.short(-seconds)
    }

    private static func section(_ title: String, width: Int) -> StyledLine {
        let head = "── \(title) "
        return StyledLine(head + String(repeating: "─", count: max(0, width - DisplayWidth.of(head))), .border)
    }
}
