import FrontlineCore

/// Each agent's complaint form as they left it; saved on every keystroke, seen only by its agent.
public protocol ComplaintDrafts: Sendable {
    func complaintDraft(agent: String) throws -> ComplaintDraft?
    func saveComplaintDraft(_ draft: ComplaintDraft) throws
    func deleteComplaintDraft(agent: String) throws
}
