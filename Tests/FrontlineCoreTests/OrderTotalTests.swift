import FrontlineCore
import XCTest

/// An order's total as the customer writes it in their own currency.
final class OrderTotalTests: XCTestCase {
    private func total(_ minor: Int, _ currency: String) -> String {
        Order(customerId: 1, number: "A-1", items: "mug", totalMinor: minor, currency: currency, paymentStatus: "paid",
              shippingStatus: "delivered", placedAt: Date(timeIntervalSince1970: 0)).formattedTotal
    }

    func testEachCurrencyIsWrittenTheLocalWay() {
        XCTAssertEqual(total(12_800, "CNY"), "¥128.00")
        XCTAssertEqual(total(35_000, "KRW"), "₩35,000")
        XCTAssertEqual(total(129_000, "TWD"), "NT$1,290")
        XCTAssertEqual(total(129_050, "TWD"), "NT$1290.50", "cents, where there are any, still show")
        XCTAssertEqual(total(1_250, "USD"), "$12.50")
        XCTAssertEqual(total(1_250, "EUR"), "12.50 EUR")
    }
}
