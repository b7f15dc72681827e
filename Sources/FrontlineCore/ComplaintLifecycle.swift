import Foundation

extension ComplaintCase {
    /// The case after `step` taken by `agent` at `now`, or what must happen first.
    /// Pure: the caller saves the result. New solutions and follow-ups come back without an id.
    /// `requiredFollowUps` is the policy's count of follow-ups before archiving (`[follow_up]`).
    public func applying(_ step: ComplaintStep, by agent: String, role: AgentRole, requiredFollowUps: Int = 1,
                         at now: Date) -> Result<ComplaintCase, ComplaintRuleError> {
        Result { () throws(ComplaintRuleError) in
            try stepped(step, by: agent, role: role, requiredFollowUps: requiredFollowUps, at: now)
        }
    }

    /// Follow-ups still owed before the complaint may be archived, under a policy asking for `required`.
    public func followUpsOwed(required: Int) -> Int {
        max(0, required - followUps.count)
    }

    private func stepped(_ step: ComplaintStep, by agent: String, role: AgentRole, requiredFollowUps: Int,
                         at now: Date) throws(ComplaintRuleError) -> ComplaintCase {
        let state = complaint.state
        if state == .rejected { throw refusal("\(name) was judged not valid and is closed; file a new complaint if the customer comes back") }
        if state == .archived { throw refusal("\(name) is archived and closed; file a new complaint if the customer comes back") }
        var next = self
        switch step {
        case let .judge(valid, explanation):
            guard state == .received else { throw refusal("\(name) was already judged valid") }
            if valid {
                next.complaint.state = .judged
            } else {
                next.complaint.explanation = try required(explanation, "a complaint judged not valid needs the explanation given to the customer")
                next.complaint.state = .rejected
            }
        case let .assign(department, owner):
            guard state != .received else { throw outOfOrder() }
            next.complaint.department = try required(department, "give the department that handles the complaint")
            next.complaint.owner = try required(owner, "give the agent who owns the complaint")
            if state == .judged { next.complaint.state = .assigned }
        case let .proposeSolution(text):
            guard state == .assigned || (state == .solutionProposed && acceptedSolution == nil) else { throw outOfOrder() }
            let text = try required(text, "the solution is empty; describe what will be done")
            next.solutions.append(ComplaintSolution(complaintId: complaint.id ?? 0, text: text, at: now, agent: agent))
            next.complaint.state = .solutionProposed
        case let .offer(id):
            let index = try solutionIndex(id)
            if let offered = offeredSolution {
                throw refusal("solution \(offered.id ?? 0) of \(name) is on offer: record whether the customer accepts or refuses it first")
            }
            guard solutions[index].status == .proposed else {
                throw refusal("solution \(id) of \(name) was \(solutions[index].status.rawValue); offer another one or propose a new one")
            }
            next.mark(index, .offered, by: agent, at: now)
        case let .refuse(id), let .accept(id):
            let index = try solutionIndex(id)
            guard solutions[index].status == .offered else {
                throw refusal("solution \(id) of \(name) is not on offer: offer it to the customer first")
            }
            if case .accept = step {
                next.mark(index, .accepted, by: agent, at: now)
                next.complaint.acceptedSolutionId = id
            } else {
                next.mark(index, .refused, by: agent, at: now)
            }
        case .approve:
            guard role == .supervisor else {
                throw refusal("only a supervisor may approve \(name); \(agent) is \(role == .agent ? "an" : "a") \(role.rawValue)")
            }
            guard state == .solutionProposed, acceptedSolution != nil else { throw outOfOrder() }
            next.complaint.state = .approved
        case .implement:
            guard acceptedSolution != nil, state == .solutionProposed || state == .approved else { throw outOfOrder() }
            if complaint.severity == .major, state != .approved {
                throw refusal("\(name) is major: a supervisor must approve it before it is implemented")
            }
            next.complaint.state = .implemented
            next.complaint.resolvedAt = now
        case let .followUp(satisfaction, note):
            guard state == .implemented || state == .followedUp else { throw outOfOrder() }
            let note = note.flatMap { $0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? nil : $0 }
            next.followUps.append(ComplaintFollowUp(complaintId: complaint.id ?? 0, satisfaction: satisfaction, note: note,
                                                    at: now, agent: agent))
            next.complaint.state = .followedUp
        case .archive:
            if state == .implemented {
                throw refusal("\(name): archive needs at least one follow-up; call the customer and record their satisfaction first")
            }
            guard state == .followedUp else { throw outOfOrder() }
            if followUpsOwed(required: requiredFollowUps) > 0 {
                throw refusal("\(name): the policy asks for \(requiredFollowUps) follow-ups before archiving and it has had \(followUps.count); call the customer again and record their satisfaction first")
            }
            next.complaint.state = .archived
            next.complaint.archivedAt = now
        case let .edit(edit):
            edit.apply(to: &next.complaint)
        }
        return next
    }

    /// How messages name the complaint.
    private var name: String { complaint.id.map { "complaint \($0)" } ?? "the complaint" }

    private func refusal(_ message: String) -> ComplaintRuleError { ComplaintRuleError(message) }

    /// A step out of order: says where the complaint stands and what comes next.
    private func outOfOrder() -> ComplaintRuleError {
        refusal("\(name) is \(complaint.state.rawValue): \(nextStepText)")
    }

    /// What the loop expects next, as the command line says it.
    private var nextStepText: String {
        switch nextStep {
        case .judge: "judge it (valid or not) first"
        case .assign: "assign it to a department and an owner first"
        case .propose: "propose a solution first"
        case .recordAnswer(let id): "record whether the customer accepts or refuses solution \(id) first"
        case .offerAndAccept: "offer a solution and have the customer accept it first"
        case .approve: "a supervisor must approve it first"
        case .implement: "implement the accepted solution first"
        case .followUp: "follow it up first"
        case .followUpOrArchive: "follow it up again or archive it"
        case .none: "it is closed"
        }
    }

    private func required(_ text: String?, _ message: String) throws(ComplaintRuleError) -> String {
        let text = text?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        guard !text.isEmpty else { throw refusal(message) }
        return text
    }

    /// The index of solution `id` while solutions are being offered; throws otherwise.
    private func solutionIndex(_ id: Int64) throws(ComplaintRuleError) -> Int {
        guard complaint.state == .solutionProposed, acceptedSolution == nil else {
            if let accepted = acceptedSolution {
                throw refusal("the customer already accepted solution \(accepted.id ?? 0) of \(name); \(nextStepText)")
            }
            throw outOfOrder()
        }
        guard let index = solutions.firstIndex(where: { $0.id == id }) else {
            throw refusal("\(name) has no solution \(id); see 'frontline complaint show \(complaint.id ?? 0)' for its solutions")
        }
        return index
    }

    private mutating func mark(_ index: Int, _ status: ComplaintSolution.Status, by agent: String, at now: Date) {
        solutions[index].status = status
        solutions[index].agent = agent
        solutions[index].at = now
    }
}
