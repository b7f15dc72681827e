import FrontlineCore
import FrontlineStoreAPI
import GRDB

extension StoreError {
    /// Turns whatever GRDB or SQLite threw into the case that tells the user what to do.
    init(_ error: Error, path: String) {
        if let error = error as? StoreError {
            self = error
            return
        }
        if let problem = error as? CustomerValueProblem {
            self = .badCustomerValue(problem)
            return
        }
        guard let error = error as? DatabaseError else {
            self = .sqlite(path: path, message: String(describing: error))
            return
        }
        switch error.resultCode {
        case .SQLITE_BUSY, .SQLITE_LOCKED: self = .busy(path: path)
        case .SQLITE_READONLY, .SQLITE_PERM: self = .readOnly(path: path)
        case .SQLITE_NOTADB: self = .notADatabase(path: path)
        case .SQLITE_CORRUPT: self = .corrupt(path: path)
        case .SQLITE_IOERR, .SQLITE_FULL, .SQLITE_CANTOPEN:
            self = .io(path: path, reason: error.message ?? "\(error.resultCode)")
        default: self = .sqlite(path: path, message: error.message ?? "\(error.resultCode)")
        }
    }
}
