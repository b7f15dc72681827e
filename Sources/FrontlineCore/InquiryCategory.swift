/// What a contact was about, as the manuals' consultation register counts it: the eight inquiry
/// categories of the e-commerce manual, plus "complaint filed". The shipped wrap-up codes; the raw
/// value is the code stored and written in policy files, so these names are frozen.
public enum InquiryCategory: String, Codable, CaseIterable, Sendable {
    case choosingAProduct = "choosing-a-product"
    case placingAnOrder = "placing-an-order"
    case payment
    case receivingGoods = "receiving-goods"
    case shippingFees = "shipping-fees"
    case afterSales = "after-sales"
    case accountAndPassword = "account-and-password"
    case other
    case complaintFiled = "complaint-filed"

    /// The English name, for reports and the English console.
    public var title: String {
        switch self {
        case .choosingAProduct: "Choosing a product"
        case .placingAnOrder: "Placing an order"
        case .payment: "Payment"
        case .receivingGoods: "Receiving goods"
        case .shippingFees: "Shipping fees"
        case .afterSales: "After-sales"
        case .accountAndPassword: "Account and password"
        case .other: "Other"
        case .complaintFiled: "Complaint filed"
        }
    }
}
