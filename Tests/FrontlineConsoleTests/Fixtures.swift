import Foundation
import FrontlineCore
import FrontlineStore
@testable import FrontlineConsole

/// Builders for console states, so each test says only what matters to it.
enum Fixtures {
    static let start = Date(timeIntervalSince1970: 1_790_000_000)
    static let agent = Agent(name: "mina", displayName: "Mina", createdAt: start)

    static func state(width: Int = 80, height: Int = 24, now: Date = start) -> AppState {
        AppState(agent: agent, width: width, height: height, now: now)
    }

    static func contact(_ id: Int64, _ channel: Channel, state: ContactState = .waiting, queuedSecondsAgo: TimeInterval,
                        agent: String? = nil, now: Date = start) -> Contact {
        let queued = now.addingTimeInterval(-queuedSecondsAgo)
        return Contact(id: id, channel: channel, state: state, customerId: id * 10, address: "+1 555-01\(id)",
                       queuedAt: queued, takenAt: state == .active ? queued.addingTimeInterval(5) : nil,
                       agent: agent, awaitingReplySince: channel == .chat ? queued : nil)
    }

    static func row(_ contact: Contact, _ name: String, _ language: Language = .en) -> QueueRow {
        QueueRow(contact: contact, customerName: name, customerLanguage: language)
    }

    static func file(_ customerId: Int64, _ name: String, _ language: Language) -> CustomerFile {
        CustomerFile(customer: Customer(id: customerId, name: name, phones: ["+86 130 0000 0001"], email: nil,
                                        language: language, isMember: true, notes: "", createdAt: start),
                     orders: [Order(id: 1, customerId: customerId, number: "SO-1001", items: "保温杯 x1", totalMinor: 12800,
                                    currency: "CNY", paymentStatus: "paid", shippingStatus: "shipped", placedAt: start)],
                     recentContacts: [], openComplaints: [])
    }
}

extension AppState {
    /// Applies messages one after another and returns every effect asked for.
    @discardableResult
    mutating func send(_ messages: Msg...) -> [Effect] {
        messages.flatMap { update(&self, $0) }
    }

    @discardableResult
    mutating func type(_ text: String) -> [Effect] {
        text.flatMap { update(&self, .key(.char($0))) }
    }
}

extension InputMode {
    /// The phrase being filled in, while one is.
    var phraseFill: PhraseFill? {
        if case .fillingPhrase(let fill, _) = self { fill } else { nil }
    }
}
