import FrontlineCore

/// The scratch state of editing a customer file in the console: whose file, which field, and the
/// value being typed (it starts as the field's current value). Carried by the input mode, so
/// leaving the mode drops it.
public struct CustomerFieldEdit: Equatable, Sendable {
    public var customerId: Int64
    public var field: CustomerField
    public var value: TextField

    public init(customerId: Int64, field: CustomerField, value: TextField) {
        self.customerId = customerId
        self.field = field
        self.value = value
    }

    /// The field as the console types it: one line, the notes' lines joined by " / " (Core reads them back).
    static func startingText(of field: CustomerField, in customer: Customer) -> String {
        customer.text(of: field).replacingOccurrences(of: "\n", with: " / ")
    }

    /// Editing `field` of `customer`, its current value typed in, the cursor at its end.
    static func editing(_ field: CustomerField, of customer: Customer) -> CustomerFieldEdit {
        var value = TextField()
        value.insert(startingText(of: field, in: customer))
        return CustomerFieldEdit(customerId: customer.id ?? 0, field: field, value: value)
    }
}
