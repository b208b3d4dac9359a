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
            NativeMethod("evaluateText") { c, _, t, n, a, e in bridge(c, t, n, a, e, ContextifyBinding.evaluateText) },
            NativeMethod("checkSyntax") { c, _, t, n, a, e in bridge(c, t, n, a, e, ContextifyBinding.checkSyntax) },
            // runScript(source, filename): evaluates a classic script in this realm.
            NativeMethod("runScript") { c, _, t, n, a, e in bridge(c, t, n, a, e, ContextifyBinding.evaluateText) },
            NativeMethod("makeContext") { c, _, t, n, a, e in
                bridge(c, t, n, a, e) { f in
                    VMContext.make(f.js, sandbox: try f.object(0), name: try f.string(1), codeFromStrings: f.bool(2))
                }
            },
            NativeMethod("runInContext") { c, _, t, n, a, e in bridge(c, t, n, a, e, ContextifyBinding.runInContext) },
            NativeMethod("compileFunctionInContext") { c, _, t, n, a, e in
                bridge(c, t, n, a, e, ContextifyBinding.compileFunctionInContext)
            },
            NativeMethod("compileBuiltinInContext") { c, _, t, n, a, e in
                bridge(c, t, n, a, e) { f in try BuiltinsBinding.compile(try ContextifyBinding.targetJS(f, 0), id: try f.string(1)) }
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

    /// evaluateText(text, filename[, line]) and runScript(text, filename): evaluates the engine
    /// string itself, never converted to a Swift String and back (module sources are the largest
    /// strings that cross).
    static func evaluateText(_ call: CallFrame) throws -> JSValueRef? {
        let value = call[0]
        guard JSValueIsString(call.ctx, value), let text = JSValueToStringCopy(call.ctx, value, nil) else {
            throw NativeError.argument(0, "a string")
        }
        defer { JSStringRelease(text) }
        let line = call.has(2) ? max(1, try call.int32(2)) : 1
        var exception: JSValueRef?
        let result = withJSString(try call.string(1)) { JSEvaluateScript(call.ctx, text, nil, $0, line, &exception) }
        if let exception { throw NativeError.exception(exception) }
        return result ?? call.js.undefined
    }

    /// The context a `makeContext` global stands for, or this realm's for null.
    static func targetJS(_ call: CallFrame, _ index: Int) throws -> JS {
        if !call.has(index) || JSValueIsNull(call.ctx, call[index]) { return call.js }
        guard let vm = VMContext.of(try call.object(index)) else { throw NativeError.argument(index, "a context global") }
        return JS(vm.context)
    }

    /// runInContext(global|null, source, filename, line, timeoutMs): evaluates a classic script.
    static func runInContext(_ call: CallFrame) throws -> JSValueRef? {
        let js = try targetJS(call, 0)
        let source = try call.string(1), url = try call.string(2)
        let line = call.has(3) ? max(1, try call.int32(3)) : 1
        let timeout = call.has(4) ? try call.double(4) : 0
        return try ScriptWatchdog.run(call.ctx, timeoutMs: timeout) {
            try js.evaluate(source, url: url, line: line)
        }
    }

    /// compileFunctionInContext(global|null, source, filename, line, params).
    static func compileFunctionInContext(_ call: CallFrame) throws -> JSValueRef? {
        let js = try targetJS(call, 0)
        let source = try call.string(1), url = try call.string(2)
        let line = call.has(3) ? max(1, try call.int32(3)) : 1
        return try makeFunction(js, source: source, url: url, line: line, params: try call.object(4))
    }

    /// checkSyntax(source, filename, line?): throws the SyntaxError the source has as a script, if any.
    static func checkSyntax(_ call: CallFrame) throws -> JSValueRef? {
        let source = try call.string(0), url = try call.string(1)
        let line = call.has(2) ? max(1, try call.int32(2)) : 1
        var exception: JSValueRef?
        let valid = withJSString(source) { src in
            withJSString(url) { JSCheckScriptSyntax(call.ctx, src, $0, line, &exception) }
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
