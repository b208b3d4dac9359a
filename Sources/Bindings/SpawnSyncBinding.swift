import Glibc
import CJavaScriptCore
import CLibUV
import JSBridge
import EventLoop

/// `internalBinding('spawn_sync')`: child_process.spawnSync. The child runs on a private libuv
/// loop, so the caller's loop (and its timers) do not advance while it waits, as in Node.
public enum SpawnSyncBinding: InternalBinding {
    public static let name = "spawn_sync"

    public static func make(_ host: BindingHost) -> JSObjectRef {
        host.js.object(methods: [
            NativeMethod("spawn") { c, _, t, n, a, e in bridge(c, t, n, a, e, SpawnSyncBinding.spawn) },
        ])
    }

    /// One child and its pipes; the loop's callbacks find it through `data` pointers.
    final class Run {
        // libuv keeps these addresses, so they live on the heap, not inline in the object.
        let loop = UnsafeMutablePointer<uv_loop_t>.allocate(capacity: 1)
        let process = UnsafeMutablePointer<uv_process_t>.allocate(capacity: 1)
        let timer = UnsafeMutablePointer<uv_timer_t>.allocate(capacity: 1)
        var pipes: [UnsafeMutablePointer<uv_pipe_t>?] = []
        var outputs: [[UInt8]?] = []
        var input: [UInt8] = []
        var exitStatus: Int64 = 0
        var termSignal: Int32 = 0
        var exited = false
        var timedOut = false
        var maxBufferExceeded = false
        var maxBuffer = Int.max
        var killSignal: Int32 = SIGTERM
        var openHandles = 0
        let writeRequest = UnsafeMutablePointer<uv_write_t>.allocate(capacity: 1)
        var inputBuffer = uv_buf_t()

        init() {
            loop.initialize(to: uv_loop_t())
            process.initialize(to: uv_process_t())
            timer.initialize(to: uv_timer_t())
            writeRequest.initialize(to: uv_write_t())
        }

        deinit {
            loop.deallocate()
            process.deallocate()
            timer.deallocate()
            writeRequest.deallocate()
        }

        func kill() { if !exited { uv_process_kill(process, killSignal) } }

        func closeHandle(_ handle: UnsafeMutablePointer<uv_handle_t>) {
            guard uv_is_closing(handle) == 0 else { return }
            uv_close(handle) { handle in
                let run = Unmanaged<Run>.fromOpaque(handle!.pointee.loop.pointee.data).takeUnretainedValue()
                run.openHandles -= 1
            }
        }
    }

