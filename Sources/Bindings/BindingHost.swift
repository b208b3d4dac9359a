import CJavaScriptCore
import JSBridge
import EventLoop

/// What a binding needs from the environment that created it. `Runtime.Environment` implements it.
public protocol BindingHost: AnyObject {
    var js: JS { get }
    var loop: EventLoop { get }
    /// Calls into JavaScript the way Node does after any native event: the callback, then all
    /// `process.nextTick` callbacks, then promise jobs, repeated until both queues are empty.
    /// An exception goes to the uncaught-exception path, never back to the caller.
    @discardableResult
    func makeCallback(_ function: JSObjectRef, this: JSObjectRef?, _ args: [JSValueRef]) -> JSValueRef?
    /// Calls `function` with the same arguments again and again while it returns `true` (or
    /// throws), with ticks and microtasks drained after each call: how timers and immediates run
    /// one callback at a time in Node's order. Returns the first other result.
    @discardableResult
    func runBatch(_ function: JSObjectRef, _ args: () -> [JSValueRef]) -> JSValueRef?
    /// A Node-shaped error for a failed system call, built by lib/internal/errors.js.
    func uvException(_ error: UVError, syscall: String, path: String?, dest: String?) -> JSValueRef
    /// The arguments and options the process was started with.
    var options: ProcessOptions { get }
}

/// The state of the one environment of this thread.
nonisolated(unsafe) public var currentHost: BindingHost!

/// A binding reachable as `internalBinding(name)`.
public protocol InternalBinding {
    static var name: String { get }
    static func make(_ host: BindingHost) -> JSObjectRef
}

public extension UVError {
    /// Throws the Node-shaped error for this failure into JavaScript.
    func thrown(syscall: String, path: String? = nil, dest: String? = nil) -> NativeError {
        .exception(currentHost.uvException(self, syscall: syscall, path: path, dest: dest))
    }
}

/// Parsed command line, shared by Swift (start-up) and JavaScript (`process.execArgv` & co).
public struct ProcessOptions {
    public enum Mode { case file, eval, print, stdin, help, version }
    public var mode: Mode = .stdin
    public var execPath = ""
    public var argv0 = ""
    public var execArgv: [String] = []
    public var scriptPath: String?
    public var evalSource: String?
    public var scriptArgs: [String] = []
    public var requires: [String] = []
    /// --import specifiers, NODE_OPTIONS' first, in order.
    public var imports: [String] = []
    /// --env-file paths, in order.
    public var envFiles: [String] = []
    /// --conditions (-C) names for package exports and imports, in order.
    public var conditions: [String] = []
    public var flags: [String: String] = [:]   // normalized option name -> value ("" for switches)
    public var forceRepl = false
    /// What NODE_OPTIONS accepts, computed when process.allowedNodeEnvironmentFlags is first read.
    public var allowedEnvironmentFlags: () -> [String] = { [] }
    public init() {}
}
