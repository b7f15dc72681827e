import Foundation
import FrontlineCore
import XCTest

final class HexTests: XCTestCase {
    /// Every byte value as the C formatter writes it, two lower-case digits each.
    func testEveryByteIsTwoLowerCaseDigits() {
        let all = (0...255).map { UInt8($0) }
        XCTAssertEqual(Hex.lowercase(all), all.map { String(format: "%02x", $0) }.joined())
        XCTAssertEqual(Hex.lowercase([UInt8]()), "")
        XCTAssertEqual(Hex.lowercase([0x00, 0xff, 0x0a]), "00ff0a")
    }
}
