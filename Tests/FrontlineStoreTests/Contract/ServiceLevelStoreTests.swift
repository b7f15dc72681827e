import Foundation
import FrontlineCore
import FrontlineStoreAPI
import XCTest

final class ServiceLevelStoreTests: StoreContractCase {
    /// Targets: phone 180 s, chat 300 s, email 4 h; short abandons under 5 s.
    func testAHandCountedDay() throws {
        let database = try makeStore()
        var phone = 0
        func call(at queued: TimeInterval) throws -> Int64 {
            phone += 1
            return try database.enqueue(channel: .phone, from: "+1 202-555-\(2000 + phone)", name: nil, text: nil,
                                        at: at(queued)).id!
        }
        func take(_ id: Int64, at time: TimeInterval) throws {
            XCTAssertNotNil(try database.take(contactId: id, agent: "lin", policy: policy, at: at(time)))
        }
        // Phone
        try take(try call(at: 0), at: 30)                                        // answered in 30 s: within
        try take(try call(at: 100), at: 279)                                     // 179 s: within
        try take(try call(at: 200), at: 380)                                     // 180 s exactly: within, as Asterisk counts
        try take(try call(at: 300), at: 600)                                     // 300 s: late
        _ = try database.abandon(contactId: try call(at: 400), policy: policy, at: at(403))   // 3 s: short abandon
        _ = try database.abandon(contactId: try call(at: 500), policy: policy, at: at(505))   // 5 s: abandon within
        _ = try database.abandon(contactId: try call(at: 600), policy: policy, at: at(700))   // 100 s: abandon within
        _ = try database.abandon(contactId: try call(at: 700), policy: policy, at: at(1000))  // 300 s: abandon late
        _ = try call(at: 800)                                                    // still waiting: not counted
        try take(try call(at: -100), at: 10)                                     // queued before the day: not counted
        try take(try call(at: 86_400), at: 86_410)                               // queued the next day: not counted

        // Chat
        func chat(at queued: TimeInterval, takenAt: TimeInterval, replyAt: TimeInterval?) throws -> Int64 {
            let id = try database.enqueue(channel: .chat, from: "chat\(queued)@example.com", name: nil, text: "hi",
                                          at: at(queued)).id!
            try take(id, at: takenAt)
            if let replyAt { _ = try database.reply(contactId: id, agent: "lin", text: "hello", policy: policy, at: at(replyAt)) }
            return id
        }
        _ = try chat(at: 1000, takenAt: 1010, replyAt: 1100)                     // first reply in 100 s: within
        _ = try chat(at: 1100, takenAt: 1150, replyAt: 1500)                     // 400 s: late
        let third = try chat(at: 1200, takenAt: 1210, replyAt: 1250)             // 50 s: within...
        _ = try database.say(contactId: third, text: "and?", at: at(1300))
        _ = try database.reply(contactId: third, agent: "lin", text: "done", policy: policy, at: at(1700)) // ...a later miss is not the first response
        let silent = try chat(at: 1300, takenAt: 1310, replyAt: nil)             // wrapped up unanswered: not counted
        _ = try database.wrapUp(contactId: silent, agent: "lin", at: at(1400))
        _ = try database.enqueue(channel: .chat, from: "waits@example.com", name: nil, text: "hi", at: at(1400)) // waiting

        // Email
        let email = try database.enqueue(channel: .email, from: "mail@example.com", name: nil, text: "refund?", at: at(2000)).id!
        try take(email, at: 3000)
        _ = try database.reply(contactId: email, agent: "lin", text: "done", policy: policy, at: at(5000)) // 3000 s: within

        let levels = try database.serviceLevels(policy: policy, from: t0, to: at(86_400))

        let calls = try XCTUnwrap(levels[.phone])
        XCTAssertEqual(calls.answered, 4)
        XCTAssertEqual(calls.answeredWithinTarget, 3)
        XCTAssertEqual(calls.abandoned, 3)
        XCTAssertEqual(calls.abandonedWithinTarget, 2)
        XCTAssertEqual(calls.shortAbandons, 1)
        XCTAssertEqual(calls.sl, 3.0 / 4.0)                 // 30 s, 179 s, 180 s of 30, 179, 180, 300
        XCTAssertEqual(calls.sl2, (3.0 + 2.0) / (4.0 + 3.0)) // + abandons at 5 s, 100 s of 5, 100, 300
        XCTAssertEqual(calls.averageWait, (30.0 + 179 + 180 + 300) / 4)

        let chats = try XCTUnwrap(levels[.chat])
        XCTAssertEqual(chats.answered, 3)
        XCTAssertEqual(chats.sl, 2.0 / 3.0)                 // 100 s, 50 s of 100, 400, 50
        XCTAssertEqual(chats.sl2, 2.0 / 3.0)                // no abandons in chat
        XCTAssertEqual(chats.averageWait, (100.0 + 400 + 50) / 3)

        XCTAssertEqual(levels[.email]?.sl, 1.0 / 1.0)       // 3000 s of a 4 h target
        XCTAssertEqual(levels[.email]?.averageWait, 3000)
        XCTAssertNil(levels[.callback]?.sl, "no call-backs: nothing to divide")
        XCTAssertNil(levels[.callback]?.sl2)
        XCTAssertEqual(levels[.callback]?.answered, 0)

        XCTAssertEqual(try database.serviceLevelsFromEventLog(policy: policy, from: t0, to: at(86_400)), levels)
    }

