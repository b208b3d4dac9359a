import Glibc
import CJavaScriptCore
import CLibUV
import JSBridge
import EventLoop

/// A libuv stream (a pipe, a terminal or a TCP socket) as a JS object with the methods of Node's
/// stream_wrap: readStart(), readStop(), writeBuffer(bytes, onDone), shutdown(onDone), close(),
/// ref(), unref(); servers and connections add theirs (StreamHandle+Connections.swift). Data
/// arrives through the object's `onread(bytes | null, status)` property.
///
/// Lifetime: the JS object is protected from creation until libuv's close callback, so it stays
/// alive while the handle can still call into it; a write's buffer is copied into the request.
final class StreamHandle {
    /// Storage for whichever handle type this stream is (uv_pipe_t, uv_tty_t or uv_tcp_t).
    let storage = UnsafeMutableRawPointer.allocate(
        byteCount: max(MemoryLayout<uv_pipe_t>.size, MemoryLayout<uv_tty_t>.size, MemoryLayout<uv_tcp_t>.size),
        alignment: 16)
    var tcp: UnsafeMutablePointer<uv_tcp_t> { storage.assumingMemoryBound(to: uv_tcp_t.self) }
    var isTCP: Bool { handle.pointee.type == UV_TCP }
    var pipe: UnsafeMutablePointer<uv_pipe_t> { storage.assumingMemoryBound(to: uv_pipe_t.self) }
    var object: JSObjectRef?
    private var selfReference: StreamHandle?
    var closed = false

    var stream: UnsafeMutablePointer<uv_stream_t> { storage.assumingMemoryBound(to: uv_stream_t.self) }
    var handle: UnsafeMutablePointer<uv_handle_t> { storage.assumingMemoryBound(to: uv_handle_t.self) }

    init(loop: EventLoop, ipc: Bool = false) {
        uv_pipe_init(loop.raw, pipe, ipc ? 1 : 0)
        handle.pointee.data = Unmanaged.passUnretained(self).toOpaque()
        selfReference = self
    }

    init(loop: EventLoop, tcp: Void) {
        uv_tcp_init(loop.raw, self.tcp)
        handle.pointee.data = Unmanaged.passUnretained(self).toOpaque()
        selfReference = self
    }

    /// A terminal opened for reading: libuv reopens the device, so making it non-blocking does
    /// not affect other processes sharing the terminal.
    init(loop: EventLoop, terminal fd: Int32) throws {
        let status = uv_tty_init(loop.raw, storage.assumingMemoryBound(to: uv_tty_t.self), fd, 1)
        if status < 0 {
            storage.deallocate()
            throw UVError(status).thrown(syscall: "uv_tty_init")
        }
        handle.pointee.data = Unmanaged.passUnretained(self).toOpaque()
        selfReference = self
    }

    /// A handle over an inherited descriptor (process.stdin on a pipe).
    static func open(loop: EventLoop, fd: Int32) throws -> StreamHandle {
        let handle = StreamHandle(loop: loop)
        let status = uv_pipe_open(handle.pipe, fd)
        if status < 0 {
            handle.close()
            throw UVError(status).thrown(syscall: "uv_pipe_open")
        }
        return handle
    }

    static func from(_ stream: UnsafeMutableRawPointer?) -> StreamHandle {
        Unmanaged<StreamHandle>.fromOpaque(stream!.assumingMemoryBound(to: uv_handle_t.self).pointee.data).takeUnretainedValue()
    }

    nonisolated(unsafe) static let jsClass: JSClassRef = {
        makeNativeClass(name: "Pipe", methods: [
            NativeMethod("readStart") { c, _, t, n, a, e in bridge(c, t, n, a, e) { f in try StreamHandle.of(f).readStart(f) } },
            NativeMethod("readStop") { c, _, t, n, a, e in bridge(c, t, n, a, e) { f in try StreamHandle.of(f).readStop(f) } },
            NativeMethod("writeBuffer") { c, _, t, n, a, e in bridge(c, t, n, a, e) { f in try StreamHandle.of(f).write(f) } },
            NativeMethod("writeBuffers") { c, _, t, n, a, e in bridge(c, t, n, a, e) { f in try StreamHandle.of(f).writeMany(f) } },
            NativeMethod("shutdown") { c, _, t, n, a, e in bridge(c, t, n, a, e) { f in try StreamHandle.of(f).shutdown(f) } },
            NativeMethod("close") { c, _, t, n, a, e in bridge(c, t, n, a, e) { f in try StreamHandle.of(f).close(); return nil } },
            NativeMethod("ref") { c, _, t, n, a, e in bridge(c, t, n, a, e) { f in let h = try StreamHandle.of(f); if !h.closed { uv_ref(h.handle) }; return nil } },
            NativeMethod("unref") { c, _, t, n, a, e in bridge(c, t, n, a, e) { f in let h = try StreamHandle.of(f); if !h.closed { uv_unref(h.handle) }; return nil } },
            NativeMethod("hasRef") { c, _, t, n, a, e in
                bridge(c, t, n, a, e) { f in let h = try StreamHandle.of(f); return f.js.bool(!h.closed && uv_has_ref(h.handle) != 0) }
            },
        ] + connectionMethods)
    }()

