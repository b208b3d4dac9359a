import Glibc
import CJavaScriptCore
import CLibUV
import JSBridge
import EventLoop

/// A libuv UDP socket as a JS object (see UDPWrapBinding for its methods). Datagrams arrive
/// through the object's `onmessage(status, bytes, address, family, port)` property.
///
/// Lifetime: as StreamHandle's, the JS object is protected from creation until libuv's close
/// callback; a send copies its bytes into the request.
final class UDPHandle {
    let udp = UnsafeMutablePointer<uv_udp_t>.allocate(capacity: 1)
    var object: JSObjectRef?
    private var selfReference: UDPHandle?
    var closed = false
    var handle: UnsafeMutablePointer<uv_handle_t> { UnsafeMutableRawPointer(udp).assumingMemoryBound(to: uv_handle_t.self) }

    init(loop: EventLoop) {
        uv_udp_init(loop.raw, udp)
        udp.pointee.data = Unmanaged.passUnretained(self).toOpaque()
        selfReference = self
    }

    static func from(_ udp: UnsafeMutablePointer<uv_udp_t>?) -> UDPHandle {
        Unmanaged<UDPHandle>.fromOpaque(udp!.pointee.data).takeUnretainedValue()
    }

    static func of(_ call: CallFrame) throws -> UDPHandle { try call.receiver(UDPHandle.self) }

    func makeObject(_ js: JS) -> JSObjectRef {
        let object = JSObjectMake(js.ctx, UDPHandle.jsClass, Unmanaged.passUnretained(self).toOpaque())!
        JSValueProtect(js.ctx, object)
        self.object = object
        return object
    }

    /// A call on a live handle: `body`'s status, or EBADF once closed.
    static func live(_ call: CallFrame, _ body: (UDPHandle) throws -> Int32) throws -> JSValueRef {
        let handle = try UDPHandle.of(call)
        guard !handle.closed else { return call.js.number(Double(UV_EBADF.rawValue)) }
        return call.js.number(Double(try body(handle)))
    }

