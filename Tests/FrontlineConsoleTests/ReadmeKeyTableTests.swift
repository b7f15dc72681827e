import XCTest
@testable import FrontlineConsole

/// The README's key table is generated from the bindings (`frontline keys`); this keeps it from drifting.
final class ReadmeKeyTableTests: XCTestCase {
    func testReadmeHoldsTheGeneratedKeyTable() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let readme = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
        XCTAssertTrue(readme.contains(KeyBindings.markdown().trimmingCharacters(in: .newlines)),
                      "README.md's key table is out of date: paste the output of `swift run frontline keys`")
    }
}