    func testTheShortAbandonThresholdComesFromThePolicy() throws {
        var tenSecondShortAbandons = policy
        tenSecondShortAbandons.shortAbandon = 10
        let database = try makeStore()
        let call = try database.enqueue(channel: .phone, from: "+1 202-555-0160", name: nil, text: nil, at: t0)
        _ = try database.abandon(contactId: call.id!, policy: policy, at: at(8))
        let standard = try XCTUnwrap(try database.serviceLevels(policy: policy, from: t0, to: at(60))[.phone])
        XCTAssertEqual(standard.abandoned, 1)
        XCTAssertEqual(standard.sl2, 1.0 / 1.0)
        let strict = try XCTUnwrap(try database.serviceLevels(policy: tenSecondShortAbandons, from: t0, to: at(60))[.phone])
        XCTAssertEqual(strict.shortAbandons, 1)
        XCTAssertNil(strict.sl2, "an 8 s abandon under a 10 s threshold leaves nothing to count")
        XCTAssertEqual(try database.serviceLevelsFromEventLog(policy: tenSecondShortAbandons, from: t0, to: at(60))[.phone],
                       strict)
    }

    /// A busy mixed day, with yesterday's and tomorrow's work around it: the live tables and
    /// the event log must give the same figures for every period.
    func testTheEventLogGivesTheLiveFiguresOnARealisticMixedDay() throws {
        let database = try makeStore()
        var rng = SplitMix64(seed: 7)
        let dayLength: TimeInterval = 86_400
        var open: [Int64] = []
        for index in 0..<300 {
            let queued = TimeInterval(rng.int(-20_000...(Int(dayLength) + 20_000)))
            let channel = rng.pick([Channel.phone, .phone, .phone, .callback, .chat, .chat, .email])
            let contact = try database.enqueue(channel: channel, from: "+1 555 \(10_000 + index)", name: nil,
                                               text: channel.isWritten ? "hello" : nil, at: at(queued))
            let id = contact.id!
            let wait = TimeInterval(rng.pick([1, 3, 4, 5, 30, 120, 179, 180, 181, 250, 400, 900, 20_000]))
            switch rng.int(0...9) {
            case 0...1 where !channel.isWritten:
                _ = try database.abandon(contactId: id, policy: policy, at: at(queued + wait))
            case 0...1:
                continue  // left waiting
            default:
                _ = try database.take(contactId: id, agent: rng.pick(["lin", "park"]), policy: policy, at: at(queued + wait))
                let holder = try XCTUnwrap(try database.contact(id: id)?.agent)
                if channel.isWritten, rng.chance(0.8) {
                    _ = try database.reply(contactId: id, agent: holder, text: "hi", policy: policy,
                                           at: at(queued + wait + TimeInterval(rng.int(0...600))))
                }
                if rng.chance(0.3) { _ = try database.addNote(contactId: id, agent: holder, text: "note", at: at(queued + wait + 1)) }
                if rng.chance(0.7) {
                    _ = try database.wrapUp(contactId: id, agent: holder, at: at(queued + wait + 700))
                    if rng.chance(0.2), channel != .callback { open.append(id) }
                }
            }
        }
        // Some ended contacts come back: by a customer message, or reopened by hand, then answered or not.
        for id in open {
            let contact = try XCTUnwrap(try database.contact(id: id))
            let back = contact.endedAt!.addingTimeInterval(TimeInterval(rng.int(60...40_000)))
            if contact.channel.isWritten {
                _ = try database.say(contactId: id, text: "again", at: back)
            } else {
                _ = try database.reopen(contactId: id, at: back)
            }
            if rng.chance(0.5) {
                _ = try database.take(contactId: id, agent: "lin", policy: policy, at: back.addingTimeInterval(100))
                if contact.channel.isWritten {
                    _ = try database.reply(contactId: id, agent: "lin", text: "hi", policy: policy, at: back.addingTimeInterval(200))
                }
            }
        }
        _ = try database.recordBreaches(policy: policy, at: at(dayLength + 30_000))

        let live = try database.serviceLevels(policy: policy, from: t0, to: at(dayLength))
        // The day is realistic only if every figure the formulas use has something in it.
        let calls = try XCTUnwrap(live[.phone])
        XCTAssertGreaterThan(calls.answeredWithinTarget, 0)
        XCTAssertGreaterThan(calls.answered, calls.answeredWithinTarget, "some calls answered late")
        XCTAssertGreaterThan(calls.abandonedWithinTarget, 0)
        XCTAssertGreaterThan(calls.abandoned, calls.abandonedWithinTarget, "some long abandons")
        XCTAssertGreaterThan(calls.shortAbandons, 0)
        XCTAssertGreaterThan(live[.chat]!.answered, live[.chat]!.answeredWithinTarget)
        XCTAssertGreaterThan(live[.email]!.answered, 0)
        XCTAssertFalse(open.isEmpty, "some contacts were reopened")

        XCTAssertEqual(try database.serviceLevelsFromEventLog(policy: policy, from: t0, to: at(dayLength)), live)
        for (from, to) in [(-20_000.0, 0.0), (dayLength, dayLength + 80_000), (-30_000, dayLength + 80_000), (3600, 7200)] {
            XCTAssertEqual(try database.serviceLevelsFromEventLog(policy: policy, from: at(from), to: at(to)),
                           try database.serviceLevels(policy: policy, from: at(from), to: at(to)), "[\(from), \(to))")
        }
    }
}
