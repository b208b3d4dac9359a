import CJavaScriptCore
import CBuiltins
import CShims
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

    /// The embedded entry of a builtin: its source already wrapped in the module function
    /// (see tools/gen-builtins.sh), NUL-terminated, and its length.
    static func embedded(_ id: String) -> apus_builtin? {
        guard let i = index[id] else { return nil }
        return apus_builtin_at(i).pointee
    }

    /// Compiles a builtin into its module function straight from the embedded bytes.
    public static func compile(_ js: JS, id: String) throws -> JSValueRef {
        guard let number = index[id] else {
            throw NativeError.error("No such built-in module: \(id)", code: "ERR_UNKNOWN_BUILTIN_MODULE")
        }
        let builtin = apus_builtin_at(number).pointee
        var exception: JSValueRef?
        if let (bytecode, length, kind) = BuiltinsCodeCache.bytecode(at: number) {
            let result = withJSString("node:\(id)") { url in
                apus_evaluate_with_bytecode(js.ctx, builtin.source, builtin.length, url, bytecode, length, kind, &exception)
            }
            if let exception { throw NativeError.exception(exception) }
            if let result { return result }
        }
        // The embedded text is ASCII (tools/gen-builtins.sh checks) and static: the engine reads
        // it in place. JSStringCreateWithUTF8CString would first convert all of it to UTF-16.
        let source = builtin.source.withMemoryRebound(to: UInt8.self, capacity: builtin.length) {
            apus_string_create_static_latin1($0, builtin.length)
        } ?? JSStringCreateWithUTF8CString(builtin.source)!
        defer { JSStringRelease(source) }
        let result = withJSString("node:\(id)") { url in JSEvaluateScript(js.ctx, source, nil, url, 1, &exception) }
        if let exception { throw NativeError.exception(exception) }
        return result!
    }

    public static func make(_ host: BindingHost) -> JSObjectRef {
        let js = host.js
        let binding = js.object(methods: [
            NativeMethod("compileFunction") { c, _, t, n, a, e in bridge(c, t, n, a, e, BuiltinsBinding.compileFunction) },
            NativeMethod("source") { c, _, t, n, a, e in bridge(c, t, n, a, e, BuiltinsBinding.source) },
            NativeMethod("hasBuiltin") { c, _, t, n, a, e in
                bridge(c, t, n, a, e) { f in f.js.bool(BuiltinsBinding.index[try f.string(0)] != nil) }
            },
        ])
        js.set(binding, "builtinIds", js.array(BuiltinsBinding.ids.map { js.string($0) }))
        return binding
    }

    /// source(id): the builtin's embedded text as it was compiled (wrapper included), read in
    /// place; undefined for an unknown id. Stack traces read it to name accessor frames.
    static func source(_ call: CallFrame) throws -> JSValueRef? {
        guard let builtin = embedded(try call.string(0)) else { return call.js.undefined }
        let text = builtin.source.withMemoryRebound(to: UInt8.self, capacity: builtin.length) {
            apus_string_create_static_latin1($0, builtin.length)
        } ?? JSStringCreateWithUTF8CString(builtin.source)!
        defer { JSStringRelease(text) }
        return apus_string_value(call.ctx, text)
    }

    /// compileFunction(id): the builtin's module function, named `node:<id>` in stack traces.
    static func compileFunction(_ call: CallFrame) throws -> JSValueRef? {
        try compile(call.js, id: try call.string(0))
    }
}
