import XCTest
import CJavaScriptCore
import CShims
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

    func testHostFunctionsActAsCallbackFunctions() throws {
        let context = JSGlobalContextCreate(nil)!
        defer { JSGlobalContextRelease(context) }
        apus_values_verify(context)
        let js = JS(context)
        // Gives back `this` for two arguments, the sum of the first and last otherwise.
        let probe: JSObjectCallAsFunctionCallback = { c, _, t, n, a, e in
            bridge(c, t, n, a, e) { f in
                if f.count == 1 { throw NativeError.error("thrown from native", constructor: "RangeError") }
                if f.count == 3 { return nil }
                if f.count == 2 { return f.this }
                return f.js.number(try f.double(0) + f.double(f.count - 1))
            }
        }
        let host = try XCTUnwrap(withJSString("probe") { apus_host_function(context, $0, probe) })
        js.set(js.global, "probe", host)
        js.set(js.global, "viaAPI", js.function("viaAPI", probe))
        for name in ["probe", "viaAPI"] {
            let results = js.toString(try js.evaluate("""
                [\(name).name, typeof \(name)(1, 2), typeof \(name).call('s', 1, 2), \(name).call(null, 1, 2, 3, 4, 5, 6, 7, 8, 9),
                 String(\(name)(1, 2, 3)), (() => { try { \(name)(1) } catch (e) { return e.name + ' ' + e.message } })(),
                 (() => { try { new \(name)() } catch (e) { return e.name } })()].join('|')
                """, url: "t.js"))
            XCTAssertEqual(results, "\(name)|object|object|10|undefined|RangeError thrown from native|TypeError")
        }
    }

    func testProgramsRunFromEncodedBytecode() throws {
        let program: StaticString = "(function (a) { function twice(x) { return x * 2 } return [a].map((v) => twice(v) + 1)[0] })"
        let other: StaticString = "(function (a) { return a - 1 })"
        let source = UnsafeRawPointer(program.utf8Start).assumingMemoryBound(to: CChar.self)
        let builder = JSGlobalContextCreate(nil)!
        defer { JSGlobalContextRelease(builder) }
        var bytes: UnsafeMutablePointer<UInt8>?
        var size = 0
        var kind: UInt32 = 0
        XCTAssertEqual(apus_encode_program_bytecode(builder, source, program.utf8CodeUnitCount, &bytes, &size, &kind), 0)
        defer { free(bytes) }
        XCTAssertGreaterThan(size, 0)

        // Each run in a fresh engine (a context of its own group), so nothing comes from memory.
        func run(_ text: StaticString) throws -> Double {
            let context = JSGlobalContextCreate(nil)!
            defer { JSGlobalContextRelease(context) }
            let js = JS(context)
            var exception: JSValueRef?
            let textSource = UnsafeRawPointer(text.utf8Start).assumingMemoryBound(to: CChar.self)
            let function = withJSString("cached.js") { url in
                apus_evaluate_with_bytecode(context, textSource, text.utf8CodeUnitCount, url,
                                            apus_source_hash_word(textSource, text.utf8CodeUnitCount), bytes, size, kind, &exception)
            }
            XCTAssertNil(exception)
            let result = try js.call(try XCTUnwrap(js.asObject(try XCTUnwrap(function))), this: nil, [js.number(20)])
            return js.toNumber(result)
        }
        let taken = apus_bytecode_offers_taken()
        XCTAssertEqual(try run(program), 41)
        XCTAssertEqual(apus_bytecode_offers_taken(), taken + 1)
        // Bytecode made for other text: the engine compiles the text itself.
        XCTAssertEqual(try run(other), 19)
    }

    func testUVErrorNames() {
        XCTAssertEqual(UVError(-2).name, "ENOENT")
        XCTAssertEqual(UVError(-2).message, "no such file or directory")
    }
}
