import CJavaScriptCore
import CLibUV
import CShims
import JSBridge

/// A context made by `vm.createContext`: a second global object in the main context's group, so
/// values cross freely, whose global lookups consult the contextified object ("sandbox") first.
///
/// The engine keeps program-level `var` and `function` bindings in the global's own storage,
/// reading them without asking the class, so every write reaches both: the sandbox (through the
/// callbacks below) and, when the global really owns the name, the engine's storage too.
final class VMContext {
    /// Unretained: the pointer is the global object itself and valid while it lives.
    let context: JSGlobalContextRef
    /// Kept alive by the global's `sandboxKey` property, which the collector sees.
    let sandbox: JSObjectRef
    /// While set, the callbacks step aside so the engine answers about its own storage alone.
    var bypass = false

    init(context: JSGlobalContextRef, sandbox: JSObjectRef) {
        self.context = context
        self.sandbox = sandbox
    }

    static func of(_ object: JSObjectRef?) -> VMContext? {
        guard let object, let pointer = JSObjectGetPrivate(object) else { return nil }
        return Unmanaged<VMContext>.fromOpaque(pointer).takeUnretainedValue()
    }

    /// Whether the engine's own storage for the global (its `var`s and functions, or what the
    /// prototype chain gives) holds `name`, the sandbox aside. (`hasOwnProperty` called from here
    /// misses program-level `var`s; the plain lookup sees them.)
    func globalHolds(_ name: JSStringRef, _ global: JSObjectRef) -> Bool {
        bypass = true
        defer { bypass = false }
        return JSObjectHasProperty(context, global, name)
    }

    nonisolated(unsafe) static var sandboxKey: JSValueRef!

    nonisolated(unsafe) static let globalClass: JSClassRef = {
        var definition = kJSClassDefinitionEmpty
        definition.getProperty = { ctx, global, name, exception in
            guard let vm = VMContext.of(global), !vm.bypass, let name else { return nil }
            let value = JSObjectGetProperty(ctx, vm.sandbox, name, exception)
            // Inside the context the contextified object is its global: `this`.
            if let value, JSValueIsStrictEqual(ctx, value, vm.sandbox) { return JSContextGetGlobalObject(vm.context) }
            if let value, !JSValueIsUndefined(ctx, value) { return value }
            return JSObjectHasProperty(ctx, vm.sandbox, name) ? value : nil
        }
        definition.setProperty = { ctx, global, name, value, exception in
            guard let vm = VMContext.of(global), !vm.bypass, let name, let global else { return false }
            JSObjectSetProperty(ctx, vm.sandbox, name, value, 0, exception)
            if exception?.pointee != nil { return true }
            return !vm.globalHolds(name, global)
        }
        definition.deleteProperty = { ctx, global, name, exception in
            guard let vm = VMContext.of(global), !vm.bypass, let name, let global else { return false }
            let hadIt = JSObjectHasProperty(ctx, vm.sandbox, name)
            let deleted = JSObjectDeleteProperty(ctx, vm.sandbox, name, exception)
            if exception?.pointee != nil { return true }
            if hadIt && !deleted {
                // The object refused (a non-configurable property). The callback can only say
                // "deleted" or "not mine", so the global gets an undeletable copy and the
                // engine's own delete then fails as it should: false, or a TypeError in strict code.
                vm.bypass = true
                JSObjectSetProperty(ctx, global, name, JSObjectGetProperty(ctx, vm.sandbox, name, nil),
                                    JSPropertyAttributes(kJSPropertyAttributeDontDelete), nil)
                vm.bypass = false
                return false
            }
            return deleted && !vm.globalHolds(name, global)
        }
        definition.getPropertyNames = { ctx, global, accumulator in
            guard let vm = VMContext.of(global), !vm.bypass else { return }
            let names = JSObjectCopyPropertyNames(ctx, vm.sandbox)
            defer { JSPropertyNameArrayRelease(names) }
            for i in 0..<JSPropertyNameArrayGetCount(names) {
                JSPropertyNameAccumulatorAddName(accumulator, JSPropertyNameArrayGetNameAtIndex(names, i))
            }
        }
        definition.finalize = { global in
            guard let pointer = JSObjectGetPrivate(global) else { return }
            Unmanaged<VMContext>.fromOpaque(pointer).release()
        }
        return JSClassCreate(&definition)
    }()

