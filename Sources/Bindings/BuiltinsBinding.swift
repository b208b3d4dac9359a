import CJavaScriptCore
import CBuiltins
import JSBridge

/// `internalBinding('builtins')`: the lib/ sources embedded in the binary, compiled on demand.
public enum BuiltinsBinding: InternalBinding {
    public static let name = "builtins"

    /// Module id ("internal/timers") -> index in the embedded table.
    nonisolated(unsafe) static let index: [String: Int] = {
        var map: [String: Int] = [:]
        for i in 0..<apus_builtins_count() { map[String(cString: apus_builtin_at(i).pointee.id)] = i }
        return map
    }()

    public static var ids: [String] { index.keys.sorted() }

    /// The embedded text of a builtin: its source already wrapped in the module function
    /// (see tools/gen-builtins.sh), NUL-terminated.
    static func wrappedSource(_ id: String) -> UnsafePointer<CChar>? {
        guard let i = index[id] else { return nil }
        return apus_builtin_at(i).pointee.source
    }

    /// Compiles a builtin into its module function straight from the embedded bytes.
    public static func compile(_ js: JS, id: String) throws -> JSValueRef {
        guard let text = wrappedSource(id) else {
            throw NativeError.error("No such built-in module: \(id)", code: "ERR_UNKNOWN_BUILTIN_MODULE")
        }
        let source = JSStringCreateWithUTF8CString(text)!
        defer { JSStringRelease(source) }
        var exception: JSValueRef?
        let result = withJSString("node:\(id)") { url in JSEvaluateScript(js.ctx, source, nil, url, 1, &exception) }
        if let exception { throw NativeError.exception(exception) }
        return result!
    }

    public static func make(_ host: BindingHost) -> JSObjectRef {
        let js = host.js
        let binding = js.object(methods: [
            NativeMethod("compileFunction") { c, _, t, n, a, e in bridge(c, t, n, a, e, BuiltinsBinding.compileFunction) },
            NativeMethod("hasBuiltin") { c, _, t, n, a, e in
                bridge(c, t, n, a, e) { f in f.js.bool(BuiltinsBinding.index[try f.string(0)] != nil) }
            },
        ])
        js.set(binding, "builtinIds", js.array(BuiltinsBinding.ids.map { js.string($0) }))
        return binding
    }

    /// compileFunction(id): the builtin's module function, named `node:<id>` in stack traces.
    static func compileFunction(_ call: CallFrame) throws -> JSValueRef? {
        try compile(call.js, id: try call.string(0))
    }
}
