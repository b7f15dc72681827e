import Foundation
import FrontlineStore
import FrontlineStoreAPI

/// The contract runs here against the SQLite store: a real file in a fresh temporary folder.
struct SQLiteBackend: StoreBackend {
    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("frontline-contract-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    func makeStore(retention: ChangeFeedRetention, actor: String?) throws -> any FrontlineStores {
        try AppDatabase.open(path: folder.appendingPathComponent("frontline.db").path, retention: retention, actor: actor)
    }

    func tearDown() throws {
        try? FileManager.default.removeItem(at: folder)
    }
}

/// This target's backend for the contract suite.
func makeContractBackend() throws -> any StoreBackend { try SQLiteBackend() }
