import Glibc
import CJavaScriptCore
import CShims
import JSBridge
import EventLoop

/// `internalBinding('signal_wrap')`: POSIX signals delivered as `process` events. Handles start
/// unref'd: listening for a signal does not keep the process alive.
public enum SignalWrapBinding: InternalBinding {
    public static let name = "signal_wrap"

    nonisolated(unsafe) static var handles: [Int32: Signal] = [:]
    nonisolated(unsafe) static var onSignal: JSObjectRef?

    public static func make(_ host: BindingHost) -> JSObjectRef {
        host.js.object(methods: [
            NativeMethod("setSignalHandler") { c, _, t, n, a, e in
                bridge(c, t, n, a, e) { f in
                    SignalWrapBinding.onSignal = try f.protectedFunction(0)
                    return nil
                }
            },
            NativeMethod("startSignal") { c, _, t, n, a, e in
                bridge(c, t, n, a, e) { f in
                    let number = try f.int32(0)
                    guard SignalWrapBinding.handles[number] == nil else { return f.js.number(0) }
                    let handle = Signal(loop: currentHost.loop)
                    handle.onSignal = { signum in
                        guard let onSignal = SignalWrapBinding.onSignal else { return }
                        currentHost.makeCallback(onSignal, this: nil, [currentHost.js.number(signum)])
                    }
                    do { try handle.start(number) } catch let failure as UVError {
                        handle.close()
                        return f.js.number(failure.code)
                    }
                    handle.unref()
                    SignalWrapBinding.handles[number] = handle
                    return f.js.number(0)
                }
            },
            NativeMethod("stopSignal") { c, _, t, n, a, e in
                bridge(c, t, n, a, e) { f in
                    SignalWrapBinding.handles.removeValue(forKey: try f.int32(0))?.close()
                    return nil
                }
            },
        ])
    }
}