    /// A new global for `sandbox`, in the same group as `ctx`'s.
    /// `codeFromStrings` false: eval and the Function constructor throw an EvalError in it.
    static func make(_ js: JS, sandbox: JSObjectRef, name: String, codeFromStrings: Bool) -> JSObjectRef {
        if sandboxKey == nil {
            sandboxKey = withJSString("vm.contextified") { JSValueMakeSymbol(js.ctx, $0) }
            JSValueProtect(js.ctx, sandboxKey)
        }
        let context = JSGlobalContextCreateInGroup(JSContextGetGroup(js.ctx), globalClass)!
        JSGlobalContextSetIncludesNativeCallStackWhenReportingExceptions(context, false)   // as in Environment
        withJSString(name) { JSGlobalContextSetName(context, $0) }
        if !codeFromStrings { disallowCodeFromStrings(context) }
        let global = JSContextGetGlobalObject(context)!
        let record = VMContext(context: context, sandbox: sandbox)
        JSObjectSetPrivate(global, Unmanaged.passRetained(record).toOpaque())
        record.bypass = true
        JSObjectSetPropertyForKey(context, global, sandboxKey, sandbox,
                                  JSPropertyAttributes(kJSPropertyAttributeDontEnum | kJSPropertyAttributeDontDelete), nil)
        record.bypass = false
        JSGlobalContextRelease(context)
        return global
    }
}

/// Runs scripts under `vm`'s `timeout`. The engine's only way to stop a script is its watchdog,
/// whose termination cannot be caught: it unwinds all JavaScript up to the outermost call from
/// native code (an event-loop callback). There the environment turns it into an uncaught
/// ERR_SCRIPT_EXECUTION_TIMEOUT (`takeTimeoutError`). The limit applies to the whole context
/// group, so nested limits are kept here as deadlines and the nearest one is armed.
public enum ScriptWatchdog {
    /// The engine times only VM entries that begin after its watchdog exists, and a limit set
    /// from inside JS (every `vm` call) would never fire; so the watchdog is made, unarmed,
    /// before the first script runs.
    public static func prepare(_ ctx: JSContextRef) {
        let group = JSContextGetGroup(ctx)
        JSContextGroupSetExecutionTimeLimit(group, 1e9, nil, nil)
        JSContextGroupClearExecutionTimeLimit(group)
    }

    struct Run { let deadline: Double; let timeoutMs: Double }
    nonisolated(unsafe) static var runs: [Run] = []
    /// The `timeout` of the run whose time ran out, until the environment reports it.
    nonisolated(unsafe) static var expiredTimeoutMs: Double?

    static func now() -> Double { Double(uv_hrtime()) / 1e9 }

    static func run<R>(_ ctx: JSContextRef, timeoutMs: Double, _ body: () throws -> R) rethrows -> R {
        guard timeoutMs > 0 else { return try body() }
        let group = JSContextGetGroup(ctx)
        runs.append(Run(deadline: now() + timeoutMs / 1000, timeoutMs: timeoutMs))
        arm(group)
        defer {
            runs.removeLast()
            if runs.isEmpty { JSContextGroupClearExecutionTimeLimit(group) } else { arm(group) }
        }
        return try body()
    }

    private static func arm(_ group: JSContextGroupRef?) {
        let nearest = runs.min { $0.deadline < $1.deadline }!
        JSContextGroupSetExecutionTimeLimit(group, max(0.001, nearest.deadline - now()), { _, _ in
            ScriptWatchdog.expiredTimeoutMs = ScriptWatchdog.runs.min { $0.deadline < $1.deadline }?.timeoutMs
            return true
        }, nil)
    }

    /// The error for a termination that just reached the outermost call, if a timeout caused it.
    public static func takeTimeoutError(_ js: JS) -> JSValueRef? {
        guard let timeoutMs = expiredTimeoutMs else { return nil }
        expiredTimeoutMs = nil
        return js.error("Script execution timed out after \(Int64(timeoutMs))ms", code: "ERR_SCRIPT_EXECUTION_TIMEOUT")
    }
}

/// eval and the Function constructor throw an EvalError in `context` (Node's
/// --disallow-code-generation-from-strings, vm's `codeGeneration: { strings: false }`).
public func disallowCodeFromStrings(_ context: JSGlobalContextRef) {
    let message = JSStringCreateWithUTF8CString("Code generation from strings disallowed for this context")
    JSGlobalContextSetEvalEnabled(context, false, message)
    JSStringRelease(message)
}
