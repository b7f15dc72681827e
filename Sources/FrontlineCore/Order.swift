import Foundation

/// An order in the customer file.
public struct Order: Identifiable, Equatable, Codable, Sendable {
    public var id: Int64?
    public var customerId: Int64
    public var number: String
    public var items: String
    /// Total in the smallest unit of the currency (fen, won, cents).
    public var totalMinor: Int
    public var currency: String
    public var paymentStatus: String
    public var shippingStatus: String
    public var trackingNumber: String?
    public var placedAt: Date

    public init(id: Int64? = nil, customerId: Int64, number: String, items: String, totalMinor: Int,
                currency: String, paymentStatus: String, shippingStatus: String,
                trackingNumber: String? = nil, placedAt: Date) {
        self.id = id
        self.customerId = customerId
        self.number = number
        self.items = items
        self.totalMinor = totalMinor
        self.currency = currency
        self.paymentStatus = paymentStatus
        self.shippingStatus = shippingStatus
        self.trackingNumber = trackingNumber
        self.placedAt = placedAt
    }

    /// The total as people write it: `¥128.00`, `₩35,000`, `NT$1,290`, `$12.50`.
    public var formattedTotal: String {
        switch currency {
        case "KRW": return "₩" + Self.grouped(totalMinor)
        // Prices in Taiwan are whole dollars; cents, where there are any, still show.
        case "TWD": return "NT$" + (totalMinor % 100 == 0 ? Self.grouped(totalMinor / 100) : Self.twoDecimals(totalMinor))
        case "CNY": return "¥" + Self.twoDecimals(totalMinor)
        case "USD": return "$" + Self.twoDecimals(totalMinor)
        default: return Self.twoDecimals(totalMinor) + " " + currency
        }
    }

    private static func grouped(_ value: Int) -> String {
        let formatter = NumberFormatter()
        formatter.numberStyle = .decimal
        formatter.groupingSeparator = ","
        return formatter.string(from: NSNumber(value: value)) ?? String(value)
    }

    private static func twoDecimals(_ minor: Int) -> String {
        let sign = minor < 0 ? "-" : ""
        let value = abs(minor)
        let cents = value % 100
        return "\(sign)\(value / 100).\(cents < 10 ? "0" : "")\(cents)"
    }
}
