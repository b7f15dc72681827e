import Foundation
import FrontlineCore
import FrontlineStoreAPI

/// A new contact enters the queue (AppDatabase+Enqueue.swift on SQLite).
extension PostgresStore {
    public func enqueue(channel: Channel, from address: String, name: String?, text: String?, priority: Priority, at: Date) throws -> Contact {
        let address = address.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !address.isEmpty else { throw StoreError.missingAddress }
        let text = text.flatMap { $0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? nil : $0 }
        return try write { db, changes in
            try Self.enqueue(db, changes, channel: channel, from: address, name: name, text: text, priority: priority, at: at)
        }
    }

    /// Inside the caller's transaction, with `address` and `text` already trimmed.
    /// `externalId`, `group` and `email` come from a connector (`receive`, +ChannelIntake.swift),
    /// stored before the "queued" event so the outbox's `contact-created` carries them.
    static func enqueue(_ db: PostgresSession, _ changes: PostgresChangeRecorder, channel: Channel, from address: String, name: String?,
                        text: String?, priority: Priority, at: Date, externalId: String? = nil, group: String? = nil,
                        email: EmailHeaders? = nil) throws -> Contact {
        let customerId = try matchCustomer(db, address: address) ?? createCustomer(db, address: address, name: name, at: at)
        var contact = Contact(channel: channel, customerId: customerId, address: address, queuedAt: at,
                              awaitingReplySince: channel.isWritten ? at : nil, priority: priority)
        let id: Int64 = try db.query("""
            INSERT INTO contacts (channel, state, customer_id, address, queued_at, awaiting_reply_since, priority, paused_seconds)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id
            """, [channel.rawValue, contact.state.rawValue, customerId, address, at, contact.awaitingReplySince, priority.rawValue,
                  contact.pausedSeconds]).rows[0].get("id")
        contact.id = id
        if channel.isWritten, let text {
            let messageId = try db.query("INSERT INTO messages (contact_id, direction, text, at) VALUES ($1, 'inbound', $2, $3) RETURNING id",
                                         [id, text, at]).rows[0].get("id", as: Int64.self)
            try storeConnectorFields(db, messageId: messageId, externalId: nil, email: email)
        }
        try storeConnectorFields(db, &contact, externalId: externalId, group: group, at: at)
        try appendEvent(db, contactId: id, kind: .queued, at: at, detail: channel.rawValue)
        changes.record(.queueRow(id), .contact(id), .customer(customerId))
        return contact
    }

    /// The customer who owns this email address (any case) or phone number (any punctuation).
    static func matchCustomer(_ db: PostgresSession, address: String) throws -> Int64? {
        if address.contains("@") {
            // SQLite's column collates NOCASE; here the comparison folds case (and the index is on lower(email)).
            return try db.query("SELECT COALESCE(merged_into, id) AS id FROM customers WHERE lower(email) = lower($1) ORDER BY id LIMIT 1",
                                [address]).rows.first?.get("id", as: Int64.self)
        }
        for digits in PhoneNumber.lookupDigits(of: address) {
            if let id = try db.query("SELECT customer_id FROM customer_phones WHERE digits = $1 ORDER BY customer_id LIMIT 1",
                                     [digits]).rows.first?.get("customer_id", as: Int64.self) { return id }
        }
        return nil
    }

    /// A first-time customer, named as they gave it (or after the address), served in the
    /// language their name is written in.
    static func createCustomer(_ db: PostgresSession, address: String, name: String?, at: Date) throws -> Int64 {
        let given = name?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        let name = given.isEmpty ? address : given
        let isEmail = address.contains("@")
        var customer = Customer(name: name, phones: isEmail ? [] : [address], email: isEmail ? address : nil,
                                language: LanguageGuess.language(ofName: name), createdAt: at)
        try insertCustomer(db, &customer)
        return customer.id!
    }

    /// Inserts the `customers` row and its `customer_phones` rows.
    static func insertCustomer(_ db: PostgresSession, _ customer: inout Customer) throws {
        customer.id = try db.query("""
            INSERT INTO customers (id, name, form_of_address, email, postal_address, language, is_member, member_card, customer_type,
                                   do_not_disturb, notes, created_at, merged_into)
            VALUES (COALESCE($1, nextval(pg_get_serial_sequence('customers', 'id'))), $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
            RETURNING id
            """, [customer.id, customer.name, customer.formOfAddress, customer.email, customer.postalAddress, customer.language.rawValue,
                  customer.isMember, customer.memberCard, customer.type.rawValue, QuietHours.list(customer.doNotDisturb), customer.notes,
                  customer.createdAt, customer.mergedInto]).rows[0].get("id", as: Int64.self)
        for (position, phone) in customer.phones.enumerated() {
            try db.query("INSERT INTO customer_phones (customer_id, phone, digits, position) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING",
                         [customer.id, phone, PhoneNumber.digits(of: phone), position])
        }
    }
}
