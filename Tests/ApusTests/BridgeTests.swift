import XCTest
import CJavaScriptCore
@testable import JSBridge
import EventLoop

final class BridgeTests: XCTestCase {
    func testStringsRoundTripIncludingNulAndAstral() throws {
        let context = JSGlobalContextCreate(nil)!
        defer { JSGlobalContextRelease(context) }
        let js = JS(context)
        for text in ["", "plain", "nul\u{0}inside", "emoji 🦅", "ünïcödé"] {
            XCTAssertEqual(js.toString(js.string(text)), text)
        }
    }

    func testEvaluateReportsExceptions() {
        let context = JSGlobalContextCreate(nil)!
        defer { JSGlobalContextRelease(context) }
        let js = JS(context)
        XCTAssertThrowsError(try js.evaluate("throw new TypeError('nope')", url: "t.js")) { error in
            let value = (error as! JSException).value
            XCTAssertEqual(js.toString(value), "TypeError: nope")
        }
        XCTAssertEqual(js.toNumber(try! js.evaluate("6 * 7", url: "t.js")), 42)
    }

    func testNativeFunctionsAreRealFunctions() throws {
        let context = JSGlobalContextCreate(nil)!
        defer { JSGlobalContextRelease(context) }
        let js = JS(context)
        let add = js.function("add") { c, _, t, n, a, e in
            bridge(c, t, n, a, e) { f in f.js.number(try f.double(0) + f.double(1)) }
        }
        js.set(js.global, "add", add)
        XCTAssertEqual(js.toString(try js.evaluate("add.name + ':' + add.call(null, 2, 3)", url: "t.js")), "add:5")
        XCTAssertEqual(js.toString(try js.evaluate("try { add('x', 1) } catch (e) { e.code }", url: "t.js")),
                       "ERR_INTERNAL_ASSERTION")
    }

    func testUVErrorNames() {
        XCTAssertEqual(UVError(-2).name, "ENOENT")
        XCTAssertEqual(UVError(-2).message, "no such file or directory")
    }
}
