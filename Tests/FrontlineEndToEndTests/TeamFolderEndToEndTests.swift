import Foundation
import FrontlineStore
import XCTest

/// A shared host: the database lives in a team folder (set-group-ID, group-writable), so every
/// member of its group works on it and nobody else can read it. Run as root, the test becomes
/// three other users with setpriv: two in the team's group, one outside it.
final class TeamFolderEndToEndTests: EndToEndCase {
    override class var needsTmux: Bool { false }
    override class var initArguments: [String]? { nil }

    func testTeamMembersShareTheDatabaseAndNobodyElseCanReadIt() throws {
        guard geteuid() == 0, FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv"),
              let nobody = getpwnam("nobody")?.pointee, let daemon = getpwnam("daemon")?.pointee, let bin = getpwnam("bin")?.pointee,
              let team = getgrnam("users")?.pointee.gr_gid, FrontlineBinary.isRunnable(byUser: bin.pw_uid, group: bin.pw_gid) else {
            throw XCTSkip("needs root, /usr/bin/setpriv, the users nobody, daemon and bin, the group users, and a binary they may run")
        }
        chmod(folder.path, 0o755)
        let teamFolder = folder.appendingPathComponent("team")
        XCTAssertEqual(mkdir(teamFolder.path, 0o700), 0)
        XCTAssertEqual(chown(teamFolder.path, 0, team), 0)
        XCTAssertEqual(chmod(teamFolder.path, 0o2770), 0, "install -d -m 2770 -g users, as the README says")
        let database = teamFolder.appendingPathComponent("frontline.db").path
        func run(as user: passwd, group: gid_t, _ arguments: String...) throws -> ProcessResult {
            let home = folder.appendingPathComponent("home-\(user.pw_uid)")
            try? FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
            chown(home.path, user.pw_uid, group)
            return try ProcessResult.run("/usr/bin/setpriv", ["--reuid=\(user.pw_uid)", "--regid=\(group)", "--clear-groups",
                                                              FrontlineBinary.url.path] + arguments + ["--db", database],
                                         environment: ["HOME": home.path, "XDG_CONFIG_HOME": home.path + "/config",
                                                       "XDG_DATA_HOME": home.path + "/data", "LANG": "C.UTF-8"])
        }

        let created = try run(as: nobody, group: team, "db", "init")
        XCTAssertEqual(created.status, 0, created.stderr)
        XCTAssertEqual(try run(as: nobody, group: team, "agents", "add", "daemon").status, 0)
        let chat = try run(as: daemon, group: team, "enqueue", "--channel", "chat", "--from", "+82 10 0000 7777", "--text", "안녕하세요")
        XCTAssertEqual(chat.status, 0, "a team member writes: \(chat.stderr)")
        let queue = try run(as: daemon, group: team, "queue")
        XCTAssertTrue(queue.stdout.contains("+82 10 0000 7777") || queue.stdout.contains("chat"), queue.stdout)
        XCTAssertEqual(try run(as: nobody, group: team, "note", "--contact", chat.stdout.trimmingCharacters(in: .whitespacesAndNewlines),
                               "written by the lead").status, 0, "the creator still writes after another member did")

        for path in [database, database + "-wal", database + "-shm"] where FileManager.default.fileExists(atPath: path) {
            var info = stat()
            XCTAssertEqual(stat(path, &info), 0)
            XCTAssertEqual(info.st_mode & 0o777, 0o660, "\(path): the team's, nobody else's")
            XCTAssertEqual(info.st_gid, team, path)
        }
        let outsider = try run(as: bin, group: bin.pw_gid, "queue")
        XCTAssertEqual(outsider.status, 1, outsider.stderr)
        XCTAssertEqual(outsider.stderr.split(separator: "\n").count, 1, "one line: \(outsider.stderr)")
        XCTAssertTrue(outsider.stderr.contains("shared with the group 'users'"), outsider.stderr)

        // A copy that others may read, put back into the team folder, is tightened to the team's mode.
        chmod(database, 0o666)
        XCTAssertEqual(try run(as: nobody, group: team, "queue").status, 0)
        var info = stat()
        stat(database, &info)
        XCTAssertEqual(info.st_mode & 0o777, 0o660)
    }
}
