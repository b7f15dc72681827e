import FrontlineCore
import FrontlineScreen
import FrontlineStoreAPI

/// What the console says when the store refuses or fails a request, in the agent's language. The
/// keys' rules catch most refusals before the store is asked; these are the ones only the store
/// can know (another console was quicker, the file is busy). A refusal the store words itself
/// (`StoreError.refused`) keeps its English reason inside a translated sentence.
extension ConsoleText {
    public func problem(_ error: any Error) -> String {
        // Not the database's (a file of the agent's own, say): its reason, never "nothing was saved".
        guard let error = error as? StoreError else { return say(.problemNotDone, ["reason": SafeText.visible("\(error)")]) }
        switch error {
        case .noSuchContact(let id): return say(.problemNoSuchContact, ["id": "\(id)"])
        case .noSuchComplaint(let id): return say(.problemNoSuchComplaint, ["id": "\(id)"])
        case .noSuchAgent(let name): return say(.problemNoSuchAgent, ["name": name])
        case .contactEnded(let id): return say(.problemContactEnded, ["id": "\(id)"])
        case .notActive(let id): return say(.problemNotActive, ["id": "\(id)"])
        case .notYours(let id, let holder): return heldBy(id, holder)
        case .emptyText: return say(.problemEmptyText)
        case .alreadyHeld(let id, let agent): return say(.problemAlreadyHeld, ["id": "\(id)", "agent": agent])
        case .agentState(.notSupervisor(_, _, let target)): return say(.problemNotSupervisor, ["agent": target])
        case .agentState(.offline(let agent)): return say(.problemOffline, ["agent": agent])
        case .agentState(.notInWrapUp): return notInWrapUp
        case .agentState(.removed(let agent)): return say(.problemRemoved, ["agent": agent])
        case .badCustomerValue(let problem): return customerValueRefused(problem.field)
        case .keptForOwner(let id, let owner, let until): return keptForOwner(id, owner, until: until)
        case .sentElsewhere(let id, let audience): return waitsFor(id, audience)
        case .noSuchGroup(let name, _): return noSuchTarget(name)
        case .busy: return say(.problemBusy)
        case .readOnly: return say(.problemReadOnly)
        // The server went away: nothing was done (a rolled-back write), or, lost at the commit, it
        // may have been; a method this backend lacks did nothing at all.
        case .unreachable: return say(.problemUnreachable)
        case .outcomeUnknown: return say(.problemOutcomeUnknown)
        case .notYetOnPostgres: return say(.problemUnavailable)
        case .refused(let reason): return say(.problemRefused, ["reason": reason])
        default: return say(.problemDatabase)
        }
    }
}
