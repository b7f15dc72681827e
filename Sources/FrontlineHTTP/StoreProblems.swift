import FrontlineStoreAPI

/// A store refusal as the problem a client can act on: unknown things are 404, requests the
/// contact's state refuses are 409, a busy database is 503; the file's own trouble is a 500
/// whose detail names no path (the server's log has it).
enum StoreProblems {
    static func problem(for error: StoreError) -> Problem {
        switch error {
        case .noSuchContact, .noSuchCustomer, .noSuchComplaint, .noSuchAgent:
            return Problem(.notFound, error.description)
        case .noSuchGroup:
            return Problem.invalid("/group", error.description)
        case .emptyText:
            return Problem.invalid("/text", error.description)
        case .missingAddress:
            return Problem.invalid("/from", error.description)
        case let .invalidField(field, problem) where field == "message_id":
            // The message named in the path: unknown is 404, not an agent's reply is 409.
            return Problem(problem.hasPrefix("there is no") ? .notFound : .conflict, problem)
        case let .invalidField(field, problem):
            return Problem.invalid("/" + field, problem)
        case .busy:
            return Problem(.unavailable, "the database is busy; try again in a moment")
        case .readOnly:
            return Problem(.unavailable, "the database is read-only; the server cannot write to it")
        case .unreachable:
            // The store reconnects by itself: nothing was done, and the same request later may succeed.
            return Problem(.unavailable, "the database cannot be reached; nothing was done, try again in a moment")
        case .outcomeUnknown:
            return Problem(.unavailable, "the database went away while saving; it may or may not have been kept, so check before sending it again")
        default:
            if error.isBadRequest { return Problem(.conflict, error.description) }
            return Problem(.internalError, "the database failed; the server's log says why", cause: error.description)
        }
    }
}
