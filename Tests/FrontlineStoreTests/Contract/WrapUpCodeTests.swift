import Foundation
import FrontlineCore
import FrontlineStoreAPI
import XCTest

/// Wrap-up codes kept per contact and in its event log, refused as the Core rule says, counted by period.
final class WrapUpCodeTests: StoreContractCase {
    private func heldChat(_ database: any FrontlineStores, agent: String = "lin", at start: Date? = nil) throws -> Int64 {
        let start = start ?? t0
        let chat = try database.enqueue(channel: .chat, from: "w\(Int(start.timeIntervalSince(t0)))@example.com", name: nil,
                                        text: "where is my parcel?", at: start)
        _ = try XCTUnwrap(database.take(contactId: chat.id!, agent: agent, policy: policy, at: start.addingTimeInterval(10)))
        return chat.id!
    }

    func testTwoCodesAnOutcomeAndASummaryAreKeptAndLogged() throws {
        let database = try makeStore()
        let id = try heldChat(database)
        let entry = WrapUpEntry(codes: ["receiving-goods", "complaint-filed"], outcome: .needsFollowUp, summary: "  parcel lost, complaint filed ")
        let ended = try database.wrapUp(contactId: id, agent: "lin", rules: .standard, entry: entry, codes: .standard, at: at(100))
        XCTAssertEqual(ended.state, .ended)
        let kept = try XCTUnwrap(database.latestWrapUps(contactIds: [id, 999])[id])
        XCTAssertEqual(kept.entry, WrapUpEntry(codes: ["receiving-goods", "complaint-filed"], outcome: .needsFollowUp,
                                               summary: "parcel lost, complaint filed"), "codes in the order chosen, summary trimmed")
        XCTAssertEqual(kept.agent, "lin")
        XCTAssertEqual(kept.at, at(100))
        let logged = try XCTUnwrap(database.events(contactId: id).first { $0.kind == .wrapUpCoded })
        XCTAssertEqual(logged.detail, "codes=receiving-goods,complaint-filed outcome=needs-follow-up summary=parcel lost, complaint filed")
        XCTAssertEqual(try database.events(contactId: id).last?.kind, .completed)
    }

    func testTheCustomerFileCarriesWhatEachRecentContactWasAbout() throws {
        let database = try makeStore()
        let id = try heldChat(database)
        _ = try database.wrapUp(contactId: id, agent: "lin", rules: .standard, entry: WrapUpEntry(codes: ["shipping-fees"], summary: "asked the fee"),
                                codes: .standard, at: at(100))
        let customerId = try XCTUnwrap(database.contact(id: id)?.customerId)
        let file = try XCTUnwrap(database.customerFile(customerId: customerId, limit: 5, at: at(200)))
        XCTAssertEqual(file.wrapUps[id]?.entry, WrapUpEntry(codes: ["shipping-fees"], summary: "asked the fee"))
    }

    func testAnEntryTheRuleRefusesLeavesTheContactHeldAndRecordsNothing() throws {
        let database = try makeStore()
        let id = try heldChat(database)
        XCTAssertThrowsError(try database.wrapUp(contactId: id, agent: "lin", rules: .standard, entry: WrapUpEntry(), codes: .standard, at: at(100))) {
            XCTAssertTrue("\($0)".contains("requires a wrap-up code"), "\($0)")
        }
        XCTAssertThrowsError(try database.wrapUp(contactId: id, agent: "lin", rules: .standard, entry: WrapUpEntry(codes: ["bogus"]),
                                                 codes: .standard, at: at(100)))
        XCTAssertEqual(try database.contact(id: id)?.state, .active)
        XCTAssertEqual(try database.latestWrapUps(contactIds: [id]), [:])
        XCTAssertFalse(try database.events(contactId: id).contains { $0.kind == .wrapUpCoded })
        // Without an entry (training, scripts) a contact still ends, with no wrap-up kept.
        _ = try database.wrapUp(contactId: id, agent: "lin", at: at(200))
        XCTAssertEqual(try database.latestWrapUps(contactIds: [id]), [:])
    }

    func testAReopenedContactKeepsBothWrapUpsAndShowsTheLatest() throws {
        let database = try makeStore()
        let id = try heldChat(database)
        _ = try database.wrapUp(contactId: id, agent: "lin", rules: .standard, entry: WrapUpEntry(codes: ["payment"]), codes: .standard, at: at(100))
        _ = try database.reopen(contactId: id, at: at(1000))
        // Reopened, it is kept for lin (its owner) for the owner wait; park takes it after that.
        _ = try database.take(contactId: id, agent: "park", policy: policy, at: at(1000) + policy.ownerWait + 1)
        _ = try database.wrapUp(contactId: id, agent: "park", rules: .standard, entry: WrapUpEntry(codes: ["after-sales"], outcome: .resolved),
                                codes: .standard, at: at(1100))
        XCTAssertEqual(try database.latestWrapUps(contactIds: [id])[id]?.entry.codes, ["after-sales"])
        XCTAssertEqual(try database.wrapUps(from: t0, to: at(2000)).map(\.agent), ["lin", "park"])
    }

    func testAPeriodCountsEachCodeOfTheWrapUpsInsideIt() throws {
        let database = try makeStore()
        let first = try heldChat(database)
        _ = try database.wrapUp(contactId: first, agent: "lin", rules: .standard, entry: WrapUpEntry(codes: ["payment", "complaint-filed"]),
                                codes: .standard, at: at(100))
        let second = try heldChat(database, at: at(200))
        _ = try database.wrapUp(contactId: second, agent: "lin", rules: .standard, entry: WrapUpEntry(codes: ["payment"]), codes: .standard, at: at(300))
        let late = try heldChat(database, at: at(400))
        _ = try database.wrapUp(contactId: late, agent: "lin", rules: .standard, entry: WrapUpEntry(codes: ["other"]), codes: .standard, at: at(500))
        let counts = WrapUpCodeCount.counts(try database.wrapUps(from: t0, to: at(500)), policy: .standard)
        let byCode = Dictionary(uniqueKeysWithValues: counts.map { ($0.code, $0.count) })
        XCTAssertEqual(byCode["payment"], 2)
        XCTAssertEqual(byCode["complaint-filed"], 1)
        XCTAssertEqual(byCode["other"], 0, "the end of the period is not in it")
        XCTAssertEqual(counts.count, InquiryCategory.allCases.count, "every code of the policy, zero or not")
    }

    func testTheStoreChecksCodesAgainstTheTeamsOwnList() throws {
        let database = try makeStore()
        let id = try heldChat(database)
        let own = WrapUpPolicy(codes: [WrapUpCode(id: "warranty", names: [.en: "Warranty"])], codesRequired: false)
        XCTAssertThrowsError(try database.wrapUp(contactId: id, agent: "lin", rules: .standard, entry: WrapUpEntry(codes: ["payment"]),
                                                 codes: own, at: at(100)))
        _ = try database.wrapUp(contactId: id, agent: "lin", rules: .standard, entry: WrapUpEntry(summary: "asked about hours"), codes: own, at: at(100))
        XCTAssertEqual(try database.latestWrapUps(contactIds: [id])[id]?.entry, WrapUpEntry(summary: "asked about hours"),
                       "codes are optional under this policy")
    }
}
