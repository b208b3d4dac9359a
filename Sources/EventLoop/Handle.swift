import CLibUV

/// A libuv handle owned by Swift. `handle.data` points at this object (unretained); the object
/// keeps itself alive from `init` until libuv's close callback has run, because libuv may still
/// touch the memory until then. Call `close()` exactly once to release it.
open class HandleBase {
    public let handle: UnsafeMutablePointer<uv_handle_t>
    private var selfReference: HandleBase?

    init(size: Int) {
        handle = UnsafeMutableRawPointer.allocate(byteCount: size, alignment: 16)
            .bindMemory(to: uv_handle_t.self, capacity: 1)
        selfReference = self
    }

    func bindData() { handle.pointee.data = Unmanaged.passUnretained(self).toOpaque() }

    public func ref() { uv_ref(handle) }
    public func unref() { uv_unref(handle) }
    public var hasRef: Bool { uv_has_ref(handle) != 0 }

    public func close() {
        guard uv_is_closing(handle) == 0 else { return }
        uv_close(handle) { handle in
            let owner = Unmanaged<HandleBase>.fromOpaque(handle!.pointee.data).takeUnretainedValue()
            owner.selfReference = nil
        }
    }

    deinit { UnsafeMutableRawPointer(handle).deallocate() }
}

/// A handle of libuv type `Raw` (uv_timer_t, uv_check_t ...).
open class Handle<Raw>: HandleBase {
    public var raw: UnsafeMutablePointer<Raw> { UnsafeMutableRawPointer(handle).assumingMemoryBound(to: Raw.self) }

    public init() { super.init(size: MemoryLayout<Raw>.size) }

    public static func from(_ pointer: UnsafeMutableRawPointer?) -> Self {
        Unmanaged<Self>.fromOpaque(pointer!).takeUnretainedValue()
    }
}

/// A one-shot or repeating libuv timer running a Swift callback.
public final class Timer: Handle<uv_timer_t> {
    public var onFire: () -> Void = {}

    public init(loop: EventLoop) {
        super.init()
        uv_timer_init(loop.raw, raw)
        bindData()
    }

    public func start(after milliseconds: UInt64, repeat repeatMs: UInt64 = 0) {
        uv_timer_start(raw, { timer in
            Timer.from(timer!.pointee.data).onFire()
        }, milliseconds, repeatMs)
    }

    public func stop() { uv_timer_stop(raw) }
}

/// Runs a Swift callback in libuv's check phase (right after poll): where immediates run.
public final class Check: Handle<uv_check_t> {
    public var onCheck: () -> Void = {}

    public init(loop: EventLoop) {
        super.init()
        uv_check_init(loop.raw, raw)
        bindData()
    }

    public func start() {
        uv_check_start(raw) { check in Check.from(check!.pointee.data).onCheck() }
    }

    public func stop() { uv_check_stop(raw) }
}

/// An idle handle: while started, the poll phase does not block. Used to keep the loop spinning
/// while ref'd immediates are queued.
public final class Idle: Handle<uv_idle_t> {
    public init(loop: EventLoop) {
        super.init()
        uv_idle_init(loop.raw, raw)
        bindData()
    }

    public func start() { uv_idle_start(raw) { _ in } }
    public func stop() { uv_idle_stop(raw) }
}

/// Delivers a POSIX signal to a Swift callback on the loop thread.
public final class Signal: Handle<uv_signal_t> {
    public var onSignal: (Int32) -> Void = { _ in }

    public init(loop: EventLoop) {
        super.init()
        uv_signal_init(loop.raw, raw)
        bindData()
    }

    public func start(_ signal: Int32) throws {
        try UVError.check(uv_signal_start(raw, { handle, signum in
            Signal.from(handle!.pointee.data).onSignal(signum)
        }, signal))
    }

    public func stop() { uv_signal_stop(raw) }
}
