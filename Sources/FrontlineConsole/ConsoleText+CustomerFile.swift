import FrontlineCore
import FrontlineStoreAPI

/// What the console says about keeping the customer file up: the fields' names, what each takes,
/// and the file's history.
extension ConsoleText {
    private func customerSay(_ message: ConsoleMessage, _ values: [String: String] = [:]) -> String {
        let text = translation.text(.message(message))
        return values.isEmpty ? text : MessageTemplate(text).filled(values)
    }

    public func customerFieldLabel(_ field: CustomerField) -> String {
        switch field {
        case .name: customerSay(.customerFieldName)
        case .formOfAddress: customerSay(.customerFieldAddressAs)
        case .phones: customerSay(.customerFieldPhones)
        case .email: customerSay(.customerFieldEmail)
        case .postalAddress: customerSay(.customerFieldPostalAddress)
        case .language: customerSay(.customerFieldLanguage)
        case .member: customerSay(.customerFieldMember)
        case .card: customerSay(.customerFieldCard)
        case .type: customerSay(.customerFieldType)
        case .doNotDisturb: customerSay(.customerFieldDoNotDisturb)
        case .notes: customerSay(.customerFieldNotes)
        case .merged: customerSay(.customerFieldMerged)
        }
    }

    /// What a field takes, said when a value was refused.
    public func customerFieldHint(_ field: CustomerField) -> String {
        switch field {
        case .name: customerSay(.hintCustomerName)
        case .formOfAddress, .postalAddress, .notes, .merged: customerSay(.hintOneLine)
        case .phones: customerSay(.hintPhones)
        case .email: customerSay(.hintEmail)
        case .language: customerSay(.hintLanguage)
        case .member: customerSay(.hintMember)
        case .card: customerSay(.hintCard)
        case .type: customerSay(.hintCustomerType)
        case .doNotDisturb: customerSay(.hintDoNotDisturb)
        }
    }

    public func customerType(_ type: CustomerType) -> String {
        switch type {
        case .existing: customerSay(.customerTypeExisting)
        case .new: customerSay(.customerTypeNew)
        case .potential: customerSay(.customerTypePotential)
        }
    }

    public var noCustomerFileToEdit: String { customerSay(.noCustomerFileToEdit) }
    public func customerWasMerged(_ id: Int64) -> String { customerSay(.customerWasMerged, ["id": "\(id)"]) }
    public func customerUnchanged(_ field: String) -> String { customerSay(.customerUnchanged, ["field": field]) }
    public func customerSaved(_ fields: [String]) -> String {
        customerSay(.customerSaved, ["fields": fields.joined(separator: customerSay(.listSeparator))])
    }
    public func customerValueRefused(_ field: CustomerField) -> String {
        customerSay(.customerValueRefused, ["field": customerFieldLabel(field), "hint": customerFieldHint(field)])
    }
    public var fileHistory: String { customerSay(.fileHistory) }
    public func historyMerged(other: String, kept: String) -> String { customerSay(.historyMerged, ["other": other, "kept": kept]) }
    /// A field's value in the history: the value itself, or a dash for none.
    public func historyValue(_ field: CustomerField, _ value: String) -> String {
        if value.isEmpty { return "–" }
        if field == .type, let type = CustomerType(rawValue: value) { return customerType(type) }
        return value.replacingOccurrences(of: "\n", with: " / ")
    }
}
