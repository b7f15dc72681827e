import XCTest
@testable import FrontlineConsole

/// The README's wallboard keys are generated from its bindings (`frontline keys --wallboard`).
final class WallboardReadmeTests: XCTestCase {
    func testReadmeHoldsTheWallboardsKeyTable() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let readme = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
        XCTAssertTrue(readme.contains(WallboardBindings.markdown().trimmingCharacters(in: .newlines)),
                      "README.md's wallboard keys are out of date: paste the output of `swift run frontline keys --wallboard`")
    }
}
