import Glibc
import CJavaScriptCore
import CShims
import JSBridge
import EventLoop
import Bindings
import CLibUV

/// One JavaScript realm with its event loop: the context, the loop, the bindings, and the one
/// Swift entry point through which every native event calls into JavaScript.
public final class Environment: BindingHost {
    public let context: JSGlobalContextRef
    public let js: JS
    public let loop: EventLoop
    public let options: ProcessOptions
    private var bindingCache: [String: JSObjectRef] = [:]
    private var inUncaughtHandler = false

    public init(options: ProcessOptions) {
        ProcessMethodsBinding.startTime = uv_hrtime()
        PerformanceBinding.milestones[PerformanceBinding.Milestone.nodeStart.rawValue] = ProcessMethodsBinding.startTime
        self.options = options
        _ = apus_use_node_overflow_message()
        _ = apus_use_v8_call_messages()
        context = JSGlobalContextCreate(nil)
        Startup.forgetEngineVariables()
        // An exception leaving a C API call is also reported to the engine's inspector, which by
        // default symbolizes the native stack for it (dladdr per frame, ~60k instructions).
        JSGlobalContextSetIncludesNativeCallStackWhenReportingExceptions(context, false)
        if options.flags["--disallow-code-generation-from-strings"] != nil { disallowCodeFromStrings(context) }
        PerformanceBinding.mark(.v8Start)
        apus_values_verify(context)
        ScriptWatchdog.prepare(context)
        js = JS(context)
        loop = EventLoop()
        currentHost = self
    }

    // MARK: - Bindings

    func internalBinding(_ name: String) throws -> JSObjectRef {
        if let cached = bindingCache[name] { return cached }
        guard let type = Registry.binding(named: name) else {
            throw NativeError.error("No such binding: \(name)", code: "ERR_INVALID_MODULE")
        }
        let binding = type.make(self)
        JSValueProtect(context, binding)
        bindingCache[name] = binding
        return binding
    }

    // MARK: - Calling into JavaScript

    public func makeCallback(_ function: JSObjectRef, this: JSObjectRef?, _ args: [JSValueRef]) -> JSValueRef? {
        let outcome: Outcome
        if let trampoline = TaskQueueBinding.callbackTrampoline {
            outcome = invoke(trampoline, this: this, [function] + args)
        } else {
            outcome = invoke(function, this: this, args)
        }
        drainTicks()
        if case .returned(let value) = outcome { return value }
        return nil
    }

    public func runBatch(_ function: JSObjectRef, _ args: () -> [JSValueRef]) -> JSValueRef? {
        let arguments = args()
        while true {
            let outcome = invoke(function, this: nil, arguments)
            drainTicks()
            // After an exception the uncaught-exception path has run; the batch goes on.
            guard case .returned(let result) = outcome else { continue }
            guard JSValueIsBoolean(context, result), JSValueToBoolean(context, result) else { return result }
        }
    }

    enum Outcome {
        case returned(JSValueRef)
        case threw
    }

    /// One outermost call: JavaScriptCore drains promise jobs when it returns. The JavaScript
    /// side runs pending ticks before returning (the callback trampoline), which gives Node's
    /// order: callback, ticks, microtasks.
    private func invoke(_ function: JSObjectRef, this: JSObjectRef?, _ args: [JSValueRef]) -> Outcome {
        defer { TimersBinding.syncTimerRef() }
        do {
            return .returned(try js.call(function, this: this, args))
        } catch let thrown as JSException {
            handleUncaught(ScriptWatchdog.takeTimeoutError(js) ?? thrown.value)
        } catch {}
        return .threw
    }

    /// Ticks queued by promise jobs run after the drain, and their own promise jobs after them,
    /// until both queues are empty.
    private func drainTicks() {
        while TaskQueueBinding.hasPendingWork, let process = TaskQueueBinding.processTicksAndRejections {
            _ = invoke(process, this: nil, [])
        }
    }

    public func handleUncaught(_ error: JSValueRef) {
        guard let handler = ErrorsBinding.onUncaughtException, !inUncaughtHandler else {
            fatal("uncaught exception before the error handler was installed: \(js.toString(error))", code: 7)
        }
        inUncaughtHandler = true
        do {
            _ = try js.call(handler, [error])
        } catch let thrown as JSException {
            fatal(describe(thrown.value), code: 7)
        } catch {}
        inUncaughtHandler = false
    }

