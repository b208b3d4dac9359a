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

    public static func source(_ id: String) -> String? {
        guard let i = index[id] else { return nil }
        let entry = apus_builtin_at(i).pointee
        return String(decoding: UnsafeRawBufferPointer(start: entry.source, count: entry.length), as: UTF8.self)
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

    /// compileFunction(id, params): the builtin's source as a function of `params`, named
    /// `node:<id>` in stack traces.
    static func compileFunction(_ call: CallFrame) throws -> JSValueRef? {
        let id = try call.string(0)
        let params = try call.object(1)
        guard let source = source(id) else {
            throw NativeError.error("No such built-in module: \(id)", code: "ERR_UNKNOWN_BUILTIN_MODULE")
        }
        return try ContextifyBinding.makeFunction(call.js, source: source, url: "node:\(id)", line: 1,
                                                   params: params)
    }
}
