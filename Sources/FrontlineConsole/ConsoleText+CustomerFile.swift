import FrontlineCore
import FrontlineStoreAPI

/// What the console says about keeping the customer file up: the fields' names, what each takes,
/// and the file's history.
extension ConsoleText {
    public func customerFieldLabel(_ field: CustomerField) -> String {
        switch field {
        case .name: say(.customerFieldName)
        case .formOfAddress: say(.customerFieldAddressAs)
        case .phones: say(.customerFieldPhones)
        case .email: say(.customerFieldEmail)
        case .postalAddress: say(.customerFieldPostalAddress)
        case .language: say(.customerFieldLanguage)
        case .member: say(.customerFieldMember)
        case .card: say(.customerFieldCard)
        case .type: say(.customerFieldType)
        case .doNotDisturb: say(.customerFieldDoNotDisturb)
        case .notes: say(.customerFieldNotes)
        case .merged: say(.customerFieldMerged)
        }
    }

    /// What a field takes, said when a value was refused.
    public func customerFieldHint(_ field: CustomerField) -> String {
        switch field {
        case .name: say(.hintCustomerName)
        case .formOfAddress, .postalAddress, .notes, .merged: say(.hintOneLine)
        case .phones: say(.hintPhones)
        case .email: say(.hintEmail)
        case .language: say(.hintLanguage)
        case .member: say(.hintMember)
        case .card: say(.hintCard)
        case .type: say(.hintCustomerType)
        case .doNotDisturb: say(.hintDoNotDisturb)
        }
    }

    public func customerType(_ type: CustomerType) -> String {
        switch type {
        case .existing: say(.customerTypeExisting)
        case .new: say(.customerTypeNew)
        case .potential: say(.customerTypePotential)
        }
    }

    public var noCustomerFileToEdit: String { say(.noCustomerFileToEdit) }
    public func customerWasMerged(_ id: Int64) -> String { say(.customerWasMerged, ["id": "\(id)"]) }
    public func customerUnchanged(_ field: String) -> String { say(.customerUnchanged, ["field": field]) }
    public func customerSaved(_ fields: [String]) -> String {
        say(.customerSaved, ["fields": fields.joined(separator: say(.listSeparator))])
    }
    public func customerValueRefused(_ field: CustomerField) -> String {
        say(.customerValueRefused, ["field": customerFieldLabel(field), "hint": customerFieldHint(field)])
    }
    public var fileHistory: String { say(.fileHistory) }
    public func historyMerged(other: String, kept: String) -> String { say(.historyMerged, ["other": other, "kept": kept]) }
    /// A field's value in the history: the value itself, or a dash for none.
    public func historyValue(_ field: CustomerField, _ value: String) -> String {
        if value.isEmpty { return "–" }
        if field == .type, let type = CustomerType(rawValue: value) { return customerType(type) }
        return value.replacingOccurrences(of: "\n", with: " / ")
    }
}
