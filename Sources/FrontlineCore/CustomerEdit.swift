import Foundation

/// One change asked of a customer file: a field set from text, a phone added or removed, or a line
/// of what the customer said added to the notes. The same requests come from the console and
/// from `frontline customers edit`, and go through the same rules.
public enum CustomerEdit: Equatable, Sendable {
    /// Set a field from its text (an empty text clears the optional ones).
    case set(CustomerField, String)
    case addPhone(String)
    case removePhone(String)
    /// A line of what the customer said, kept at the end of the notes.
    case addNote(String)

    public var field: CustomerField {
        switch self {
        case .set(let field, _): field
        case .addPhone, .removePhone: .phones
        case .addNote: .notes
        }
    }
}

/// Why a value was not taken: which field, and one English line saying what to give instead.
/// The console says it in the agent's language from `field`.
public struct CustomerValueProblem: Error, Equatable, Sendable, CustomStringConvertible {
    public var field: CustomerField
    public var description: String

    public init(field: CustomerField, _ description: String) {
        self.field = field
        self.description = description
    }
}

/// One field's change as the file's history records it: before and after as text.
public struct CustomerChange: Equatable, Sendable {
    public var field: CustomerField
    public var before: String
    public var after: String

    public init(field: CustomerField, before: String, after: String) {
        self.field = field
        self.before = before
        self.after = after
    }
}

extension Customer {
    /// The file after `edits`, in order, and what changed (one entry per field that changed,
    /// first value before to last value after). Throws the first value the rules refuse; nothing
    /// is applied then.
    public func applying(_ edits: [CustomerEdit]) throws(CustomerValueProblem) -> (customer: Customer, changes: [CustomerChange]) {
        var edited = self
        for edit in edits { try edited.apply(edit) }
        let changes = CustomerField.editable.compactMap { field -> CustomerChange? in
            let before = text(of: field), after = edited.text(of: field)
            return before == after ? nil : CustomerChange(field: field, before: before, after: after)
        }
        return (edited, changes)
    }

    private mutating func apply(_ edit: CustomerEdit) throws(CustomerValueProblem) {
        func check(_ problem: String?) throws(CustomerValueProblem) {
            if let problem { throw CustomerValueProblem(field: edit.field, problem) }
        }
        switch edit {
        case .set(let field, let raw):
            let text = raw.trimmingCharacters(in: .whitespaces)
            try set(field, text, check)
        case .addPhone(let raw):
            let phone = raw.trimmingCharacters(in: .whitespaces)
            try check(PhoneNumber.problem(with: phone))
            let digits = PhoneNumber.digits(of: phone)
            if !phones.contains(where: { PhoneNumber.digits(of: $0) == digits }) { phones.append(phone) }
        case .removePhone(let raw):
            let digits = PhoneNumber.digits(of: raw)
            guard let index = phones.firstIndex(where: { PhoneNumber.digits(of: $0) == digits && !digits.isEmpty }) else {
                throw CustomerValueProblem(field: .phones, "the file has no phone '\(raw)'; give one of: \(phones.joined(separator: ", "))")
            }
            phones.remove(at: index)
        case .addNote(let raw):
            let line = raw.trimmingCharacters(in: .whitespaces)
            try check(ValueRules.textProblem(line, what: "the note") ?? ValueRules.lineProblem(line, what: "the note", limit: 500))
            notes = notes.isEmpty ? line : notes + "\n" + line
        }
    }

    private mutating func set(_ field: CustomerField, _ text: String,
                              _ check: (String?) throws(CustomerValueProblem) -> Void) throws(CustomerValueProblem) {
        switch field {
        case .name:
            try check(ValueRules.customerNameProblem(text))
            name = text
        case .formOfAddress:
            try check(ValueRules.lineProblem(text, what: "the form of address", limit: ValueRules.formOfAddressLimit))
            formOfAddress = text
        case .phones:
            let list = text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            for phone in list { try check(PhoneNumber.problem(with: phone)) }
            phones = list
        case .email:
            if !text.isEmpty { try check(ValueRules.emailProblem(text)) }
            email = text.isEmpty ? nil : text
        case .postalAddress:
            try check(ValueRules.lineProblem(text, what: "the postal address", limit: ValueRules.postalAddressLimit))
            postalAddress = text.isEmpty ? nil : text
        case .language:
            guard let chosen = Language(code: text) else {
                throw CustomerValueProblem(field: .language, "'\(text)' is not a language Frontline serves; give en, zh-Hans, zh-Hant or ko")
            }
            language = chosen
        case .member:
            guard let yes = ValueRules.yesNo(text) else {
                throw CustomerValueProblem(field: .member, "'\(text)' is not yes or no; give yes or no")
            }
            isMember = yes
        case .card:
            if !text.isEmpty { try check(ValueRules.memberCardProblem(text)) }
            memberCard = text.isEmpty ? nil : text
        case .type:
            guard let chosen = CustomerType(rawValue: text.lowercased()) else {
                throw CustomerValueProblem(field: .type, "'\(text)' is not a customer type; give existing, new or potential")
            }
            type = chosen
        case .doNotDisturb:
            try check(ValueRules.clockRangesProblem(text))
            doNotDisturb = QuietHours.parseList(text) ?? []
        case .notes:
            // Setting the notes whole (the console's field): lines typed with " / " between them.
            try check(ValueRules.lineProblem(text, what: "the notes", limit: 2_000))
            notes = text.components(separatedBy: " / ").map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { !$0.isEmpty }.joined(separator: "\n")
        case .merged:
            throw CustomerValueProblem(field: .merged, "a merge is not an edit; use 'frontline customers merge KEEP OTHER'")
        }
    }
}
