import Foundation
import FrontlineCore
import FrontlineScreen
import FrontlineStoreAPI

/// One customer file as `customers show` prints it: the values agents keep up and the history.
struct CustomerReport {
    var customer: Customer
    var history: [CustomerHistoryEntry]

    /// The file's values as label and value, in reading order; `field` names them in JSON.
    private var fields: [(label: String, field: CustomerField)] {
        [("name", .name), ("address as", .formOfAddress), ("phones", .phones), ("e-mail", .email), ("postal address", .postalAddress),
         ("language", .language), ("member", .member), ("card", .card), ("type", .type), ("do not disturb", .doNotDisturb)]
    }

    func text() -> String {
        var lines = ["customer \(customer.id ?? 0)"]
        if let into = customer.mergedInto { lines.append("  merged into customer \(into): read that file") }
        lines += fields.map { "  \($0.label.padding(toLength: 16, withPad: " ", startingAt: 0))\(Self.shown(customer.text(of: $0.field)))" }
        lines.append("notes")
        lines += customer.notes.isEmpty ? ["  none"] : customer.notes.split(separator: "\n").map { "  \(SafeText.visible(String($0)))" }
        lines.append("history (newest first)")
        lines += history.isEmpty ? ["  none"] : history.map(Self.line)
        return lines.joined(separator: "\n")
    }

    /// `2026-12-05T18:40:00+08:00  emma (by lead)  phones: +86 130… → +86 130…, +86 131…`
    static func line(_ entry: CustomerHistoryEntry) -> String {
        let who = (entry.agent ?? "-") + (entry.actor.map { " (by \($0))" } ?? "")
        let what = entry.field == .merged
            ? "customer \(entry.before) merged into customer \(entry.after)"
            : "\(entry.field.rawValue): \(shown(entry.before)) → \(shown(entry.after))"
        return "  \(Timestamp.format(entry.at))  \(SafeText.visible(who))  \(what)"
    }

    /// A value as one visible line: `-` for none, line breaks shown as ` / `.
    private static func shown(_ value: String) -> String {
        value.isEmpty ? "-" : SafeText.visible(value.replacingOccurrences(of: "\n", with: " / "))
    }

    func json() -> [String: Any] {
        ["id": customer.id ?? 0, "name": customer.name, "addressAs": customer.formOfAddress, "phones": customer.phones,
         "email": JSONOutput.value(customer.email), "postalAddress": JSONOutput.value(customer.postalAddress),
         "language": customer.language.rawValue, "member": customer.isMember, "card": JSONOutput.value(customer.memberCard),
         "type": customer.type.rawValue, "doNotDisturb": customer.doNotDisturb.map(\.description),
         "notes": customer.notes.isEmpty ? [] : customer.notes.components(separatedBy: "\n"),
         "mergedInto": JSONOutput.value(customer.mergedInto), "createdAt": Timestamp.format(customer.createdAt),
         "history": history.map(Self.json)]
    }

    static func json(_ entry: CustomerHistoryEntry) -> [String: Any] {
        ["field": entry.field.rawValue, "before": entry.before, "after": entry.after, "agent": JSONOutput.value(entry.agent),
         "actor": JSONOutput.value(entry.actor), "at": Timestamp.format(entry.at)]
    }
}
