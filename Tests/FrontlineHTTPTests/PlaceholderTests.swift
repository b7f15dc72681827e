import XCTest
@testable import FrontlineHTTP
final class PlaceholderTests: XCTestCase { func testNothing() {} }
