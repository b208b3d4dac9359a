import CJavaScriptCore
import CShims
import JSBridge

/// `internalBinding('task_queue')`: the flags Swift reads after every call into JavaScript to
/// know whether `process.nextTick` callbacks or unhandled rejections are waiting.
public enum TaskQueueBinding: InternalBinding {
    public static let name = "task_queue"

    // Must match kHasTickScheduled, kHasRejectionToWarn in lib/internal/process/task_queues.js.
    public static let kHasTickScheduled = 0, kHasRejectionToWarn = 1

    nonisolated(unsafe) public static var tickInfo: UnsafeMutablePointer<Int32>?
    nonisolated(unsafe) public static var processTicksAndRejections: JSObjectRef?
    nonisolated(unsafe) public static var callbackTrampoline: JSObjectRef?

    public static var hasPendingWork: Bool {
        guard let tickInfo else { return false }
        return tickInfo[kHasTickScheduled] != 0 || tickInfo[kHasRejectionToWarn] != 0
    }

    public static func make(_ host: BindingHost) -> JSObjectRef {
        let js = host.js
        let binding = js.object(methods: [
            NativeMethod("setupTaskQueue") { c, _, t, n, a, e in
                bridge(c, t, n, a, e) { f in
                    TaskQueueBinding.processTicksAndRejections = try f.protectedFunction(0)
                    TaskQueueBinding.callbackTrampoline = try f.protectedFunction(1)
                    return nil
                }
            },
            // The engine calls `callback(promise, reason)` for each promise still rejected without
            // a handler when a microtask drain ends.
            NativeMethod("setUnhandledRejectionCallback") { c, _, t, n, a, e in
                bridge(c, t, n, a, e) { f in
                    var exception: JSValueRef?
                    JSGlobalContextSetUnhandledRejectionCallback(JSContextGetGlobalContext(f.ctx), try f.function(0), &exception)
                    if let exception { throw NativeError.exception(exception) }
                    return nil
                }
            },
        ])
        var exception: JSValueRef?
        let info = JSObjectMakeTypedArray(js.ctx, kJSTypedArrayTypeInt32Array, 2, &exception)!
        TaskQueueBinding.tickInfo = js.bytes(of: info)!.baseAddress!.assumingMemoryBound(to: Int32.self)
        js.set(binding, "tickInfo", info)
        return binding
    }
}

/// `internalBinding('errors')`: the JavaScript functions Swift calls for uncaught exceptions and
/// to build system-call errors.
public enum ErrorsBinding: InternalBinding {
    public static let name = "errors"

    nonisolated(unsafe) public static var onUncaughtException: JSObjectRef?
    nonisolated(unsafe) public static var uvExceptionFactory: JSObjectRef?

    public static func make(_ host: BindingHost) -> JSObjectRef {
        host.js.object(methods: [
            NativeMethod("setUncaughtExceptionHandler") { c, _, t, n, a, e in
                bridge(c, t, n, a, e) { f in
                    ErrorsBinding.onUncaughtException = try f.protectedFunction(0)
                    return nil
                }
            },
            NativeMethod("setUVExceptionFactory") { c, _, t, n, a, e in
                bridge(c, t, n, a, e) { f in
                    ErrorsBinding.uvExceptionFactory = try f.protectedFunction(0)
                    return nil
                }
            },
            // The function each error the engine makes itself is handed to (see CShims).
            NativeMethod("setEngineErrorHook") { c, _, t, n, a, e in
                bridge(c, t, n, a, e) { f in
                    apus_set_engine_error_hook(f.ctx, try f.function(0))
                    return nil
                }
            },
        ])
    }
}