    nonisolated(unsafe) static let jsClass: JSClassRef = {
        makeNativeClass(name: "UDP", methods: [
            NativeMethod("bind") { c, _, t, n, a, e in
                bridge(c, t, n, a, e) { f in
                    try UDPHandle.live(f) { h in
                        let flags = UInt32(bitPattern: try f.int32(2))
                        return try h.withAddress(f, 0) { uv_udp_bind(h.udp, $0, flags) }
                    }
                }
            },
            NativeMethod("connect") { c, _, t, n, a, e in
                bridge(c, t, n, a, e) { f in
                    try UDPHandle.live(f) { h in try h.withAddress(f, 0) { uv_udp_connect(h.udp, $0) } }
                }
            },
            NativeMethod("disconnect") { c, _, t, n, a, e in
                bridge(c, t, n, a, e) { f in try UDPHandle.live(f) { h in uv_udp_connect(h.udp, nil) } }
            },
            NativeMethod("recvStart") { c, _, t, n, a, e in
                bridge(c, t, n, a, e) { f in try UDPHandle.live(f) { h in h.receive() } }
            },
            NativeMethod("recvStop") { c, _, t, n, a, e in
                bridge(c, t, n, a, e) { f in try UDPHandle.live(f) { h in uv_udp_recv_stop(h.udp) } }
            },
            NativeMethod("send") { c, _, t, n, a, e in
                bridge(c, t, n, a, e) { f in try UDPHandle.live(f) { h in try h.send(f) } }
            },
            NativeMethod("setBroadcast") { c, _, t, n, a, e in
                bridge(c, t, n, a, e) { f in try UDPHandle.live(f) { h in uv_udp_set_broadcast(h.udp, f.bool(0) ? 1 : 0) } }
            },
            NativeMethod("setTTL") { c, _, t, n, a, e in
                bridge(c, t, n, a, e) { f in try UDPHandle.live(f) { h in uv_udp_set_ttl(h.udp, try f.int32(0)) } }
            },
            NativeMethod("setMulticastTTL") { c, _, t, n, a, e in
                bridge(c, t, n, a, e) { f in try UDPHandle.live(f) { h in uv_udp_set_multicast_ttl(h.udp, try f.int32(0)) } }
            },
            NativeMethod("setMulticastLoopback") { c, _, t, n, a, e in
                bridge(c, t, n, a, e) { f in try UDPHandle.live(f) { h in uv_udp_set_multicast_loop(h.udp, f.bool(0) ? 1 : 0) } }
            },
            NativeMethod("setMulticastInterface") { c, _, t, n, a, e in
                bridge(c, t, n, a, e) { f in try UDPHandle.live(f) { h in uv_udp_set_multicast_interface(h.udp, try f.string(0)) } }
            },
            NativeMethod("addMembership") { c, _, t, n, a, e in
                bridge(c, t, n, a, e) { f in try UDPHandle.live(f) { h in try h.membership(f, UV_JOIN_GROUP) } }
            },
            NativeMethod("dropMembership") { c, _, t, n, a, e in
                bridge(c, t, n, a, e) { f in try UDPHandle.live(f) { h in try h.membership(f, UV_LEAVE_GROUP) } }
            },
            NativeMethod("addSourceSpecificMembership") { c, _, t, n, a, e in
                bridge(c, t, n, a, e) { f in try UDPHandle.live(f) { h in try h.sourceMembership(f, UV_JOIN_GROUP) } }
            },
            NativeMethod("dropSourceSpecificMembership") { c, _, t, n, a, e in
                bridge(c, t, n, a, e) { f in try UDPHandle.live(f) { h in try h.sourceMembership(f, UV_LEAVE_GROUP) } }
            },
            // bufferSize(size, receive): sets the size when `size` > 0; answers the size in force.
            NativeMethod("bufferSize") { c, _, t, n, a, e in
                bridge(c, t, n, a, e) { f in
                    try UDPHandle.live(f) { h in
                        var size = try f.int32(0)
                        let status = f.bool(1) ? uv_recv_buffer_size(h.handle, &size) : uv_send_buffer_size(h.handle, &size)
                        return status < 0 ? status : size
                    }
                }
            },
            NativeMethod("getSendQueueSize") { c, _, t, n, a, e in
                bridge(c, t, n, a, e) { f in try UDPHandle.live(f) { h in Int32(clamping: uv_udp_get_send_queue_size(h.udp)) } }
            },
            NativeMethod("getSendQueueCount") { c, _, t, n, a, e in
                bridge(c, t, n, a, e) { f in try UDPHandle.live(f) { h in Int32(clamping: uv_udp_get_send_queue_count(h.udp)) } }
            },
            NativeMethod("ref") { c, _, t, n, a, e in
                bridge(c, t, n, a, e) { f in try UDPHandle.live(f) { h in uv_ref(h.handle); return 0 } }
            },
            NativeMethod("unref") { c, _, t, n, a, e in
                bridge(c, t, n, a, e) { f in try UDPHandle.live(f) { h in uv_unref(h.handle); return 0 } }
            },
            NativeMethod("close") { c, _, t, n, a, e in
                bridge(c, t, n, a, e) { f in try UDPHandle.live(f) { h in h.close(); return 0 } }
            },
            NativeMethod("hasRef") { c, _, t, n, a, e in
                bridge(c, t, n, a, e) { f in let h = try UDPHandle.of(f); return f.js.bool(!h.closed && uv_has_ref(h.handle) != 0) }
            },
            NativeMethod("getsockname") { c, _, t, n, a, e in
                bridge(c, t, n, a, e) { f in try UDPHandle.of(f).name(f.js, peer: false) }
            },
            NativeMethod("getpeername") { c, _, t, n, a, e in
                bridge(c, t, n, a, e) { f in try UDPHandle.of(f).name(f.js, peer: true) }
            },
        ])
    }()

    /// Runs `body` with the numeric address in arguments `index` (address) and `index + 1` (port).
    func withAddress(_ call: CallFrame, _ index: Int, _ body: (UnsafePointer<sockaddr>) throws -> Int32) throws -> Int32 {
        var storage = sockaddr_storage()
        let parsed = StreamHandle.socketAddress(try call.string(index), port: try call.int32(index + 1), into: &storage)
        guard parsed == 0 else { return parsed }
        return try withUnsafePointer(to: &storage) { try $0.withMemoryRebound(to: sockaddr.self, capacity: 1, body) }
    }

    func membership(_ call: CallFrame, _ kind: uv_membership) throws -> Int32 {
        let interface = JSValueIsString(call.ctx, call[1]) ? try call.string(1) : nil
        return uv_udp_set_membership(udp, try call.string(0), interface, kind)
    }

    func sourceMembership(_ call: CallFrame, _ kind: uv_membership) throws -> Int32 {
        let interface = JSValueIsString(call.ctx, call[2]) ? try call.string(2) : nil
        return uv_udp_set_source_membership(udp, try call.string(1), interface, try call.string(0), kind)
    }

