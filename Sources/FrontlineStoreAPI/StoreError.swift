import Foundation
import FrontlineCore

/// What can go wrong with the database, each case saying what to do about it.
public enum StoreError: Error, Equatable, Sendable, CustomStringConvertible {
    // The file itself.
    case cannotCreateFolder(path: String, reason: String)
    case cannotCreateFile(path: String, reason: String)
    case readOnly(path: String)
    case busy(path: String)
    case notADatabase(path: String)
    case corrupt(path: String)
    case schemaTooNew(path: String)
    case io(path: String, reason: String)
    case sqlite(path: String, message: String)
    // A database server (PostgreSQL); `server` is its URL without any password.
    case unreachable(server: String, reason: String)
    case server(location: String, message: String)
    /// The connection was lost after a change was sent for commit and before the server said it
    /// was kept: it may or may not have been. Never done again by the store itself; once the
    /// server answers again, `CommitOutcomes` says which, given `transaction` (nil: it cannot).
    case outcomeUnknown(server: String, transaction: Int64?)
    /// A store method the PostgreSQL backend does not have yet (it is being ported).
    case notYetOnPostgres(method: String)
    // The request.
    case noSuchContact(Int64)
    case noSuchCustomer(Int64)
    case noSuchComplaint(Int64)
    case noSuchAgent(String)
    case agentExists(String)
    case contactEnded(Int64)
    case notWritten(contactId: Int64, channel: Channel)
    case notActive(Int64)
    case notYours(contactId: Int64, holder: String?)
    case emptyText
    case missingAddress
    case alreadySeeded(customers: Int)
    case cannotAbandon(contactId: Int64, channel: Channel, state: ContactState)
    case cannotReopen(contactId: Int64, channel: Channel, state: ContactState)
    /// Simulated customers write only into a database created for training.
    case notTraining(path: String)
    /// An agent's state may not change so (Core's rule says why).
    case agentState(AgentStateRefusal)
    /// A contact reassigned to the agent who already holds it.
    case alreadyHeld(contactId: Int64, agent: String)
    /// A request the rules do not allow; the message says which rule and what to do.
    case refused(String)
    /// The contact waits for its owner (first-question ownership) until `until`; others may take it then.
    case keptForOwner(contactId: Int64, owner: String, until: Date)
    /// The contact was sent to a group the agent is not in, or escalated to the supervisors.
    case sentElsewhere(contactId: Int64, audience: ContactAudience)
    /// No agent on the roster is in the group; `known` are the groups there are.
    case noSuchGroup(String, known: [String])
    /// A value for a customer file that its rule refuses (`Customer.applying`).
    case badCustomerValue(CustomerValueProblem)
    /// A connector's contact or message with a value its rule refuses; `field` is the JSON key at fault.
    case invalidField(field: String, problem: String)

    /// True when the request, not the file or the host, is at fault.
    public var isBadRequest: Bool {
        switch self {
        case .noSuchContact, .noSuchCustomer, .noSuchComplaint, .noSuchAgent, .agentExists, .contactEnded, .notWritten, .notActive, .notYours, .emptyText,
             .missingAddress, .alreadySeeded, .cannotAbandon, .cannotReopen, .notTraining, .agentState, .alreadyHeld, .refused,
             .badCustomerValue, .keptForOwner, .sentElsewhere, .noSuchGroup, .invalidField:
            true
        default:
            false
        }
    }

    /// True when the database server could not be reached or went away mid-request: the store
    /// reconnects by itself, so the same request may succeed later.
    public var isLostConnection: Bool {
        switch self {
        case .unreachable, .outcomeUnknown: true
        default: false
        }
    }

