import Foundation

/// Who may move a quality review on, and from which state. A supervisor scores an open review;
/// only the agent whose contact it is may dispute a reviewed one; a supervisor other than the
/// reviewer settles a disputed one (the manuals: the director checks; a dispute needs a second pair of eyes).
public enum QualityReviewRules {
    /// Nil when `person` may score `review`, else why not.
    public static func whyNotReview(_ review: QualityReview, by person: Agent) -> String? {
        guard person.role == .supervisor else { return "only a supervisor scores quality reviews; you are \(person.name), an \(person.role.rawValue)" }
        guard review.state == .open else { return "review \(review.id) is \(review.state.rawValue) already; only an open review is scored" }
        return nil
    }

    /// Nil when `person` may dispute `review`, else why not.
    public static func whyNotDispute(_ review: QualityReview, by person: Agent) -> String? {
        guard person.name == review.agent else { return "only \(review.agent), whose contact it is, may dispute review \(review.id)" }
        guard review.state == .reviewed else {
            return review.state == .open ? "review \(review.id) is not scored yet; there is nothing to dispute"
                : "review \(review.id) is \(review.state.rawValue) already; a review is disputed once, after it is scored"
        }
        return nil
    }

    /// Nil when `reason` says why the review is disputed, else what to do.
    public static func whyNotDispute(reason: String) -> String? {
        reason.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? "say why you dispute the review (--reason TEXT)" : nil
    }

    /// Nil when `person` may settle `review`, else why not.
    public static func whyNotSettle(_ review: QualityReview, by person: Agent) -> String? {
        guard person.role == .supervisor else { return "only a supervisor settles a disputed review; you are \(person.name), an \(person.role.rawValue)" }
        guard review.state == .disputed else { return "review \(review.id) is \(review.state.rawValue), not disputed; only a disputed review is settled" }
        guard person.name != review.reviewer else {
            return "you scored review \(review.id) yourself; a supervisor other than the reviewer settles the dispute"
        }
        return nil
    }
}
