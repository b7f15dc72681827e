import Foundation
import FrontlineCore
import FrontlineStoreAPI

extension WallboardProgram {
    /// Does one piece of work `updateWallboard` asked for against the store, and reports what came of it.
    public func perform(_ effect: WallboardEffect) -> [WallboardMsg] {
        let text = state.text
        let supervisor = state.supervisor.name
        do {
            switch effect {
            case .load:
                let today = state.today
                return [.loaded(try database.wallboardInput(from: today.start, to: today.end)),
                        .webhooksLoaded(try database.webhookTrouble()), .tick(clock.now)]
            case .loadWebhooks:
                return [.webhooksLoaded(try database.webhookTrouble())]
            case let .reassign(contactId, agent):
                try database.reassign(contactId: contactId, to: agent, by: supervisor, policy: state.policy, at: clock.now)
                return [.done(text.reassigned(contactId, state.displayName(agent)))]
            case let .changeState(agent, change):
                try database.changeState(of: agent, change, by: supervisor, rules: state.rules, policy: state.policy, at: clock.now)
                let name = state.displayName(agent)
                switch change {
                case .goAway(let reason): return [.done(text.wentAway(name, text.reason(reason)))]
                case .logOut: return [.done(text.loggedOut(name))]
                default: return [.done(text.wrapUpEnded(name))]
                }
            case .openContact(let id):
                guard let contact = try database.contact(id: id) else { throw StoreError.noSuchContact(id) }
                let file = try database.customerFile(customerId: contact.customerId, limit: 5, at: clock.now)
                let transcript = contact.channel.isWritten ? try database.transcript(contactId: id, limit: 200) : []
                return [.detailLoaded(.contact(contact, file: file, transcript: transcript))]
            case .sweepGoneConsoles:
                // An agent whose console was killed shows as logged out within a second, even if nothing routes.
                // What it writes comes back through the change feed like any other commit.
                try database.logOutGoneConsoles(rules: state.rules, policy: state.policy, at: clock.now)
                return []
            case .loadReport(let period):
                // The same count as `frontline report`, in the policy's time zone like the board's "today".
                var calendar = Calendar(identifier: .gregorian)
                calendar.timeZone = state.policy.calendar.timeZone
                let now = clock.now
                guard let interval = period.interval(containing: now, calendar: calendar) else { return [] }
                return [.reportLoaded(try database.report(period, from: interval.start, to: interval.end, now: now,
                                                          policy: state.policy, calendar: calendar))]
            case .openAgent(let name):
                guard let agent = try database.agent(named: name) else { throw StoreError.noSuchAgent(name) }
                let today = state.today
                return [.detailLoaded(.agent(agent, log: try database.stateLog(agent: name, from: today.start, to: today.end),
                                             held: try database.openItems(agent: name, policy: state.policy)))]
            }
        } catch let error as StoreError where error.isLostConnection {
            return [.databaseLost]
        } catch {
            return [.failed(text.console.problem(error))]
        }
    }
}