    public var description: String {
        switch self {
        case let .cannotCreateFolder(path, reason):
            "cannot create the folder \(path) (\(reason)); check its permissions or choose another place with --db"
        case let .cannotCreateFile(path, reason):
            "cannot create the database \(path) (\(reason)); check the folder's permissions or choose another place with --db"
        case let .readOnly(path):
            "the database \(path) is read-only; make it writable (chmod u+w) or open a copy you may write"
        case let .busy(path):
            "the database \(path) is locked by another program; try again in a moment, or close the program that holds it"
        case let .notADatabase(path):
            "\(path) is not a Frontline database; check the --db path (the file was left untouched)"
        case let .corrupt(path):
            "the database \(path) is damaged; restore it from a backup"
        case let .schemaTooNew(path):
            "the database \(path) was written by a newer Frontline; update this program before opening it"
        case let .io(path, reason):
            "cannot read or write \(path) (\(reason)); check the disk and its free space"
        case let .sqlite(path, message):
            "database error in \(path): \(message)"
        case let .unreachable(server, reason):
            "cannot reach the database server \(server) (\(reason)); check that it runs and the URL, or give a SQLite path with --db"
        case let .server(location, message):
            "database error in \(location): \(message)"
        case let .outcomeUnknown(server, _):
            "the connection to the database server \(server) was lost while a change was being saved; it may or may not have been kept, so check before doing it again"
        case let .notYetOnPostgres(method):
            "not yet available on PostgreSQL: \(method); use a SQLite database (--db PATH) for this"
        case let .noSuchContact(id):
            "contact \(id) does not exist; run 'frontline queue' to see open contacts"
        case let .noSuchCustomer(id):
            "customer \(id) does not exist"
        case let .noSuchComplaint(id):
            "complaint \(id) does not exist; run 'frontline complaints' to see open complaints"
        case let .noSuchAgent(name):
            "there is no agent '\(name)'; run 'frontline agents' to see them, or add one with 'frontline agents add \(name)'"
        case let .agentExists(name):
            "an agent '\(name)' already exists; change it with 'frontline agents set \(name)'"
        case let .contactEnded(id):
            "contact \(id) has already ended; the customer must start a new contact"
        case let .notWritten(id, channel):
            "contact \(id) is a \(channel.rawValue) contact; only chat and email contacts carry messages"
        case let .notActive(id):
            "contact \(id) is not being handled by an agent; take it first"
        case let .notYours(id, holder):
            "contact \(id) is held by \(holder ?? "nobody"); only the agent holding it may do this"
        case .emptyText:
            "the message is empty; give some text"
        case .missingAddress:
            "the contact has no address; give the phone number or email address it came from"
        case let .alreadySeeded(customers):
            "the database already holds \(customers) customers; demo or synthetic data goes only into an empty database (use another --db path)"
        case let .cannotAbandon(id, channel, state):
            "contact \(id) is a \(channel.rawValue) contact in state '\(state.rawValue)'; only a waiting phone call or call-back can be abandoned"
        case let .cannotReopen(id, channel, state):
            "contact \(id) is a \(channel.rawValue) contact in state '\(state.rawValue)'; only an ended phone, chat or email contact can be reopened"
        case let .notTraining(path):
            "\(path) was not created for training; simulated customers never write into it (run 'frontline demo' without --db, or give a new file)"
        case let .agentState(refusal):
            refusal.description
        case let .alreadyHeld(id, agent):
            "contact \(id) is already held by \(agent)"
        case let .refused(message):
            message
        case let .keptForOwner(contactId, owner, until):
            "contact \(contactId) is kept for its owner \(owner) until \(Self.clockTime(until)); leave it to them, or take it after that time"
        case let .sentElsewhere(contactId, .group(group, openToAll)):
            "contact \(contactId) was sent to the \(group) group; its members take it until \(Self.clockTime(openToAll)), then anyone may"
        case let .noSuchGroup(group, known):
            "no agent is in the group \"\(group)\"; groups are: \(known.isEmpty ? "none yet" : known.joined(separator: ", ")) (frontline agents set NAME --groups ...)"
        case let .sentElsewhere(contactId, .supervisors):
            "contact \(contactId) is escalated to the supervisors; only a supervisor may take it"
        case let .badCustomerValue(problem):
            problem.description
        case let .invalidField(field, problem):
            "\(field): \(problem)"
        }
    }

    /// A time of day on this machine's clock, for the one message that names an instant.
    private static func clockTime(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "HH:mm:ss"
        return formatter.string(from: date)
    }
}
