import Foundation
import FrontlineCore
import FrontlineStoreAPI
import GRDB

extension AppDatabase {
    /// A new contact enters the queue. The customer is found by phone or email, or created.
    /// A chat or email opening is a customer message, so its reply timer starts now.
    public func enqueue(channel: Channel, from address: String, name: String?, text: String?, priority: Priority = .normal,
                        at: Date) throws -> Contact {
        let address = address.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !address.isEmpty else { throw StoreError.missingAddress }
        let text = text.flatMap { $0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? nil : $0 }
        return try write { db, changes in
            try Self.enqueue(db, changes, channel: channel, from: address, name: name, text: text, priority: priority, at: at)
        }
    }

    /// Inside the caller's transaction, with `address` and `text` already trimmed.
    /// `externalId`, `group` and `email` come from a connector (`receive`), stored before the
    /// "queued" event so the outbox's `contact-created` carries them.
    static func enqueue(_ db: Database, _ changes: ChangeRecorder, channel: Channel, from address: String, name: String?, text: String?,
                        priority: Priority, at: Date, externalId: String? = nil, group: String? = nil,
                        email: EmailHeaders? = nil) throws -> Contact {
        let customerId = try matchCustomer(db, address: address)
            ?? createCustomer(db, address: address, name: name, at: at)
        var contact = Contact(channel: channel, customerId: customerId, address: address, queuedAt: at,
                              awaitingReplySince: channel.isWritten ? at : nil, priority: priority)
        try contact.insert(db)
        let id = contact.id!
        if channel.isWritten, let text {
            var message = ChatMessage(contactId: id, direction: .inbound, text: text, at: at)
            try message.insert(db)
            try storeConnectorFields(db, messageId: message.id!, externalId: nil, email: email)
        }
        if let externalId {
            try db.cachedStatement(sql: "UPDATE contacts SET external_id = ? WHERE id = ?").execute(arguments: [externalId, id])
        }
        if let group {
            try checkGroupHasMembers(db, group)
            try db.execute(sql: "UPDATE contacts SET sent_to_group = ?, sent_to_group_at = ? WHERE id = ?",
                           arguments: [group, at.timeIntervalSince1970, id])
            (contact.sentToGroup, contact.sentToGroupAt) = (group, at)
        }
        try appendEvent(db, contactId: id, kind: .queued, at: at, detail: channel.rawValue)
        changes.record(.queueRow(id), .contact(id), .customer(customerId))
        return contact
    }

    /// The customer who owns this email address (any case) or phone number (any punctuation).
    static func matchCustomer(_ db: Database, address: String) throws -> Int64? {
        if address.contains("@") {
            // A file merged into another hands its address on to the file kept.
            return try Int64.fetchOne(db, sql: "SELECT COALESCE(merged_into, id) FROM customers WHERE email = ? ORDER BY id LIMIT 1",
                                      arguments: [address])
        }
        for digits in PhoneNumber.lookupDigits(of: address) {
            if let id = try Int64.fetchOne(db, sql: """
                SELECT customer_id FROM customer_phones WHERE digits = ? ORDER BY customer_id LIMIT 1
                """, arguments: [digits]) { return id }
        }
        return nil
    }

    /// A first-time customer, named as they gave it (or after the address), served in the
    /// language their name is written in.
    static func createCustomer(_ db: Database, address: String, name: String?, at: Date) throws -> Int64 {
        let given = name?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        let name = given.isEmpty ? address : given
        let isEmail = address.contains("@")
        var customer = Customer(name: name, phones: isEmail ? [] : [address], email: isEmail ? address : nil,
                                language: LanguageGuess.language(ofName: name), createdAt: at)
        try insertCustomer(db, &customer)
        return customer.id!
    }

    /// Inserts the `customers` row and its `customer_phones` rows.
    static func insertCustomer(_ db: Database, _ customer: inout Customer) throws {
        try customer.insert(db)
        for (position, phone) in customer.phones.enumerated() {
            try db.execute(sql: "INSERT OR IGNORE INTO customer_phones (customer_id, phone, digits, position) VALUES (?, ?, ?, ?)",
                           arguments: [customer.id, phone, PhoneNumber.digits(of: phone), position])
        }
    }
}