    static func of(_ call: CallFrame) throws -> StreamHandle { try call.receiver(StreamHandle.self) }

    func makeObject(_ js: JS) -> JSObjectRef {
        let object = JSObjectMake(js.ctx, StreamHandle.jsClass, Unmanaged.passUnretained(self).toOpaque())!
        JSValueProtect(js.ctx, object)
        self.object = object
        return object
    }

    func readStart(_ call: CallFrame) throws -> JSValueRef? {
        guard !closed else { return call.js.number(Double(UV_EBADF.rawValue)) }
        let status = uv_read_start(stream, { _, suggested, buffer in
            buffer!.pointee = uv_buf_init(UnsafeMutablePointer<CChar>.allocate(capacity: suggested), UInt32(suggested))
        }, { stream, count, buffer in
            let handle = StreamHandle.from(stream)
            defer { buffer!.pointee.base?.deallocate() }
            guard count != 0, let object = handle.object else { return }
            let host = currentHost!, js = host.js
            guard let onread = js.asObject(js.get(object, "onread")) else { return }
            if count > 0 {
                let array = JSObjectMakeTypedArray(js.ctx, kJSTypedArrayTypeUint8Array, count, nil)!
                js.bytes(of: array)!.copyMemory(from: UnsafeRawBufferPointer(start: buffer!.pointee.base, count: count))
                host.makeCallback(onread, this: object, [array, js.number(Double(count))])
            } else {
                host.makeCallback(onread, this: object, [js.null, js.number(Double(count))])
            }
        })
        return call.js.number(Double(status))
    }

    func readStop(_ call: CallFrame) throws -> JSValueRef? {
        guard !closed else { return call.js.number(0) }
        return call.js.number(Double(uv_read_stop(stream)))
    }

    /// A write or shutdown in flight: the libuv request on the heap, the bytes a write sends
    /// (copied, so JS may reuse its buffer), and the JS callback, protected until completion.
    final class Request {
        let raw: UnsafeMutableRawPointer
        let bytes: UnsafeMutableRawBufferPointer?
        let callback: JSObjectRef?

        /// `chunks`' bytes after the first `skipping` are copied, joined, for the request.
        init(size: Int, copying chunks: [UnsafeRawBufferPointer]?, skipping: Int = 0, callback: JSValueRef, js: JS) {
            raw = .allocate(byteCount: size, alignment: 16)
            raw.initializeMemory(as: UInt8.self, repeating: 0, count: size)
            if let chunks {
                let total = chunks.reduce(0) { $0 + $1.count } - skipping
                let copy = UnsafeMutableRawBufferPointer.allocate(byteCount: max(total, 1), alignment: 1)
                var skip = skipping, offset = 0
                for chunk in chunks {
                    let start = min(skip, chunk.count)
                    skip -= start
                    let count = chunk.count - start
                    if count > 0 {
                        (copy.baseAddress! + offset).copyMemory(from: chunk.baseAddress! + start, byteCount: count)
                        offset += count
                    }
                }
                bytes = copy
            } else {
                bytes = nil
            }
            self.callback = js.asObject(callback)
            if let object = self.callback { JSValueProtect(js.ctx, object) }
        }

        deinit {
            raw.deallocate()
            bytes?.deallocate()
        }

        /// Runs `start` with the raw request; the request lives until `complete` or a failed start.
        func start(_ start: (UnsafeMutableRawPointer) -> Int32) -> Int32 {
            let retained = Unmanaged.passRetained(self)
            raw.assumingMemoryBound(to: uv_req_t.self).pointee.data = retained.toOpaque()
            let status = start(raw)
            if status < 0 {
                if let callback { JSValueUnprotect(currentHost.js.ctx, callback) }
                retained.release()
            }
            return status
        }

        static func complete(_ raw: UnsafeMutableRawPointer?, _ status: Int32) {
            let data = raw!.assumingMemoryBound(to: uv_req_t.self).pointee.data!
            let request = Unmanaged<Request>.fromOpaque(data).takeRetainedValue()
            guard let callback = request.callback else { return }
            let host = currentHost!
            host.makeCallback(callback, this: nil, [host.js.number(Double(status))])
            JSValueUnprotect(host.js.ctx, callback)
        }
    }

    /// writeBuffer's answer when every byte went out at once: the callback will not be called.
    /// Must match kWrittenAtOnce in lib/net.js and lib/internal/child_process.js
    static let writtenAtOnce = 1.0

    /// writeBuffer(bytes, onDone): status (negative), writtenAtOnce, or 0 (onDone(status) follows).
    func write(_ call: CallFrame) throws -> JSValueRef? {
        guard !closed else { return call.js.number(Double(UV_EBADF.rawValue)) }
        return write([UnsafeRawBufferPointer(try call.bytes(0))], callback: call[1], js: call.js)
    }

