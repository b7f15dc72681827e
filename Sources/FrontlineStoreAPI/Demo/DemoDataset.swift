import Foundation
import FrontlineCore
import FrontlineStoreAPI

/// The demo and training data: fictional customers in Chinese, Korean and English, with
/// orders, past contacts and a few open complaints. The same `seed` and `now` always give
/// the same data. Nothing waits in the queue: demo traffic comes from `enqueue`.
public struct DemoDataset {
    /// One customer file; ids are filled in when it is inserted.
    public struct Entry {
        public var customer: Customer
        public var orders: [Order]
        public var contacts: [PastContact]
        /// Filed on the customer's newest contact, if they have one.
        public var complaint: Complaint?
    }

    public struct PastContact {
        public var contact: Contact
        public var messages: [ChatMessage]
    }

    public static let customersPerLanguage = 84

    public private(set) var agents: [Agent] = []
    public private(set) var entries: [Entry] = []
    private var rng: SplitMix64
    private let now: Date
    private var orderCount = 0

    public init(now: Date, seed: UInt64) {
        self.now = now
        rng = SplitMix64(seed: seed)
        let hired = now.addingTimeInterval(-400 * 86400)
        agents = [Agent(name: "lin", displayName: "林娜", createdAt: hired),
                  Agent(name: "park", displayName: "박지은", createdAt: hired),
                  Agent(name: "emma", displayName: "Emma", createdAt: hired)]
        // Interleaved so that consecutive ids mix the three languages, as a real file would.
        for number in 0..<(3 * Self.customersPerLanguage) {
            let group = number / 3
            let language: Language = switch number % 3 {
            case 0: group % 7 == 3 ? .zhHant : .zhHans
            case 1: .ko
            default: .en
            }
            entries.append(makeEntry(language: language, number: number, group: group))
        }
        fileComplaints(count: rng.int(5...8))
        entries += Self.hostileEntries(createdAt: now.addingTimeInterval(-86400))
    }

    /// Two customers a tester would bring: a name full of terminal escape sequences (a
    /// window title, an OSC 52 clipboard write, a screen clear, a DCS, a C1 CSI, a bidi
    /// override and isolates) and an emoji family. Every screen and command must show
    /// them inert and keep its borders; a new user meets them in the demo's first search.
    public static let hostileNames = [
        "Mallory \u{1B}]0;PWNED\u{07}\u{1B}]52;c;cHduZWQ=\u{07}\u{1B}[2J\u{1B}P+q\u{1B}\\\u{9B}31m\u{202E}dnuf\u{202C}er\u{2066}x\u{2069}",
        "\u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467} Lee",   // 👨‍👩‍👧 Lee
    ]

    private static func hostileEntries(createdAt: Date) -> [Entry] {
        hostileNames.enumerated().map { index, name in
            Entry(customer: Customer(name: name, phones: ["+1 202-555-019\(index)"],
                                     email: "hostile\(index)@example.com", language: .en, isMember: false,
                                     notes: index == 0 ? "Test customer: her name holds terminal escape sequences.\u{1B}[31m" : "",
                                     createdAt: createdAt),
                  orders: [Order(customerId: 0, number: "US9999000\(index)", items: "Gift card", totalMinor: 2500, currency: "USD",
                                 paymentStatus: "paid", shippingStatus: "delivered", trackingNumber: nil, placedAt: createdAt)],
                  contacts: [], complaint: nil)
        }
    }

    private mutating func makeEntry(language: Language, number: Int, group: Int) -> Entry {
        let words = DemoVocabulary.of(language)
        let surname = rng.pick(words.surnames), given = rng.pick(words.givenNames)
        let name = words.familyFirst ? surname.written + given.written : given.written + " " + surname.written
        var phones = [Self.phone(language, group, second: false)]
        if rng.chance(0.1) { phones.append(Self.phone(language, group, second: true)) }
        let customer = Customer(name: name, phones: phones,
                                email: "\(given.latin).\(surname.latin)\(String(format: "%03d", number))@example.com",
                                language: language, isMember: rng.chance(0.3),
                                notes: rng.chance(0.4) ? rng.pick(words.notes) : "",
                                createdAt: daysAgo(30...720))
        let orders = (0..<rng.int(1...4)).map { _ in makeOrder(words, language) }
        let agent = agents[language == .ko ? 1 : language == .en ? 2 : 0].name
        let contacts = (0..<rng.int(0...3)).map { _ in makeContact(words, customer, agent: agent) }
            .sorted { $0.contact.queuedAt < $1.contact.queuedAt }
        return Entry(customer: customer, orders: orders, contacts: contacts, complaint: nil)
    }