    static func spawn(_ call: CallFrame) throws -> JSValueRef? {
        let js = call.js
        let options = try call.object(0)
        let spawnOptions = SpawnOptions(js, options)
        let run = Run()
        let timeout = js.toNumber(js.get(options, "timeout"))
        let maxBuffer = js.toNumber(js.get(options, "maxBuffer"))
        if maxBuffer.isFinite && maxBuffer > 0 { run.maxBuffer = Int.clamping(maxBuffer) }
        let killSignal = js.get(options, "killSignal")
        if JSValueIsNumber(call.ctx, killSignal) { run.killSignal = Int32.clamping(js.toNumber(killSignal)) }

        uv_loop_init(run.loop)
        run.loop.pointee.data = Unmanaged.passUnretained(run).toOpaque()
        defer { uv_loop_close(run.loop) }

        run.pipes = Array(repeating: nil, count: spawnOptions.stdio.count)
        run.outputs = Array(repeating: nil, count: spawnOptions.stdio.count)
        if let stdin = spawnOptions.stdioObjects.first ?? nil, let bytes = js.bytes(of: js.get(stdin, "input")) {
            run.input = Array(bytes.bindMemory(to: UInt8.self))
        }
        let result = js.object()
        let spawnStatus = spawnOptions.spawn(loop: run.loop, process: run.process, onExit: { process, status, signal in
            let run = Unmanaged<Run>.fromOpaque(process!.pointee.loop.pointee.data).takeUnretainedValue()
            run.exitStatus = status
            run.termSignal = signal
            run.exited = true
            uv_timer_stop(run.timer)
            run.closeHandle(UnsafeMutableRawPointer(process!).assumingMemoryBound(to: uv_handle_t.self))
            run.closeHandle(UnsafeMutableRawPointer(run.timer).assumingMemoryBound(to: uv_handle_t.self))
        }, pipeFor: { index in
            let pipe = UnsafeMutablePointer<uv_pipe_t>.allocate(capacity: 1)
            uv_pipe_init(run.loop, pipe, 0)
            run.pipes[index] = pipe
            run.openHandles += 1
            if index > 0 { run.outputs[index] = [] }
            return UnsafeMutableRawPointer(pipe).assumingMemoryBound(to: uv_stream_t.self)
        })
        if spawnStatus < 0 {
            for pipe in run.pipes.compactMap({ $0 }) {
                run.closeHandle(UnsafeMutableRawPointer(pipe).assumingMemoryBound(to: uv_handle_t.self))
            }
            uv_run(run.loop, UV_RUN_DEFAULT)
            run.pipes.compactMap { $0 }.forEach { $0.deallocate() }
            js.set(result, "error", js.number(spawnStatus))
            js.set(result, "status", js.null)
            js.set(result, "signal", js.null)
            js.set(result, "output", js.null)
            js.set(result, "pid", js.number(0))
            return result
        }
        run.openHandles += 2
        uv_timer_init(run.loop, run.timer)
        if timeout.isFinite && timeout > 0 {
            uv_timer_start(run.timer, { timer in
                let run = Unmanaged<Run>.fromOpaque(timer!.pointee.loop.pointee.data).takeUnretainedValue()
                run.timedOut = true
                run.kill()
            }, UInt64.clamping(timeout), 0)
        }
        startPipes(run)
        while run.openHandles > 0 && uv_run(run.loop, UV_RUN_ONCE) != 0 {}
        uv_run(run.loop, UV_RUN_DEFAULT)
        run.pipes.compactMap { $0 }.forEach { $0.deallocate() }

        js.set(result, "pid", js.number(run.process.pointee.pid))
        js.set(result, "status", run.termSignal != 0 ? js.null : js.number(Double(run.exitStatus)))
        js.set(result, "signal", run.termSignal != 0 ? js.number(run.termSignal) : js.null)
        if run.timedOut { js.set(result, "error", js.number(-ETIMEDOUT)) }
        if run.maxBufferExceeded { js.set(result, "error", js.number(-ENOBUFS)) }
        js.set(result, "output", js.array(of: run.outputs) { bytes in
            guard let bytes else { return js.null }
            let array = JSObjectMakeTypedArray(js.ctx, kJSTypedArrayTypeUint8Array, bytes.count, nil)!
            if !bytes.isEmpty { js.bytes(of: array)!.copyBytes(from: bytes) }
            return array
        })
        return result
    }

    static func startPipes(_ run: Run) {
        for (index, pipe) in run.pipes.enumerated() {
            guard let pipe else { continue }
            let stream = UnsafeMutableRawPointer(pipe).assumingMemoryBound(to: uv_stream_t.self)
            pipe.pointee.data = UnsafeMutableRawPointer(bitPattern: index + 1)
            if index == 0 {
                if run.input.isEmpty {
                    run.closeHandle(UnsafeMutableRawPointer(pipe).assumingMemoryBound(to: uv_handle_t.self))
                } else {
                    run.inputBuffer = run.input.withUnsafeMutableBufferPointer {
                        uv_buf_init(UnsafeMutableRawPointer($0.baseAddress!).assumingMemoryBound(to: CChar.self), UInt32($0.count))
                    }
                    uv_write(run.writeRequest, stream, &run.inputBuffer, 1) { request, _ in
                        let stream = request!.pointee.handle!
                        let run = Unmanaged<Run>.fromOpaque(stream.pointee.loop.pointee.data).takeUnretainedValue()
                        run.closeHandle(UnsafeMutableRawPointer(stream).assumingMemoryBound(to: uv_handle_t.self))
                    }
                }
                continue
            }
            uv_read_start(stream, { _, suggested, buffer in
                buffer!.pointee = uv_buf_init(UnsafeMutablePointer<CChar>.allocate(capacity: suggested), UInt32(suggested))
            }, { stream, count, buffer in
                let run = Unmanaged<Run>.fromOpaque(stream!.pointee.loop.pointee.data).takeUnretainedValue()
                let index = Int(bitPattern: stream!.pointee.data) - 1
                if count > 0 {
                    let bytes = UnsafeRawBufferPointer(start: buffer!.pointee.base, count: count)
                    run.outputs[index]!.append(contentsOf: bytes)
                    if run.outputs[index]!.count > run.maxBuffer {
                        run.maxBufferExceeded = true
                        run.kill()
                    }
                } else if count < 0 {
                    run.closeHandle(UnsafeMutableRawPointer(stream!).assumingMemoryBound(to: uv_handle_t.self))
                }
                buffer!.pointee.base?.deallocate()
            })
        }
    }
}
