import Foundation
import FrontlineCore
import FrontlineScreen
import FrontlineStoreAPI

/// The wallboard's only state transition: applies one message and says what work to do next.
public func updateWallboard(_ state: inout WallboardState, _ msg: WallboardMsg) -> [WallboardEffect] {
    switch msg {
    case .key(let key):
        guard let binding = WallboardBindings.binding(for: key, in: state.mode) else { return [] }
        // A key that cannot act now says why, from the same rule the key bar hides it by.
        if let reason = binding.whyNot(state) {
            state.message = .error(reason)
            return []
        }
        return perform(binding.action, on: &state)
    case .resize(let width, let height):
        state.width = width
        state.height = height
        refreshFigures(&state)
        return []
    case .tick(let now):
        state.now = now
        refreshFigures(&state)
        // While the database is away, each tick looks for it by loading the board.
        return (state.databaseLostSince == nil ? [] : [.load]) + sweepDue(&state) + reportDue(&state)
    case .storeChanged(let topics):
        if topics == [.connectors] { return [.loadWebhooks] }
        // The report is counted only while its view is open, and again only when contacts changed.
        if state.mode == .reports, reportReads.followsAny(topics) { state.reportStale = true }
        return (wallboardReads.followsAny(topics) ? [.load] : []) + reportDue(&state)
    case .reportLoaded(let report):
        guard state.mode == .reports, report.period == state.reportPeriod else { return [] }
        state.report = report
        return []
    case .loaded(let input):
        state.input = input
        refreshFigures(&state)
        if state.databaseLostSince != nil {
            state.databaseLostSince = nil
            state.message = .info(state.text.console.say(.databaseBack))
        }
        return []
    case .databaseLost:
        state.databaseLostSince = state.databaseLostSince ?? state.now
        state.message = .error(state.text.databaseUnreachable)
        return []
    case .webhooksLoaded(let trouble):
        state.webhooks = trouble
        return []
    case .detailLoaded(let detail):
        state.detail = detail
        state.detailScroll = 0
        state.mode = .detail
        return []
    case .done(let text):
        state.mode = .board
        state.message = .info(text)
        return [.load]
    case .failed(let text):
        state.mode = .board
        state.message = .error(text)
        return []
    }
}

/// The board counts everything but drafts and phrases: the queue, agents, complaints, breaches.
let wallboardReads = TopicInterest(kinds: Set(ChangeTopic.Kind.allCases).subtracting([.draft, .phrasebook]))

/// What a report counts: contacts and their events, breaches, complaints, agents' states.
private let reportReads = TopicInterest(kinds: [.queue, .contact, .breaches, .complaint, .agent])

/// A stale report is counted again, at most every `reportRefresh` seconds: a month of contacts
/// is not counted again for every reply.
private func reportDue(_ state: inout WallboardState) -> [WallboardEffect] {
    guard state.mode == .reports, state.reportStale else { return [] }
    if let last = state.reportLoadedAt, state.now.timeIntervalSince(last) < WallboardState.reportRefresh { return [] }
    return loadReport(&state)
}

private func loadReport(_ state: inout WallboardState) -> [WallboardEffect] {
    state.reportStale = false
    state.reportLoadedAt = state.now
    return [.loadReport(state.reportPeriod)]
}

/// Killed consoles are looked for at most once a second of the clock, however often it ticks.
private func sweepDue(_ state: inout WallboardState) -> [WallboardEffect] {
    let second = state.now.timeIntervalSince1970.rounded(.down)
    guard state.lastSweep.map({ $0.timeIntervalSince1970.rounded(.down) < second }) ?? true else { return [] }
    state.lastSweep = state.now
    return [.sweepGoneConsoles]
}

/// The figures and the chart at `now`, from the store as last read.
func refreshFigures(_ state: inout WallboardState) {
    let today = state.today
    state.figures = WallboardFigures(state.input, policy: state.policy, rules: state.rules, today: today, now: state.now)
    guard let columns = WallboardLayout(width: state.width, height: state.height)?.chartColumns, columns > 0 else {
        state.chart = nil
        return
    }
    // The chart starts on the hour of the day's first event (an hour ago on a quiet day) and ends now.
    let first = state.input.events.first?.at ?? state.now.addingTimeInterval(-3600)
    let start = Date(timeIntervalSince1970: (max(first, today.start).timeIntervalSince1970 / 3600).rounded(.down) * 3600)
    state.chart = ShiftChart(events: state.input.events, policy: state.policy, from: start,
                             to: max(state.now, start.addingTimeInterval(60)), buckets: columns)
}

