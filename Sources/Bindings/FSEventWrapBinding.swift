import Glibc
import CJavaScriptCore
import CLibUV
import JSBridge

/// A libuv handle owned by a JS object: the object is protected from start until libuv's close
/// callback, so libuv can always call into it; closing is the only way to release both.
class WatchHandle {
    var object: JSObjectRef?
    var closed = false
    private var selfReference: WatchHandle?

    var handle: UnsafeMutablePointer<uv_handle_t> { fatalError("subclass") }

    func retainWhileOpen(_ js: JS, _ object: JSObjectRef) {
        self.object = object
        JSValueProtect(js.ctx, object)
        selfReference = self
        handle.pointee.data = Unmanaged.passUnretained(self).toOpaque()
    }

    static func owner(_ raw: UnsafeMutableRawPointer?) -> WatchHandle {
        let handle = raw!.assumingMemoryBound(to: uv_handle_t.self)
        return Unmanaged<WatchHandle>.fromOpaque(handle.pointee.data).takeUnretainedValue()
    }

    /// Closes the handle; the JS object is released in libuv's close callback.
    func close() {
        guard !closed else { return }
        closed = true
        guard object != nil else { return }
        uv_close(handle) { raw in
            let owner = WatchHandle.owner(raw)
            if let object = owner.object { JSValueUnprotect(currentHost.js.ctx, object) }
            owner.object = nil
            owner.released()
            owner.selfReference = nil
        }
    }

    func released() {}

    /// start(...): begins watching; each kind reads its own arguments.
    func start(_ call: CallFrame) throws -> JSValueRef? { fatalError("subclass") }

    /// The JS methods every watch handle has.
    static let methods: [NativeMethod] = [
        NativeMethod("start") { c, _, t, n, a, e in
            bridge(c, t, n, a, e) { f in try WatchHandle.of(f, as: WatchHandle.self).start(f) }
        },
        NativeMethod("close") { c, _, t, n, a, e in
            bridge(c, t, n, a, e) { f in try WatchHandle.of(f, as: WatchHandle.self).close(); return nil }
        },
        NativeMethod("ref") { c, _, t, n, a, e in
            bridge(c, t, n, a, e) { f in try WatchHandle.of(f, as: WatchHandle.self).ref(true); return nil }
        },
        NativeMethod("unref") { c, _, t, n, a, e in
            bridge(c, t, n, a, e) { f in try WatchHandle.of(f, as: WatchHandle.self).ref(false); return nil }
        },
    ]

    func ref(_ on: Bool) {
        guard !closed, object != nil else { return }
        if on { uv_ref(handle) } else { uv_unref(handle) }
    }

    /// The class finalizer: the JS object held one reference to its WatchHandle.
    static let finalize: JSObjectFinalizeCallback = { object in
        guard let pointer = JSObjectGetPrivate(object) else { return }
        Unmanaged<WatchHandle>.fromOpaque(pointer).release()
    }

    static func of<T: WatchHandle>(_ call: CallFrame, as type: T.Type) throws -> T {
        guard let this = call.this, let pointer = JSObjectGetPrivate(this),
              let handle = Unmanaged<WatchHandle>.fromOpaque(pointer).takeUnretainedValue() as? T else {
            throw NativeError.error("Illegal invocation", constructor: "TypeError")
        }
        return handle
    }
}

/// A watch handle over one libuv handle of type `Raw`, allocated with it and freed once libuv
/// has closed it.
class UVWatchHandle<Raw>: WatchHandle {
    let raw = UnsafeMutablePointer<Raw>.allocate(capacity: 1)
    override var handle: UnsafeMutablePointer<uv_handle_t> {
        UnsafeMutableRawPointer(raw).assumingMemoryBound(to: uv_handle_t.self)
    }

    override func released() { raw.deallocate() }
}

/// `internalBinding('fs_event_wrap')`: FSEvent, a file-system event watcher (inotify through
/// libuv). The JS object's `onchange(status, eventType, filename)` receives the events.
public enum FSEventWrapBinding: InternalBinding {
    public static let name = "fs_event_wrap"

    final class FSEvent: UVWatchHandle<uv_fs_event_t> {
        nonisolated(unsafe) static let jsClass: JSClassRef =
            makeNativeClass(name: "FSEvent", methods: WatchHandle.methods, finalize: WatchHandle.finalize)

        // start(path, persistent): 0 or a negative errno.
        override func start(_ call: CallFrame) throws -> JSValueRef? {
            let path = try call.string(0)
            let persistent = call.bool(1)
            guard object == nil, !closed else { return call.js.number(Double(UV_EINVAL.rawValue)) }
            uv_fs_event_init(currentHost.loop.raw, raw)
            retainWhileOpen(call.js, call.this!)
            let status = uv_fs_event_start(raw, { raw, filename, events, status in
                let owner = WatchHandle.owner(UnsafeMutableRawPointer(raw))
                guard let object = owner.object else { return }
                let host = currentHost!, js = host.js
                guard let onchange = js.asObject(js.get(object, "onchange")) else { return }
                let eventType = (events & Int32(UV_RENAME.rawValue)) != 0 ? "rename" : "change"
                let name = filename.map { js.string(String(cString: $0)) } ?? js.null
                host.makeCallback(onchange, this: object, [js.number(Double(status)), js.string(eventType), name])
            }, path, 0)
            if status < 0 {
                close()
                return call.js.number(Double(status))
            }
            if !persistent { uv_unref(handle) }
            return call.js.number(0)
        }
    }

    public static func make(_ host: BindingHost) -> JSObjectRef {
        host.js.object(methods: [
            NativeMethod("createFSEvent") { c, _, t, n, a, e in
                bridge(c, t, n, a, e) { f in
                    JSObjectMake(f.ctx, FSEvent.jsClass, Unmanaged.passRetained(FSEvent()).toOpaque())
                }
            },
        ])
    }
}
