import Glibc
import CJavaScriptCore
import CLibUV
import JSBridge
import EventLoop

/// `internalBinding('process_wrap')`: asynchronous child processes (child_process.spawn).
/// spawn(options) returns { err, pid, handle, pipes }; `handle.kill(signal)`, `handle.ref()`,
/// `handle.unref()`; `options.onexit(exitCode, signal)` runs when the child ends. The process
/// object is protected until the child has exited and its handle closed.
public enum ProcessWrapBinding: InternalBinding {
    public static let name = "process_wrap"

    final class ProcessHandle {
        let process: UnsafeMutablePointer<uv_process_t> = {
            let pointer = UnsafeMutablePointer<uv_process_t>.allocate(capacity: 1)
            pointer.initialize(to: uv_process_t())
            return pointer
        }()
        var object: JSObjectRef?
        var onexit: JSObjectRef?
        var selfReference: ProcessHandle?

        var handle: UnsafeMutablePointer<uv_handle_t> {
            UnsafeMutableRawPointer(process).assumingMemoryBound(to: uv_handle_t.self)
        }

        /// The handle of a process object; nil once the child has exited and been closed.
        static func of(_ call: CallFrame) -> ProcessHandle? {
            guard let this = call.this, let pointer = JSObjectGetPrivate(this) else { return nil }
            return Unmanaged<ProcessHandle>.fromOpaque(pointer).takeUnretainedValue()
        }

        nonisolated(unsafe) static let jsClass: JSClassRef = {
            makeNativeClass(name: "Process", methods: [
                NativeMethod("kill") { c, _, t, n, a, e in
                    bridge(c, t, n, a, e) { f in
                        guard let handle = ProcessHandle.of(f) else { return f.js.number(Double(UV_ESRCH.rawValue)) }
                        return f.js.number(Double(uv_process_kill(handle.process, try f.int32(0))))
                    }
                },
                NativeMethod("ref") { c, _, t, n, a, e in bridge(c, t, n, a, e) { f in ProcessHandle.of(f).map { uv_ref($0.handle) }; return nil } },
                NativeMethod("unref") { c, _, t, n, a, e in bridge(c, t, n, a, e) { f in ProcessHandle.of(f).map { uv_unref($0.handle) }; return nil } },
            ])
        }()
    }

    public static func make(_ host: BindingHost) -> JSObjectRef {
        host.js.object(methods: [
            NativeMethod("spawn") { c, _, t, n, a, e in bridge(c, t, n, a, e, ProcessWrapBinding.spawn) },
        ])
    }

    static func spawn(_ call: CallFrame) throws -> JSValueRef? {
        let js = call.js
        let options = try call.object(0)
        let spawnOptions = SpawnOptions(js, options)
        var pipes: [StreamHandle?] = Array(repeating: nil, count: spawnOptions.stdio.count)
        let handle = ProcessHandle()
        handle.onexit = js.asObject(js.get(options, "onexit"))
        let status = spawnOptions.spawn(loop: currentHost.loop.raw, process: handle.process, onExit: { process, status, signal in
            let handle = Unmanaged<ProcessHandle>.fromOpaque(process!.pointee.data).takeUnretainedValue()
            let host = currentHost!
            if let onexit = handle.onexit, let object = handle.object {
                host.makeCallback(onexit, this: object, [host.js.number(Double(status)), host.js.number(Double(signal))])
            }
            uv_close(UnsafeMutableRawPointer(process!).assumingMemoryBound(to: uv_handle_t.self)) { raw in
                let handle = Unmanaged<ProcessHandle>.fromOpaque(raw!.pointee.data).takeUnretainedValue()
                let ctx = currentHost.js.ctx
                if let object = handle.object { JSObjectSetPrivate(object, nil); JSValueUnprotect(ctx, object) }
                if let onexit = handle.onexit { JSValueUnprotect(ctx, onexit) }
                handle.process.deallocate()
                handle.selfReference = nil
            }
        }, pipeFor: { index in
            let pipe = StreamHandle(loop: currentHost.loop)
            pipes[index] = pipe
            return pipe.stream
        })
        let result = js.object()
        js.set(result, "err", js.number(Double(status)))
        if status < 0 {
            pipes.compactMap { $0 }.forEach { $0.close() }
            // libuv requires closing a handle even when spawning it failed.
            handle.process.pointee.data = Unmanaged.passRetained(handle).toOpaque()
            uv_close(handle.handle) { raw in
                let handle = Unmanaged<ProcessHandle>.fromOpaque(raw!.pointee.data).takeRetainedValue()
                handle.process.deallocate()
            }
            return result
        }
        handle.process.pointee.data = Unmanaged.passUnretained(handle).toOpaque()
        handle.selfReference = handle
        let object = JSObjectMake(js.ctx, ProcessHandle.jsClass, Unmanaged.passUnretained(handle).toOpaque())!
        JSValueProtect(js.ctx, object)
        if let onexit = handle.onexit { JSValueProtect(js.ctx, onexit) }
        handle.object = object
        js.set(result, "pid", js.number(Double(handle.process.pointee.pid)))
        js.set(result, "handle", object)
        js.set(result, "pipes", js.array(of: pipes) { $0.map { $0.makeObject(js) } ?? js.null })
        return result
    }
}