    /// writeBuffers([bytes, ...], onDone): the pieces in order, as one write (a head and a body
    /// need no joining first).
    func writeMany(_ call: CallFrame) throws -> JSValueRef? {
        guard !closed else { return call.js.number(Double(UV_EBADF.rawValue)) }
        guard let array = call.js.asObject(call[0]) else { throw NativeError.argument(0, "an Array") }
        let count = Int(call.js.toNumber(call.js.get(array, "length")))
        var chunks: [UnsafeRawBufferPointer] = []
        chunks.reserveCapacity(count)
        for index in 0..<count {
            guard let bytes = call.js.bytes(of: JSObjectGetPropertyAtIndex(call.ctx, array, UInt32(index), nil)) else {
                throw NativeError.argument(0, "an Array of ArrayBufferViews")
            }
            chunks.append(UnsafeRawBufferPointer(bytes))
        }
        return write(chunks, callback: call[1], js: call.js)
    }

    /// Most writes complete at once (the socket's buffer has room): those are tried first and
    /// need neither a request nor a callback from the loop. What is left goes through uv_write,
    /// copied (JavaScript may reuse its buffers as soon as this returns).
    private func write(_ chunks: [UnsafeRawBufferPointer], callback: JSValueRef, js: JS) -> JSValueRef {
        let total = chunks.reduce(0) { $0 + $1.count }
        guard total <= Int(UInt32.max) else { return js.number(Double(UV_ENOBUFS.rawValue)) }
        var written = 0
        if total > 0 {
            var buffers = chunks.filter { $0.count > 0 }.map {
                uv_buf_init(UnsafeMutablePointer(mutating: $0.baseAddress!.assumingMemoryBound(to: CChar.self)), UInt32($0.count))
            }
            let result = uv_try_write(stream, &buffers, UInt32(buffers.count))
            if result == total { return js.number(StreamHandle.writtenAtOnce) }
            if result < 0 && result != UV_EAGAIN.rawValue { return js.number(Double(result)) }
            written = max(0, Int(result))
        }
        let request = Request(size: MemoryLayout<uv_write_t>.size, copying: chunks, skipping: written, callback: callback, js: js)
        var buffer = uv_buf_init(request.bytes!.baseAddress!.assumingMemoryBound(to: CChar.self), UInt32(total - written))
        let status = request.start { raw in
            uv_write(raw.assumingMemoryBound(to: uv_write_t.self), stream, &buffer, 1) { Request.complete($0, $1) }
        }
        return js.number(Double(status))
    }

    func shutdown(_ call: CallFrame) throws -> JSValueRef? {
        guard !closed else { return call.js.number(Double(UV_EBADF.rawValue)) }
        let request = Request(size: MemoryLayout<uv_shutdown_t>.size, copying: nil, callback: call[0], js: call.js)
        let status = request.start { raw in
            uv_shutdown(raw.assumingMemoryBound(to: uv_shutdown_t.self), stream) { Request.complete($0, $1) }
        }
        return call.js.number(Double(status))
    }

    func close() {
        guard !closed else { return }
        closed = true
        uv_close(handle) { StreamHandle.closed($0) }
    }

    /// A TCP socket closed with a reset (RST) instead of an orderly shutdown.
    func closeWithReset() -> Int32 {
        guard !closed else { return 0 }
        guard isTCP else { return UV_EINVAL.rawValue }
        let status = uv_tcp_close_reset(tcp) { StreamHandle.closed(UnsafeMutableRawPointer($0)?.assumingMemoryBound(to: uv_handle_t.self)) }
        if status == 0 { closed = true }
        return status
    }

    /// libuv's close callback: JavaScript hears `onclose`, and the handle lets go of its object.
    private static func closed(_ handle: UnsafeMutablePointer<uv_handle_t>?) {
        let owner = StreamHandle.from(handle)
        HandleObject.closed(owner.object)
        owner.object = nil
        owner.storage.deallocate()
        owner.selfReference = nil
    }
}

/// `internalBinding('pipe_wrap')`: pipes over existing descriptors, and new ones to bind or
/// connect by path.
public enum PipeWrapBinding: InternalBinding {
    public static let name = "pipe_wrap"

    public static func make(_ host: BindingHost) -> JSObjectRef {
        host.js.object(methods: [
            NativeMethod("open") { c, _, t, n, a, e in
                bridge(c, t, n, a, e) { f in try StreamHandle.open(loop: currentHost.loop, fd: try f.int32(0)).makeObject(f.js) }
            },
            NativeMethod("createPipe") { c, _, t, n, a, e in
                bridge(c, t, n, a, e) { f in StreamHandle(loop: currentHost.loop, ipc: f.js.toBool(f[0])).makeObject(f.js) }
            },
            // openTTY(fd): a readable stream handle over a terminal.
            NativeMethod("openTTY") { c, _, t, n, a, e in
                bridge(c, t, n, a, e) { f in
                    try StreamHandle(loop: currentHost.loop, terminal: try f.int32(0)).makeObject(f.js)
                }
            },
        ])
    }
}
