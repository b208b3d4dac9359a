import XCTest
@testable import Runtime
import Bindings

final class CommandLineTests: XCTestCase {
    func parse(_ words: [String], env: String? = nil) throws -> ProcessOptions {
        try CommandLineParser.parse(arguments: ["apus"] + words, nodeOptions: env)
    }

    func testScriptAndArgumentsAfterIt() throws {
        let options = try parse(["--no-warnings", "app.js", "--port", "80"])
        XCTAssertEqual(options.mode, .file)
        XCTAssertEqual(options.scriptPath, "app.js")
        XCTAssertEqual(options.scriptArgs, ["--port", "80"])
        XCTAssertEqual(options.execArgv, ["--no-warnings"])
    }

    func testEvalKeepsRemainingArguments() throws {
        let options = try parse(["-e", "1+1", "a", "b"])
        XCTAssertEqual(options.mode, .eval)
        XCTAssertEqual(options.evalSource, "1+1")
        XCTAssertEqual(options.scriptArgs, ["a", "b"])
    }

    func testPrintForms() throws {
        XCTAssertEqual(try parse(["-p", "42"]).evalSource, "42")
        XCTAssertEqual(try parse(["-p", "42"]).mode, .print)
        XCTAssertEqual(try parse(["-pe", "42"]).mode, .print)
        XCTAssertEqual(try parse(["-pe", "42"]).evalSource, "42")
        XCTAssertEqual(try parse(["--print", "--eval=7"]).mode, .print)
    }

    func testValueForms() throws {
        XCTAssertEqual(try parse(["--stack-trace-limit=3", "x.js"]).flags["--stack-trace-limit"], "3")
        XCTAssertEqual(try parse(["--stack-trace-limit", "4", "x.js"]).flags["--stack-trace-limit"], "4")
        XCTAssertEqual(try parse(["-r", "a", "--require", "b", "x.js"]).requires, ["a", "b"])
    }

    func testUnderscoresAreDashes() throws {
        XCTAssertNotNil(try parse(["--expose_gc", "x.js"]).flags["--expose-gc"])
    }

    func testDoubleDashEndsOptions() throws {
        let options = try parse(["--", "--weird-name.js", "x"])
        XCTAssertEqual(options.scriptPath, "--weird-name.js")
        XCTAssertEqual(options.scriptArgs, ["x"])
    }

    func testUnknownOptionIsRejected() {
        XCTAssertThrowsError(try parse(["--definitely-not-an-option", "x.js"])) { error in
            XCTAssertEqual((error as? CommandLineParser.BadOption)?.message, "bad option: --definitely-not-an-option")
        }
    }

    func testStdinWhenNoScript() throws {
        XCTAssertEqual(try parse([]).mode, .stdin)
        XCTAssertEqual(try parse(["-"]).mode, .stdin)
    }

    func testNodeOptionsArePrependedButNotInExecArgv() throws {
        let options = try parse(["app.js"], env: "--no-warnings --require \"./a b.js\"")
        XCTAssertNotNil(options.flags["--no-warnings"])
        XCTAssertEqual(options.requires, ["./a b.js"])
        XCTAssertEqual(options.execArgv, [])
    }

    func testVersionAndHelp() throws {
        XCTAssertEqual(try parse(["-v"]).mode, .version)
        XCTAssertEqual(try parse(["--help"]).mode, .help)
    }
}