    /// Text for an error that escaped before lib/ could print it: message, stack and location.
    private func describe(_ error: JSValueRef) -> String {
        var text = js.toString(error)
        if let object = js.asObject(error) {
            let stack = js.get(object, "stack")
            if JSValueIsString(context, stack) { text += "\n" + js.toString(stack) }
            let url = js.get(object, "sourceURL"), line = js.get(object, "line")
            if JSValueIsString(context, url) { text += "\n    at \(js.toString(url)):\(js.toString(line))" }
        }
        return text
    }

    private func fatal(_ message: String, code: Int32) -> Never {
        let text = message + "\n"
        _ = text.withCString { write(2, $0, strlen($0)) }
        exit(code)
    }

    public func uvException(_ error: UVError, syscall: String, path: String?, dest: String?) -> JSValueRef {
        guard let factory = ErrorsBinding.uvExceptionFactory else {
            return js.error("\(error.name): \(error.message), \(syscall)", code: error.name)
        }
        let args = [js.number(error.code), js.string(error.name), js.string(error.message), js.string(syscall),
                    path.map { js.string($0) } ?? js.undefined, dest.map { js.string($0) } ?? js.undefined]
        return (try? js.call(factory, args)) ?? js.undefined
    }

    // MARK: - Start-up and the loop

    /// Compiles lib/internal/bootstrap/realm.js and runs it with the native entry points; it sets
    /// up the process object, the globals and the main script, and runs the main script.
    public func start() -> Int32 {
        PerformanceBinding.mark(.environment)
        let internalBindingFunction = js.function("internalBinding") { c, _, t, n, a, e in
            bridge(c, t, n, a, e) { f in try (currentHost as! Environment).internalBinding(try f.string(0)) }
        }
        let realm: JSValueRef
        do {
            realm = try BuiltinsBinding.compile(js, id: "internal/bootstrap/realm")
        } catch NativeError.exception(let value) {
            fatal(describe(value), code: 70)
        } catch {
            fatal("apus: cannot compile the bootstrap: \(error)", code: 70)
        }
        // The realm is a module function too: (exports, require, module, process, internalBinding),
        // with the options in `process`'s place.
        _ = makeCallback(js.asObject(realm)!, this: nil,
                         [js.undefined, js.undefined, js.undefined, optionsObject(), internalBindingFunction])
        return runLoop()
    }

    private func optionsObject() -> JSObjectRef {
        let object = js.object()
        let mode: String
        switch options.mode {
        case .file: mode = "file"
        case .eval: mode = "eval"
        case .print: mode = "print"
        case .stdin: mode = "stdin"
        case .help: mode = "help"
        case .version: mode = "version"
        }
        js.set(object, "mode", js.string(mode))
        if let script = options.scriptPath { js.set(object, "script", js.string(script)) }
        if let source = options.evalSource { js.set(object, "eval", js.string(source)) }
        js.set(object, "requires", js.array(of: options.requires) { js.string($0) })
        js.set(object, "imports", js.array(of: options.imports) { js.string($0) })
        js.set(object, "envFiles", js.array(of: options.envFiles) { js.string($0) })
        js.set(object, "conditions", js.array(of: options.conditions) { js.string($0) })
        let flags = js.object()
        for (name, value) in options.flags { js.set(flags, name, js.string(value)) }
        js.set(object, "flags", flags)
        return object
    }

    /// Runs the loop; when it empties, emits `beforeExit`, and runs again if that scheduled
    /// work. Then emits `exit` and returns the exit code.
    private func runLoop() -> Int32 {
        PerformanceBinding.mark(.loopStart)
        while true {
            loop.run()
            guard let emitBeforeExit = ProcessMethodsBinding.emitBeforeExit else { break }
            makeCallback(emitBeforeExit, this: nil, [])
            if !loop.isAlive { break }
        }
        PerformanceBinding.mark(.loopExit)
        guard let emitExit = ProcessMethodsBinding.emitExit,
              let code = makeCallback(emitExit, this: nil, []) else { return 0 }
        return Int32(truncatingIfNeeded: Int(js.toNumber(code)))
    }
}