    /// Numbers from ranges reserved for fiction (555-01xx) or plainly made up (0000 blocks).
    private static func phone(_ language: Language, _ group: Int, second: Bool) -> String {
        let four = String(format: "%04d", group), two = String(format: "%02d", group)
        switch language {
        case .zhHans: return (second ? "+86 131 0000 " : "+86 130 0000 ") + four
        case .zhHant: return (second ? "+886 913 000 " : "+886 912 000 ") + String(format: "%03d", group)
        case .ko: return (second ? "+82 10-0001-" : "+82 10-0000-") + four
        case .en: return (second ? "+1 212-555-01" : "+1 202-555-01") + two
        }
    }

    private mutating func makeOrder(_ words: DemoVocabulary, _ language: Language) -> Order {
        orderCount += 1
        let basket = words.basket(most: 2, language: language, &rng)
        let payment = rng.chance(0.85) ? "paid" : rng.chance(0.65) ? "unpaid" : "refunded"
        let shipping = switch payment {
        case "paid": rng.pick(["delivered", "delivered", "shipped", "processing"])
        case "refunded": "returned"
        default: "not-shipped"
        }
        let hasParcel = ["shipped", "delivered", "returned"].contains(shipping)
        return Order(customerId: 0, number: DemoVocabulary.orderPrefix(language) + String(format: "%08d", 20_260_000 + orderCount),
                     items: basket.items, totalMinor: basket.total, currency: words.currency, paymentStatus: payment, shippingStatus: shipping,
                     trackingNumber: hasParcel ? tracking(language) : nil, placedAt: daysAgo(1...120))
    }

    private mutating func tracking(_ language: Language) -> String {
        func digits(_ count: Int) -> String { (0..<count).map { _ in String(rng.int(0...9)) }.joined() }
        switch language {
        case .zhHans, .zhHant: return "SF" + digits(12)
        case .ko: return "6" + digits(11)
        case .en: return "1Z" + digits(16)
        }
    }

    private mutating func makeContact(_ words: DemoVocabulary, _ customer: Customer, agent: String) -> PastContact {
        let channel = rng.pick([Channel.phone, .phone, .chat, .chat, .email, .callback])
        let queued = daysAgo(1...60)
        let taken = queued.addingTimeInterval(TimeInterval(rng.int(10...240)))
        let address = channel == .email || channel == .chat ? customer.email ?? "" : customer.phones[0]
        var contact = Contact(channel: channel, state: .ended, customerId: 0, address: address, queuedAt: queued,
                              takenAt: taken, agent: agent)
        var messages: [ChatMessage] = []
        var last = taken
        if channel.isWritten {
            let chat = rng.pick(words.chats)
            let answered = taken.addingTimeInterval(TimeInterval(rng.int(20...200)))
            messages.append(ChatMessage(contactId: 0, direction: .inbound, text: chat.ask, at: queued))
            messages.append(ChatMessage(contactId: 0, direction: .outbound, text: chat.answer, at: answered, agent: agent))
            contact.firstReplyAt = answered
            last = answered
            if channel == .chat {
                last = answered.addingTimeInterval(TimeInterval(rng.int(10...60)))
                messages.append(ChatMessage(contactId: 0, direction: .inbound, text: chat.thanks, at: last))
            }
        }
        contact.endedAt = last.addingTimeInterval(TimeInterval(rng.int(30...600)))
        return PastContact(contact: contact, messages: messages)
    }

    private mutating func fileComplaints(count: Int) {
        var chosen = Set<Int>()
        while chosen.count < count { chosen.insert(rng.int(0...(entries.count - 1))) }
        for index in chosen.sorted() {
            let customer = entries[index].customer
            let words = DemoVocabulary.of(customer.language)
            let story = rng.pick(words.complaints)
            let agent = agents[customer.language == .ko ? 1 : customer.language == .en ? 2 : 0].name
            let received = now.addingTimeInterval(-TimeInterval(rng.int(1...72) * 3600))
            entries[index].complaint = Complaint(
                customerId: 0, contactId: nil, category: story.category,
                severity: rng.chance(0.25) ? .major : .minor, account: story.account, wants: story.wants,
                promisedReplyAt: now.addingTimeInterval(TimeInterval(rng.int(1...24) * 3600)),
                state: rng.pick([.received, .judged, .assigned, .solutionProposed]), agent: agent, receivedAt: received)
        }
    }

    /// A moment between `days` days ago, at a random second of that day.
    private mutating func daysAgo(_ days: ClosedRange<Int>) -> Date {
        now.addingTimeInterval(-TimeInterval(rng.int(days) * 86400 + rng.int(0...86399)))
    }
}
