import Glibc
import CJavaScriptCore
import CLibUV
import JSBridge

/// fs.watchFile's poller (`binding.createStatWatcher()`): libuv stats the path every `interval`
/// ms and reports changes to the JS object's `onchange(status, current, previous)`, the stats
/// as Float64Arrays in statArray's layout.
final class StatWatcherHandle: UVWatchHandle<uv_fs_poll_t> {
    nonisolated(unsafe) static let jsClass: JSClassRef =
        makeNativeClass(name: "StatWatcher", methods: WatchHandle.methods, finalize: WatchHandle.finalize)

    // start(path, interval, persistent): 0 or a negative errno.
    override func start(_ call: CallFrame) throws -> JSValueRef? {
        let path = try call.path(0)
        let interval = UInt32(clamping: max(1, try call.int(1)))
        let persistent = call.bool(2)
        guard object == nil, !closed else { return call.js.number(Double(UV_EINVAL.rawValue)) }
        uv_fs_poll_init(currentHost.loop.raw, raw)
        retainWhileOpen(call.js, call.this!)
        let status = uv_fs_poll_start(raw, { raw, status, previous, current in
            let owner = WatchHandle.owner(UnsafeMutableRawPointer(raw))
            guard let object = owner.object else { return }
            let host = currentHost!, js = host.js
            guard let onchange = js.asObject(js.get(object, "onchange")) else { return }
            // Both arrays stay in locals until the call: see JS.array(of:).
            let currentStats = FSBinding.statArray(current!.pointee, js)
            let previousStats = FSBinding.statArray(previous!.pointee, js)
            _ = withExtendedLifetime((currentStats, previousStats)) {
                host.makeCallback(onchange, this: object, [js.number(Double(status)), currentStats, previousStats])
            }
        }, path.cString, interval)
        if status < 0 {
            close()
            return call.js.number(Double(status))
        }
        if !persistent { uv_unref(handle) }
        return call.js.number(0)
    }
}

extension FSBinding {
    static func createStatWatcher(_ call: CallFrame) throws -> JSValueRef? {
        JSObjectMake(call.ctx, StatWatcherHandle.jsClass, Unmanaged.passRetained(StatWatcherHandle()).toOpaque())
    }
}
