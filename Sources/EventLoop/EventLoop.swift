import CLibUV

/// The libuv loop of one JavaScript environment. Phases and ref counting are libuv's own, which
/// gives Node's order: timers, pending, idle/prepare, poll, check, close.
public final class EventLoop {
    public let raw: UnsafeMutablePointer<uv_loop_t>

    public init() {
        raw = uv_default_loop()
        // Idle-time accounting, for event-loop utilization; it must be on before the loop runs.
        _ = apus_uv_loop_enable_idle_time(raw)
    }

    /// Runs until nothing ref'd is left. Returns true if handles or requests remain alive.
    @discardableResult
    public func run(_ mode: uv_run_mode = UV_RUN_DEFAULT) -> Bool {
        uv_run(raw, mode) != 0
    }

    public var isAlive: Bool { uv_loop_alive(raw) != 0 }

    /// libuv's cached loop time in milliseconds.
    public var now: UInt64 { uv_now(raw) }

    public func updateTime() { uv_update_time(raw) }

    public func stop() { uv_stop(raw) }
}

/// Calls a libuv function that fills a caller-provided string buffer (uv_cwd, uv_os_homedir ...).
public func uvString(syscall: String, _ fill: (UnsafeMutablePointer<CChar>, UnsafeMutablePointer<Int>) -> Int32) throws -> String {
    var buffer = [CChar](repeating: 0, count: 4097)
    var size = buffer.count
    let status = buffer.withUnsafeMutableBufferPointer { fill($0.baseAddress!, &size) }
    try UVError.check(status)
    return String(cString: buffer)
}

/// A libuv result code turned into its Node names: `ENOENT`, `no such file or directory`.
/// This is the one place errno values are named; JavaScript builds the error objects from it.
public struct UVError: Error {
    public let code: Int32
    public init(_ code: Int32) { self.code = code }
    public var name: String { String(cString: uv_err_name(code)) }
    public var message: String { String(cString: uv_strerror(code)) }

    /// Throws when a libuv call returned a negative status.
    @inline(__always)
    public static func check(_ status: Int32) throws {
        if status < 0 { throw UVError(status) }
    }
}
