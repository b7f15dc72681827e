import Foundation
import FrontlineCore
import FrontlineStoreAPI

/// Generates synthetic customers, orders and contacts one at a time, so a million rows never
/// sit in memory at once. Built from the demo vocabulary with contact-centre proportions:
/// more phone than chat, long email threads, a few regulars who call again and again, about
/// one complaint per two hundred contacts. The same size, seed and `now` give the same data.
///
/// Ids are assigned here (customers 1...N, contacts 1...M), so rows can be inserted in bulk
/// without reading anything back.
public struct SyntheticDataset {
    /// A customer as the contacts need them: their language and how they are reached.
    struct Reach {
        var language: Language
        var phone: String
        var email: String
    }

    public struct CustomerRows {
        public var customer: Customer
        public var orders: [Order]
    }

    public struct ContactRows {
        public var contact: Contact
        public var messages: [ChatMessage]
        public var complaint: Complaint?
    }

    /// The first waiting written contact carries a transcript this long: the worst the console shows.
    public static let longTranscript = 200
    /// The history reaches back this far.
    public static let historySeconds: TimeInterval = 3 * 365 * 86400
    /// Waiting contacts arrived within this window before `now`.
    public static let queueWindowSeconds: TimeInterval = 30 * 60

    public let size: SyntheticSize
    public let now: Date
    public let agents: [Agent]
    private var rng: SplitMix64
    private(set) var reach: [Reach] = []
    private var orderCount = 0
    private var longTranscriptGiven = false

    public init(size: SyntheticSize, now: Date) {
        self.size = size
        self.now = now
        rng = SplitMix64(seed: size.seed)
        let hired = now.addingTimeInterval(-Self.historySeconds - 86400)
        // Sixty agents, twenty per team, named like the people they serve.
        agents = (0..<60).map { number in
            let words = DemoVocabulary.of([Language.zhHans, .ko, .en][number % 3])
            let given = words.givenNames[number / 3 % words.givenNames.count]
            return Agent(name: String(format: "agent%02d", number + 1), displayName: given.written, createdAt: hired)
        }
        reach.reserveCapacity(size.customers)
    }

    /// Simplified Chinese, Traditional Chinese, Korean and English, about 35 : 10 : 25 : 30.
    private mutating func language() -> Language {
        switch rng.int(0...99) {
        case 0..<35: .zhHans
        case 35..<45: .zhHant
        case 45..<70: .ko
        default: .en
        }
    }

    /// Customer `number` (0-based); call in order, since contacts look customers up by number.
    public mutating func customer(_ number: Int) -> CustomerRows {
        let language = language()
        let words = DemoVocabulary.of(language)
        let surname = rng.pick(words.surnames)
        let given = rng.pick(words.givenNames)
        // Chinese given names are often two characters: pairing them makes names far more varied.
        let secondGiven = (language == .zhHans || language == .zhHant) && rng.chance(0.5) ? rng.pick(words.givenNames) : nil
        let givenWritten = given.written + (secondGiven.map { String($0.written.prefix(1)) } ?? "")
        let name = words.familyFirst ? surname.written + givenWritten : givenWritten + " " + surname.written
        let phone = Self.phone(language, number)
        let email = "\(given.latin).\(surname.latin).\(number + 1)@example.com"
        reach.append(Reach(language: language, phone: phone, email: email))
        var phones = [phone]
        if rng.chance(0.08) { phones.append(Self.phone(language, number + size.customers)) }
        let customer = Customer(id: Int64(number + 1), name: name, phones: phones, email: email, language: language,
                                isMember: rng.chance(0.3), notes: rng.chance(0.1) ? rng.pick(words.notes) : "",
                                createdAt: secondsAgo(Self.historySeconds + 86400 * TimeInterval(rng.int(1...365))))
        // Most customers have bought once or twice; a few buy often.
        let orderCount = [0, 1, 1, 1, 2, 2, 3, 5][rng.int(0...7)]
        let orders = (0..<orderCount).map { _ in order(words, language, customerId: Int64(number + 1)) }
        return CustomerRows(customer: customer, orders: orders)
    }

    /// Unique per customer, in made-up number blocks of each country's format.
    private static func phone(_ language: Language, _ number: Int) -> String {
        let eight = String(format: "%08d", number)
        switch language {
        case .zhHans: return "+86 139 " + eight.prefix(4) + " " + eight.suffix(4)
        case .zhHant: return "+886 9" + eight.prefix(2) + " " + eight.dropFirst(2).prefix(3) + " " + eight.suffix(3)
        case .ko: return "+82 10-" + eight.prefix(4) + "-" + eight.suffix(4)
        case .en: return "+1 " + eight.prefix(3) + "-555-" + eight.suffix(5)
        }
    }

    private mutating func order(_ words: DemoVocabulary, _ language: Language, customerId: Int64) -> Order {
        orderCount += 1
        let basket = words.basket(most: 3, language: language, &rng)
        let payment = rng.chance(0.9) ? "paid" : rng.chance(0.6) ? "unpaid" : "refunded"
        let shipping = switch payment {
        case "paid": rng.pick(["delivered", "delivered", "delivered", "shipped", "processing"])
        case "refunded": "returned"
        default: "not-shipped"
        }
        let tracking = shipping == "not-shipped" || shipping == "processing" ? nil : "SF" + String(format: "%012d", orderCount)
        return Order(customerId: customerId, number: DemoVocabulary.orderPrefix(language) + String(format: "%010d", orderCount),
                     items: basket.items, totalMinor: basket.total,
                     currency: words.currency, paymentStatus: payment, shippingStatus: shipping, trackingNumber: tracking,
                     placedAt: secondsAgo(TimeInterval(rng.int(0...Int(Self.historySeconds)))))
    }

