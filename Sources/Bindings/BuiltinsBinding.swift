import Glibc
import CJavaScriptCore
import CBuiltins
import CShims
import JSBridge

/// `internalBinding('builtins')`: the lib/ sources embedded in the binary, compiled on demand.
public enum BuiltinsBinding: InternalBinding {
    public static let name = "builtins"

    /// The builtin's number in the embedded table (sorted by id in byte order, see
    /// tools/gen-builtins.sh).
    static func number(of id: String) -> Int? {
        id.withCString { key in
            var low = 0, high = apus_builtins_count() - 1
            while low <= high {
                let middle = (low + high) / 2
                let order = strcmp(apus_builtin_at(middle).pointee.id, key)
                if order == 0 { return middle }
                if order < 0 { low = middle + 1 } else { high = middle - 1 }
            }
            return nil
        }
    }

    /// The embedded entry of a builtin: its source already wrapped in the module function
    /// (see tools/gen-builtins.sh), NUL-terminated, and its length.
    static func embedded(_ id: String) -> apus_builtin? {
        guard let number = number(of: id) else { return nil }
        return apus_builtin_at(number).pointee
    }

    /// Compiles a builtin into its module function straight from the embedded bytes.
    public static func compile(_ js: JS, id: String) throws -> JSValueRef {
        guard let number = number(of: id) else {
            throw NativeError.error("No such built-in module: \(id)", code: "ERR_UNKNOWN_BUILTIN_MODULE")
        }
        let builtin = apus_builtin_at(number).pointee
        var exception: JSValueRef?
        if let cached = BuiltinsCodeCache.entry(at: number) {
            let result = withJSString("node:\(id)") { url in
                apus_evaluate_with_bytecode(js.ctx, builtin.source, builtin.length, url, cached.textHash, cached.bytecode,
                                            cached.length, cached.payloadKind, &exception)
            }
            if let exception { throw NativeError.exception(exception) }
            if let result { return result }
        }
        let source = staticText(builtin.source, length: builtin.length)
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
                bridge(c, t, n, a, e) { f in f.js.bool(BuiltinsBinding.number(of: try f.string(0)) != nil) }
            },
            // builtinIdList(): every id, separated by commas, for the `builtinIds` that realm.js
            // defines on first use; publicBuiltinIdList(): those outside internal/. One string
            // each, read in place and split in JavaScript.
            NativeMethod("builtinIdList") { c, _, t, n, a, e in
                bridge(c, t, n, a, e) { f in BuiltinsBinding.staticString(f.js, apus_builtin_id_list()!) }
            },
            NativeMethod("publicBuiltinIdList") { c, _, t, n, a, e in
                bridge(c, t, n, a, e) { f in BuiltinsBinding.staticString(f.js, apus_public_builtin_id_list()!) }
            },
        ])
        return binding
    }

    /// A string over static text from the binary (lib/ is ASCII: tools/gen-builtins.sh checks),
    /// which the engine reads in place; JSStringCreateWithUTF8CString would first convert all of
    /// it to UTF-16.
    static func staticText(_ text: UnsafePointer<CChar>, length: Int) -> JSStringRef {
        text.withMemoryRebound(to: UInt8.self, capacity: length) {
            apus_string_create_static_latin1($0, length)
        } ?? JSStringCreateWithUTF8CString(text)!
    }

    /// The string value of static text from the binary.
    static func staticString(_ js: JS, _ text: UnsafePointer<CChar>, length: Int? = nil) -> JSValueRef {
        let string = staticText(text, length: length ?? strlen(text))
        defer { JSStringRelease(string) }
        return apus_string_value(js.ctx, string)
    }

    /// source(id): the builtin's embedded text as it was compiled (wrapper included), read in
    /// place; undefined for an unknown id. Stack traces read it to name accessor frames.
    static func source(_ call: CallFrame) throws -> JSValueRef? {
        guard let builtin = embedded(try call.string(0)) else { return call.js.undefined }
        return staticString(call.js, builtin.source, length: builtin.length)
    }

    /// compileFunction(id): the builtin's module function, named `node:<id>` in stack traces.
    static func compileFunction(_ call: CallFrame) throws -> JSValueRef? {
        try compile(call.js, id: try call.string(0))
    }
}
