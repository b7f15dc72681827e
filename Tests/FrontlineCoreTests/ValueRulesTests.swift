import Foundation
import XCTest
@testable import FrontlineCore

/// One rule per kind of value, in Core, for every way a value enters.
final class ValueRulesTests: XCTestCase {
    func testAddressesByChannel() {
        XCTAssertNil(ValueRules.addressProblem("mina@example.com", channel: .email))
        XCTAssertNotNil(ValueRules.addressProblem("not-an-email", channel: .email))
        XCTAssertNotNil(ValueRules.addressProblem("a@b", channel: .email))
        XCTAssertNil(ValueRules.addressProblem("+82 10-0000-0029", channel: .phone))
        XCTAssertNil(ValueRules.addressProblem("(202) 555-0100", channel: .chat))
        XCTAssertNil(ValueRules.addressProblem("lee@example.com", channel: .chat))
        XCTAssertNotNil(ValueRules.addressProblem("lee@example.com", channel: .phone))
        XCTAssertNotNil(ValueRules.addressProblem("abc", channel: .phone))
        XCTAssertNotNil(ValueRules.addressProblem("123", channel: .phone))
    }

    func testTextsInstantsAndAgentNames() {
        XCTAssertNotNil(ValueRules.textProblem(" \n "))
        XCTAssertNil(ValueRules.textProblem("안녕하세요"))
        let now = Date(timeIntervalSince1970: 1_790_000_000)
        XCTAssertNil(ValueRules.arrivalProblem(now.addingTimeInterval(-86_400), now: now))
        XCTAssertNil(ValueRules.arrivalProblem(now.addingTimeInterval(30), now: now))
        XCTAssertNotNil(ValueRules.arrivalProblem(now.addingTimeInterval(3_600), now: now))
        XCTAssertNil(ValueRules.agentNameProblem("mina"))
        XCTAssertNil(ValueRules.agentNameProblem("jun.park-2"))
        XCTAssertNotNil(ValueRules.agentNameProblem(String(repeating: "a", count: 300)))
        XCTAssertNotNil(ValueRules.agentNameProblem("two words"))
        XCTAssertNotNil(ValueRules.agentNameProblem(""))
    }

    func testANationalNumberIsLookedUpInternationallyToo() {
        XCTAssertTrue(PhoneNumber.lookupDigits(of: "010-0000-0029").contains("821000000029"))
        XCTAssertEqual(PhoneNumber.lookupDigits(of: "+82 10-0000-0029"), ["821000000029"])
        XCTAssertEqual(PhoneNumber.lookupDigits(of: "0082 10 0000 0029"), ["00821000000029", "821000000029"])
    }
}