    func receive() -> Int32 {
        uv_udp_recv_start(udp, { _, suggested, buffer in
            buffer!.pointee = uv_buf_init(UnsafeMutablePointer<CChar>.allocate(capacity: suggested), UInt32(suggested))
        }, { udp, count, buffer, address, _ in
            defer { buffer!.pointee.base?.deallocate() }
            // Nothing more to read now (no address), or a buffer libuv hands back unused.
            if count == 0 && address == nil { return }
            let owner = UDPHandle.from(udp)
            guard let object = owner.object else { return }
            let host = currentHost!, js = host.js
            guard let onmessage = js.asObject(js.get(object, "onmessage")) else { return }
            guard count >= 0, let address else {
                host.makeCallback(onmessage, this: object, [js.number(Double(count))])
                return
            }
            let bytes = JSObjectMakeTypedArray(js.ctx, kJSTypedArrayTypeUint8Array, count, nil)!
            if count > 0 {
                js.bytes(of: bytes)!.copyMemory(from: UnsafeRawBufferPointer(start: buffer!.pointee.base, count: count))
            }
            let (text, family) = OSBinding.sockaddrString(UnsafeMutableRawPointer(mutating: address))
            let port = UInt16(bigEndian: UnsafeRawPointer(address).load(fromByteOffset: 2, as: UInt16.self))
            host.makeCallback(onmessage, this: object, [js.number(Double(count)), bytes, js.string(text),
                                                         js.string(family), js.number(Double(port))])
        })
    }

    /// send(bytes, address, port, onDone(status)): without an address (a connected socket), to
    /// the peer. Returns 0 or a negative errno.
    func send(_ call: CallFrame) throws -> Int32 {
        let source = UnsafeRawBufferPointer(try call.bytes(0))
        let request = StreamHandle.Request(size: MemoryLayout<uv_udp_send_t>.size, copying: [source], callback: call[3],
                                           js: call.js)
        var buffer = uv_buf_init(request.bytes!.baseAddress!.assumingMemoryBound(to: CChar.self), UInt32(source.count))
        if JSValueIsUndefined(call.ctx, call[1]) || JSValueIsNull(call.ctx, call[1]) {
            return request.start { raw in
                uv_udp_send(raw.assumingMemoryBound(to: uv_udp_send_t.self), udp, &buffer, 1, nil) {
                    StreamHandle.Request.complete(UnsafeMutableRawPointer($0), $1)
                }
            }
        }
        return try withAddress(call, 1) { address in
            request.start { raw in
                uv_udp_send(raw.assumingMemoryBound(to: uv_udp_send_t.self), udp, &buffer, 1, address) {
                    StreamHandle.Request.complete(UnsafeMutableRawPointer($0), $1)
                }
            }
        }
    }

    func name(_ js: JS, peer: Bool) throws -> JSValueRef {
        guard !closed else { return js.number(Double(UV_EBADF.rawValue)) }
        return HandleObject.socketName(js) { peer ? uv_udp_getpeername(udp, $0, $1) : uv_udp_getsockname(udp, $0, $1) }
    }

    func close() {
        guard !closed else { return }
        closed = true
        uv_close(handle) { handle in
            let owner = UDPHandle.from(UnsafeMutableRawPointer(handle)!.assumingMemoryBound(to: uv_udp_t.self))
            HandleObject.closed(owner.object)
            owner.object = nil
            owner.udp.deallocate()
            owner.selfReference = nil
        }
    }
}

/// `internalBinding('udp_wrap')`: createUDP() makes a UDP socket handle (see UDPHandle):
///   bind(address, port, flags), connect(address, port), disconnect(), recvStart(), recvStop(),
///   send(bytes, address, port, onDone(status)), set*/add*/drop* options, bufferSize(size,
///   receive), getSendQueueSize/Count(), getsockname(), getpeername(), ref/unref/hasRef, close();
///   the calls answer 0 or a negative errno.
public enum UDPWrapBinding: InternalBinding {
    public static let name = "udp_wrap"

    public static func make(_ host: BindingHost) -> JSObjectRef {
        let js = host.js
        let binding = js.object(methods: [
            NativeMethod("createUDP") { c, _, t, n, a, e in
                bridge(c, t, n, a, e) { f in UDPHandle(loop: currentHost.loop).makeObject(f.js) }
            },
        ])
        js.set(binding, "UV_UDP_IPV6ONLY", js.number(Double(UV_UDP_IPV6ONLY.rawValue)))
        js.set(binding, "UV_UDP_REUSEADDR", js.number(Double(UV_UDP_REUSEADDR.rawValue)))
        return binding
    }
}
