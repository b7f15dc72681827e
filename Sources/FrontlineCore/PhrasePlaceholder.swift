/// The values a phrase can name, and how they are filled for one customer.
///
/// `customer.title` is how to address the customer by name. The customer file has no
/// gender, so Chinese cannot say 先生 or 女士: it uses the full name (`王小明`), which
/// phrases follow with 您好. Korean uses the service form `김민수 고객님`; English the full name.
public struct PhrasePlaceholder: Equatable, Sendable {
    /// Every key a phrase may use, in the order the documentation lists them.
    public static let keys = ["customer.name", "customer.title", "agent.name", "order.number", "promised_time", "visit.date"]

    public var customerName: String?
    public var agentName: String?
    public var orderNumber: String?
    /// The promised reply time as the agent would say it (`15:00`, `오후 3시`).
    public var promisedTime: String?
    /// The day of the serviced visit as the agent would say it (`11月20日`, `11월 20일`, `November 20`).
    public var visitDate: String?

    public init(customerName: String? = nil, agentName: String? = nil, orderNumber: String? = nil,
                promisedTime: String? = nil, visitDate: String? = nil) {
        self.customerName = customerName
        self.agentName = agentName
        self.orderNumber = orderNumber
        self.promisedTime = promisedTime
        self.visitDate = visitDate
    }

    /// The values for `PhraseTemplate.render`; missing data is left out, so a phrase's default applies.
    public func values(in language: Language) -> [String: String] {
        var values: [String: String] = [:]
        values["customer.name"] = customerName
        values["customer.title"] = customerName.map { Self.title(name: $0, in: language) }
        values["agent.name"] = agentName
        values["order.number"] = orderNumber
        values["promised_time"] = promisedTime
        values["visit.date"] = visitDate
        return values.filter { !$0.value.isEmpty }
    }

    /// The form of address for a customer called `name`.
    public static func title(name: String, in language: Language) -> String {
        guard !name.isEmpty else { return "" }
        switch language {
        case .zhHans, .zhHant, .en: return name
        case .ko: return name + " 고객님"
        }
    }
}