private func perform(_ action: WallboardAction, on state: inout WallboardState) -> [WallboardEffect] {
    state.message = nil
    switch action {
    case .nextSection, .previousSection:
        let sections = state.sections
        let index = sections.firstIndex(of: state.focus) ?? 0
        state.focus = sections[(index + (action == .nextSection ? 1 : sections.count - 1)) % sections.count]
    case .moveDown, .moveUp:
        let count = state.count(of: state.focus)
        guard count > 0 else { break }
        let current = state.selected(in: state.focus) ?? 0
        state.selection[state.focus] = min(count - 1, max(0, current + (action == .moveDown ? 1 : -1)))
    case .open:
        return open(&state)
    case .reassign:
        guard let contact = state.selectedContact, let id = contact.id else {
            state.message = .error(state.text.selectContact)
            break
        }
        // Anyone logged in may be given work, except whoever holds it already.
        let options = state.figures.agents.filter { $0.state != .offline && $0.agent.name != contact.agent }.map(\.agent.name)
        guard !options.isEmpty else {
            state.message = .error(state.text.nobodyLoggedIn)
            break
        }
        state.pickerOptions = options
        state.pickerSelection = 0
        state.mode = .pickingAgent(contactId: id)
    case .setAway:
        guard let agent = state.selectedAgent else {
            state.message = .error(state.text.selectAgent)
            break
        }
        state.pickerOptions = AwayReason.selectable.map(\.rawValue)
        state.pickerSelection = 0
        state.mode = .pickingReason(agent: agent.name)
    case .logOut, .endWrapUp:
        guard let agent = state.selectedAgent else {
            state.message = .error(state.text.selectAgent)
            break
        }
        return [.changeState(agent: agent.name, action == .logOut ? .logOut : .endWrapUp)]
    case .toggleLarge:
        state.isLarge.toggle()
        if !state.sections.contains(state.focus) { state.focus = state.sections[0] }
        refreshFigures(&state)
    case .quit:
        state.isQuitting = true
    case .pickDown, .pickUp:
        guard !state.pickerOptions.isEmpty else { break }
        state.pickerSelection = min(state.pickerOptions.count - 1, max(0, state.pickerSelection + (action == .pickDown ? 1 : -1)))
    case .pick:
        guard state.pickerOptions.indices.contains(state.pickerSelection) else { break }
        let choice = state.pickerOptions[state.pickerSelection]
        switch state.mode {
        case .pickingAgent(let contactId):
            return [.reassign(contactId: contactId, agent: choice)]
        case .pickingReason(let agent):
            return AwayReason(rawValue: choice).map { [.changeState(agent: agent, .goAway($0))] } ?? []
        case .board, .detail, .help, .reports:
            break
        }
    case .cancel, .close:
        state.mode = .board
        state.detail = nil
        state.report = nil
    case .reports:
        state.mode = .reports
        state.report = nil
        state.reportScroll = 0
        return loadReport(&state)
    case .reportToday, .reportWeek, .reportMonth:
        state.reportPeriod = action == .reportToday ? .daily : action == .reportWeek ? .weekly : .monthly
        state.report = nil
        state.reportScroll = 0
        return loadReport(&state)
    case .scrollDown where state.mode == .reports:
        state.reportScroll = min(state.reportScroll + 1, WallboardOverlays.reportMaxScroll(state))
    case .scrollUp where state.mode == .reports:
        state.reportScroll = max(0, state.reportScroll - 1)
    case .help:
        state.mode = .help
        state.detailScroll = 0
    case .scrollDown where state.mode == .help:
        let most = HelpOverlay.maxScroll(sections: WallboardBindings.helpSections(state.text), width: state.width, height: state.height)
        state.detailScroll = min(state.detailScroll + 1, most)
    case .scrollDown:
        state.detailScroll += 1
    case .scrollUp:
        state.detailScroll = max(0, state.detailScroll - 1)
    }
    return []
}

/// Opens what is selected: a contact (an abandoned call, a complaint's contact) or an agent.
private func open(_ state: inout WallboardState) -> [WallboardEffect] {
    guard let index = state.selected(in: state.focus) else { return [] }
    let figures = state.figures
    switch state.focus {
    case .queue: return figures.queue[index].contact.id.map { [.openContact($0)] } ?? []
    case .agents: return [.openAgent(figures.agents[index].agent.name)]
    case .abandoned: return figures.abandonedCalls[index].contact.id.map { [.openContact($0)] } ?? []
    case .complaints:
        guard let contactId = figures.complaints[index].complaint.contactId else {
            state.message = .error(state.text.noContactToOpen)
            return []
        }
        return [.openContact(contactId)]
    }
}
