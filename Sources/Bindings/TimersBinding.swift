import CJavaScriptCore
import JSBridge
import EventLoop

/// `internalBinding('timers')`: one libuv timer for all JS timers and one check handle for all
/// immediates; lib/internal/timers.js keeps the lists and decides what runs.
public enum TimersBinding: InternalBinding {
    public static let name = "timers"

    // Must match kCount, kRefCount, kHasOutstanding, kIdleStarted in lib/internal/timers.js.
    static let kCount = 0, kRefCount = 1, kIdleStarted = 3
    // Must match kTimerRefCount in lib/internal/timers.js.
    static let kTimerRefCount = 0

    nonisolated(unsafe) static var timer: Timer!
    nonisolated(unsafe) static var immediateCheck: Check!
    nonisolated(unsafe) static var immediateIdle: Idle!
    nonisolated(unsafe) static var processTimers: JSObjectRef?
    nonisolated(unsafe) static var processImmediate: JSObjectRef?
    nonisolated(unsafe) static var immediateInfo: UnsafeMutablePointer<UInt32>!
    nonisolated(unsafe) static var timerInfo: UnsafeMutablePointer<Int32>?
    nonisolated(unsafe) static var timerRefed = true
    nonisolated(unsafe) static var timerBase: UInt64 = 0

    public static func make(_ host: BindingHost) -> JSObjectRef {
        let js = host.js
        TimersBinding.timerBase = host.loop.now
        TimersBinding.timer = Timer(loop: host.loop)
        TimersBinding.timer.onFire = TimersBinding.fireTimers
        TimersBinding.immediateCheck = Check(loop: host.loop)
        TimersBinding.immediateCheck.unref()
        TimersBinding.immediateCheck.onCheck = TimersBinding.runImmediates
        TimersBinding.immediateCheck.start()
        TimersBinding.immediateIdle = Idle(loop: host.loop)

        let binding = js.object(methods: [
            NativeMethod("setupTimers") { c, _, t, n, a, e in
                bridge(c, t, n, a, e) { f in
                    TimersBinding.processImmediate = try f.protectedFunction(0)
                    TimersBinding.processTimers = try f.protectedFunction(1)
                    return nil
                }
            },
            NativeMethod("scheduleTimer") { c, _, t, n, a, e in
                bridge(c, t, n, a, e) { f in TimersBinding.timer.start(after: UInt64.clamping(max(1, try f.double(0)))); return nil }
            },
            // toggleImmediateRef(on): ref'd immediates wait, or none do. The idle handle keeps the
            // loop alive (and its poll from blocking) while they wait; JS calls this only when the
            // handle's state (kIdleStarted) must change.
            NativeMethod("toggleImmediateRef") { c, _, t, n, a, e in
                bridge(c, t, n, a, e) { f in TimersBinding.setImmediateIdle(f.bool(0)); return nil }
            },
            NativeMethod("getLibuvNow") { c, _, t, n, a, e in
                bridge(c, t, n, a, e) { f in f.js.number(TimersBinding.libuvNow()) }
            },
        ])
        var exception: JSValueRef?
        let info = JSObjectMakeTypedArray(js.ctx, kJSTypedArrayTypeUint32Array, 4, &exception)!
        TimersBinding.immediateInfo = js.bytes(of: info)!.baseAddress!.assumingMemoryBound(to: UInt32.self)
        js.set(binding, "immediateInfo", info)
        let timerCounts = JSObjectMakeTypedArray(js.ctx, kJSTypedArrayTypeInt32Array, 1, &exception)!
        TimersBinding.timerInfo = js.bytes(of: timerCounts)!.baseAddress!.assumingMemoryBound(to: Int32.self)
        js.set(binding, "timerInfo", timerCounts)
        syncTimerRef()
        return binding
    }

    static func libuvNow() -> Double {
        currentHost.loop.updateTime()
        return Double(currentHost.loop.now - timerBase)
    }

    /// processTimers(now) runs one due timer and returns true, or returns the next expiry:
    /// 0 for none, positive if a ref'd timer waits, negative if only unref'd ones do.
    static func fireTimers() {
        guard let processTimers else { return }
        let host = currentHost!
        let next = host.runBatch(processTimers) { [host.js.number(libuvNow())] }
        guard let next, JSValueIsNumber(host.js.ctx, next) else { return }
        let expiry = host.js.toNumber(next)
        guard expiry != 0, expiry.isFinite else { return }
        let now = libuvNow()
        timer.start(after: UInt64.clamping(max(1, abs(expiry) - now)))
    }

    /// Refs the libuv timer while ref'd timers exist in JS, unrefs it otherwise. Called after
    /// every entry into JavaScript (Environment.invoke), before libuv next asks whether the loop
    /// is alive: JS only counts (timerInfo), so creating and clearing timers costs no crossing.
    public static func syncTimerRef() {
        guard let timerInfo else { return }
        let refed = timerInfo[kTimerRefCount] > 0
        guard refed != timerRefed else { return }
        timerRefed = refed
        refed ? timer.ref() : timer.unref()
    }

    static func setImmediateIdle(_ on: Bool) {
        on ? immediateIdle.start() : immediateIdle.stop()
        immediateInfo[kIdleStarted] = on ? 1 : 0
    }

    /// The check phase. Immediates that ran leave the ref'd count at zero without a call back
    /// here from JS: the idle handle is stopped after the batch, still in this check phase.
    static func runImmediates() {
        guard let processImmediate, immediateInfo[kCount] > 0 else { return }
        currentHost.runBatch(processImmediate) { [] }
        if immediateInfo[kRefCount] == 0 && immediateInfo[kIdleStarted] == 1 { setImmediateIdle(false) }
    }
}
