import Glibc
import CJavaScriptCore
import CLibUV
import JSBridge

/// The options object lib/child_process.js passes to both spawn bindings, read once, and the one
/// place that turns it into libuv's uv_process_options_t.
struct SpawnOptions {
    enum Stdio {
        case pipe
        case inherit(fd: Int32)
        /// An open stream of this process (a pipe socket's handle) the child shares.
        case stream(UnsafeMutablePointer<uv_stream_t>)
        case ignore
    }

    let file: String
    let args: [String]
    let env: [String]
    let cwd: String?
    let detached: Bool
    let stdio: [Stdio]
    let stdioObjects: [JSObjectRef?]

    init(_ js: JS, _ options: JSObjectRef) {
        file = js.toString(js.get(options, "file"))
        args = SpawnOptions.strings(js, js.get(options, "args"))
        env = SpawnOptions.strings(js, js.get(options, "envPairs"))
        let cwdValue = js.get(options, "cwd")
        cwd = JSValueIsString(js.ctx, cwdValue) ? js.toString(cwdValue) : nil
        detached = js.toBool(js.get(options, "detached"))
        let list = js.asObject(js.get(options, "stdio"))
        let count = min(max(list.map { Int.clamping(js.toNumber(js.get($0, "length"))) } ?? 0, 3), 1024)
        var stdio: [Stdio] = [], objects: [JSObjectRef?] = []
        for index in 0..<count {
            let entry = list.flatMap { js.asObject(JSObjectGetPropertyAtIndex(js.ctx, $0, UInt32(index), nil)) }
            objects.append(entry)
            switch entry.map({ js.toString(js.get($0, "type")) }) ?? "ignore" {
            case "pipe": stdio.append(.pipe)
            case "inherit", "fd":
                let fd = entry.map { js.get($0, "fd") }.flatMap { JSValueIsNumber(js.ctx, $0) ? Int32.clamping(js.toNumber($0)) : nil }
                stdio.append(.inherit(fd: fd ?? Int32(index)))
            case "wrap":
                if let handle = entry.flatMap({ js.asObject(js.get($0, "handle")) }),
                   let pointer = JSObjectGetPrivate(handle) {
                    let owner = Unmanaged<StreamHandle>.fromOpaque(pointer).takeUnretainedValue()
                    stdio.append(owner.closed ? .ignore : .stream(owner.stream))
                } else {
                    stdio.append(.ignore)
                }
            default: stdio.append(.ignore)
            }
        }
        self.stdio = stdio
        stdioObjects = objects
    }

    static func strings(_ js: JS, _ value: JSValueRef) -> [String] {
        guard let array = js.asObject(value) else { return [] }
        let count = max(0, Int.clamping(js.toNumber(js.get(array, "length"))))
        return (0..<count).map { js.toString(JSObjectGetPropertyAtIndex(js.ctx, array, UInt32($0), nil)) }
    }

    /// Calls uv_spawn. `pipeFor(index)` supplies the (initialized) stream of each "pipe" entry.
    func spawn(loop: UnsafeMutablePointer<uv_loop_t>, process: UnsafeMutablePointer<uv_process_t>,
               onExit: uv_exit_cb, pipeFor: (Int) -> UnsafeMutablePointer<uv_stream_t>) -> Int32 {
        var containers = [uv_stdio_container_t](repeating: uv_stdio_container_t(), count: stdio.count)
        for (index, kind) in stdio.enumerated() {
            switch kind {
            case .pipe:
                containers[index].flags = uv_stdio_flags(UV_CREATE_PIPE.rawValue | UV_READABLE_PIPE.rawValue | UV_WRITABLE_PIPE.rawValue)
                containers[index].data.stream = pipeFor(index)
            case .inherit(let fd):
                containers[index].flags = UV_INHERIT_FD
                containers[index].data.fd = fd
            case .stream(let stream):
                containers[index].flags = UV_INHERIT_STREAM
                containers[index].data.stream = stream
            case .ignore:
                containers[index].flags = UV_IGNORE
            }
        }
        var cArgs: [UnsafeMutablePointer<CChar>?] = args.map { strdup($0) } + [nil]
        var cEnv: [UnsafeMutablePointer<CChar>?] = env.map { strdup($0) } + [nil]
        let cFile = strdup(file), cCwd = cwd.flatMap { strdup($0) }
        defer {
            cArgs.forEach { free($0) }
            cEnv.forEach { free($0) }
            free(cFile)
            free(cCwd)
        }
        var options = uv_process_options_t()
        options.file = UnsafePointer(cFile)
        options.exit_cb = onExit
        if detached { options.flags |= UV_PROCESS_DETACHED.rawValue }
        return cArgs.withUnsafeMutableBufferPointer { argv in
            cEnv.withUnsafeMutableBufferPointer { envp in
                containers.withUnsafeMutableBufferPointer { stdioBuffer in
                    options.args = argv.baseAddress
                    options.env = envp.baseAddress
                    options.cwd = cCwd.map { UnsafePointer($0) }
                    options.stdio = stdioBuffer.baseAddress
                    options.stdio_count = Int32(stdioBuffer.count)
                    return uv_spawn(loop, process, &options)
                }
            }
        }
    }
}
