/// One thing in a customer file an agent keeps up. The raw value names it in the file's history
/// and on the command line (`--address-as`, `--do-not-disturb`).
public enum CustomerField: String, CaseIterable, Codable, Sendable {
    case name
    case formOfAddress = "address-as"
    case phones
    case email
    case postalAddress = "postal-address"
    case language
    case member
    case card
    case type
    case doNotDisturb = "do-not-disturb"
    case notes
    /// Not edited: the history line of a merge names this field (before and after are the two files).
    case merged
}

extension CustomerField {
    /// The fields an agent edits, in the order the console offers them.
    public static let editable: [CustomerField] = allCases.filter { $0 != .merged }
}

extension Customer {
    /// The field as one line of text: what the history records and the console's field starts with.
    public func text(of field: CustomerField) -> String {
        switch field {
        case .name: name
        case .formOfAddress: formOfAddress
        case .phones: phones.joined(separator: ", ")
        case .email: email ?? ""
        case .postalAddress: postalAddress ?? ""
        case .language: language.rawValue
        case .member: isMember ? "yes" : "no"
        case .card: memberCard ?? ""
        case .type: type.rawValue
        case .doNotDisturb: QuietHours.list(doNotDisturb)
        case .notes: notes
        case .merged: mergedInto.map(String.init) ?? ""
        }
    }
}
