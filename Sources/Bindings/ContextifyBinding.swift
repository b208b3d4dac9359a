import CJavaScriptCore
import JSBridge

/// `internalBinding('contextify')`: compiling source text into functions and scripts.
public enum ContextifyBinding: InternalBinding {
    public static let name = "contextify"

    /// The name of every module wrapper function, so stack traces can tell module bodies apart.
    static let wrapperName = "__apusModuleWrapper"

    public static func make(_ host: BindingHost) -> JSObjectRef {
        host.js.object(methods: [
            NativeMethod("compileFunction") { c, _, t, n, a, e in bridge(c, t, n, a, e, ContextifyBinding.compileFunction) },
            NativeMethod("checkSyntax") { c, _, t, n, a, e in bridge(c, t, n, a, e, ContextifyBinding.checkSyntax) },
            // runScript(source, filename): evaluates a classic script in this realm.
            NativeMethod("runScript") { c, _, t, n, a, e in
                bridge(c, t, n, a, e) { f in try f.js.evaluate(try f.string(0), url: try f.string(1)) }
            },
        ])
    }

    /// compileFunction(source, filename, lineOffset, params): a function whose body is `source`.
    /// The wrapper "(function (params) { " shares the first line with the source, so line numbers
    /// stay exact and only first-line columns move, by `wrapperPrefix(params).length`.
    static func compileFunction(_ call: CallFrame) throws -> JSValueRef? {
        let source = try call.string(0), url = try call.string(1)
        let line = call.has(2) ? try call.int32(2) + 1 : 1
        return try makeFunction(call.js, source: source, url: url, line: line, params: try call.object(3))
    }

    /// checkSyntax(source, filename): throws the SyntaxError the source has as a script, if any.
    static func checkSyntax(_ call: CallFrame) throws -> JSValueRef? {
        let source = try call.string(0), url = try call.string(1)
        var exception: JSValueRef?
        let valid = withJSString(source) { src in
            withJSString(url) { JSCheckScriptSyntax(call.ctx, src, $0, 1, &exception) }
        }
        if !valid, let exception { throw NativeError.exception(exception) }
        return call.js.bool(valid)
    }

    public static func makeFunction(_ js: JS, source: String, url: String, line: Int32 = 1,
                                    params: JSObjectRef) throws -> JSValueRef {
        let count = max(0, Int.clamping(js.toNumber(js.get(params, "length"))))
        let names = (0..<count).map { js.toString(JSObjectGetPropertyAtIndex(js.ctx, params, UInt32($0), nil)) }
        // Must match wrapperPrefix and kWrapperName in lib/internal/error_stack.js.
        let wrapped = "(function \(wrapperName)(" + names.joined(separator: ", ") + ") { " + source + "\n})"
        return try js.evaluate(wrapped, url: url, line: line)
    }
}
