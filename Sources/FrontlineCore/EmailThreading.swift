import Foundation

/// Which earlier messages an incoming e-mail answers, nearest first: its In-Reply-To, then its
/// References from the newest back (RFC 5322 §3.6.4). The first one Frontline knows names the contact.
public enum EmailThreading {
    public static func candidates(inReplyTo: String?, references: [String]?) -> [String] {
        var seen = Set<String>()
        var ids: [String] = []
        for id in [inReplyTo].compactMap({ $0 }) + (references ?? []).reversed() {
            let id = normalised(id)
            if !id.isEmpty, seen.insert(id).inserted { ids.append(id) }
        }
        return ids
    }

    /// `<abc@host>` and `abc@host` are the same message id.
    public static func normalised(_ id: String) -> String {
        var text = Substring(id.trimmingCharacters(in: .whitespacesAndNewlines))
        if text.hasPrefix("<") { text = text.dropFirst() }
        if text.hasSuffix(">") { text = text.dropLast() }
        return String(text)
    }
}
