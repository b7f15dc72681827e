import Foundation

/// The detail of a `handoff-answered` event: `HANDOFF-ID DEPARTMENT: answer`. A copy of the SQLite
/// store's internal type (AppDatabase+Handoff.swift); the two should move to FrontlineStoreAPI together.
/// HandoffStore's methods themselves are not ported yet.
struct HandoffAnswerDetail {
    var handoffId: Int64?
    var department: String
    var text: String

    init(handoffId: Int64, department: String, text: String) {
        (self.handoffId, self.department, self.text) = (handoffId, department, text)
    }

    init(_ detail: String) {
        let (head, text) = detail.firstIndex(of: ":").map { (String(detail[..<$0]), String(detail[detail.index(after: $0)...]).trimmingCharacters(in: .whitespaces)) }
            ?? (detail, "")
        let words = head.split(separator: " ", maxSplits: 1).map(String.init)
        handoffId = words.first.flatMap { Int64($0) }
        department = words.count > 1 ? words[1] : head
        self.text = text
    }

    var detail: String { "\(handoffId ?? 0) \(department): \(text)" }
}