    /// Contact `index` (0-based), in the order they arrived; the last `size.waiting` still wait.
    /// Call after every customer has been made.
    public mutating func contact(_ index: Int) -> ContactRows {
        let waiting = index >= size.contacts - size.waiting
        // Regulars: squaring a uniform number makes low customer numbers come back far more often.
        let u = Double(rng.next() >> 11) / Double(1 << 53)
        let customerIndex = min(reach.count - 1, Int(u * u * Double(reach.count)))
        let customer = reach[customerIndex]
        let customerId = Int64(customerIndex + 1)
        let channel = [Channel.phone, .phone, .phone, .phone, .chat, .chat, .chat, .email, .email, .callback][rng.int(0...9)]
        let address = channel == .email || channel == .chat ? customer.email : customer.phone
        let words = DemoVocabulary.of(customer.language)
        let id = Int64(index + 1)
        if waiting {
            let position = Double(index - (size.contacts - size.waiting)) / Double(max(1, size.waiting))
            let queued = now.addingTimeInterval(-Self.queueWindowSeconds * (1 - position))
            let contact = Contact(id: id, channel: channel, customerId: customerId, address: address, queuedAt: queued,
                                  awaitingReplySince: channel.isWritten ? queued : nil,
                                  priority: rng.chance(0.05) ? .high : .normal)
            var messages: [ChatMessage] = []
            if channel.isWritten {
                let count = longTranscriptGiven ? 1 : Self.longTranscript
                longTranscriptGiven = true
                messages = (0..<count).map { n in
                    let back = queued.addingTimeInterval(-TimeInterval((count - 1 - n) * 40))
                    let chat = rng.pick(words.chats)
                    return n % 2 == 0 || n == count - 1
                        ? ChatMessage(contactId: id, direction: .inbound, text: chat.ask, at: back)
                        : ChatMessage(contactId: id, direction: .outbound, text: chat.answer, at: back, agent: rng.pick(agents).name)
                }
            }
            return ContactRows(contact: contact, messages: messages, complaint: nil)
        }
        let slot = Self.historySeconds / Double(max(1, size.contacts - size.waiting))
        let queued = now.addingTimeInterval(-Self.historySeconds - Self.queueWindowSeconds + Double(index) * slot
                                            + Double(rng.int(0...max(0, Int(slot)))))
        let taken = queued.addingTimeInterval(TimeInterval(rng.int(5...600)))
        let agent = rng.pick(agents).name
        var contact = Contact(id: id, channel: channel, state: .ended, customerId: customerId, address: address,
                              queuedAt: queued, takenAt: taken, agent: agent)
        var messages: [ChatMessage] = []
        var last = taken
        if channel.isWritten {
            // Chats run to a dozen short lines; emails are a few long ones.
            let count = channel == .chat ? rng.int(2...12) : rng.int(1...4)
            for n in 0..<count {
                let chat = rng.pick(words.chats)
                let inbound = n % 2 == 0
                let text = channel == .email ? longText(words, inbound: inbound) : (inbound ? chat.ask : chat.answer)
                let at = n == 0 ? queued : last.addingTimeInterval(TimeInterval(rng.int(15...900)))
                messages.append(ChatMessage(contactId: id, direction: inbound ? .inbound : .outbound, text: text, at: at,
                                            agent: inbound ? nil : agent))
                if n == 1 { contact.firstReplyAt = at }
                last = max(last, at)
            }
        }
        contact.endedAt = last.addingTimeInterval(TimeInterval(rng.int(30...900)))
        let complaint = rng.chance(0.005) ? makeComplaint(words, customerId: customerId, contactId: id, agent: agent,
                                                          at: contact.endedAt!) : nil
        return ContactRows(contact: contact, messages: messages, complaint: complaint)
    }

    /// An email body: a few of the vocabulary's sentences in a row.
    private mutating func longText(_ words: DemoVocabulary, inbound: Bool) -> String {
        let separator = words.familyFirst ? "" : " "
        return (0..<rng.int(2...6)).map { _ in
            let chat = rng.pick(words.chats)
            return inbound ? rng.pick([chat.ask, chat.thanks, rng.pick(words.complaints).account]) : chat.answer
        }.joined(separator: separator)
    }

    /// Most complaints are long closed; one in ten is still open.
    private mutating func makeComplaint(_ words: DemoVocabulary, customerId: Int64, contactId: Int64, agent: String,
                                        at: Date) -> Complaint {
        let story = rng.pick(words.complaints)
        let open = rng.chance(0.1)
        let state: ComplaintState = open ? rng.pick([.received, .judged, .assigned, .solutionProposed]) : .archived
        return Complaint(customerId: customerId, contactId: contactId, category: story.category,
                         severity: rng.chance(0.2) ? .major : .minor, account: story.account, wants: story.wants,
                         promisedReplyAt: at.addingTimeInterval(86400), state: state, agent: agent, receivedAt: at,
                         resolvedAt: open ? nil : at.addingTimeInterval(3 * 86400),
                         archivedAt: open ? nil : at.addingTimeInterval(10 * 86400))
    }

    private func secondsAgo(_ seconds: TimeInterval) -> Date { now.addingTimeInterval(-seconds) }
}
