import Glibc
import CJavaScriptCore
import CLibUV
import JSBridge
import EventLoop

/// Servers and connections over a StreamHandle (TCP, or a pipe by path):
///   bind(address, port, ipv6Only) / bindPath(path) -> 0 or a negative errno
///   listen(backlog) -> 0 or errno; then onconnection(status, clientHandle) per connection
///   connect(address, port, onDone(status)) / connectPath(path, onDone(status)) -> 0 or errno
///   getsockname() / getpeername() -> { address, family, port } (a path for pipes) or errno
///   setNoDelay(bool), setKeepAlive(bool, delaySeconds) -> 0 or errno
///   reset() -> 0 or errno: closes a TCP socket with RST (onclose follows, as for close())
///   fchmod(mode) -> 0 or errno: a listening pipe's permissions (UV_READABLE | UV_WRITABLE)
extension StreamHandle {
    static var connectionMethods: [NativeMethod] {
        [
            NativeMethod("bind") { c, _, t, n, a, e in bridge(c, t, n, a, e) { f in try StreamHandle.of(f).bind(f) } },
            NativeMethod("bindPath") { c, _, t, n, a, e in
                bridge(c, t, n, a, e) { f in
                    let handle = try StreamHandle.of(f)
                    guard !handle.closed, !handle.isTCP else { return f.js.number(Double(UV_EINVAL.rawValue)) }
                    return f.js.number(Double(uv_pipe_bind(handle.pipe, try f.string(0))))
                }
            },
            NativeMethod("reset") { c, _, t, n, a, e in
                bridge(c, t, n, a, e) { f in f.js.number(Double(try StreamHandle.of(f).closeWithReset())) }
            },
            NativeMethod("isTCP") { c, _, t, n, a, e in bridge(c, t, n, a, e) { f in f.js.bool(try StreamHandle.of(f).isTCP) } },
            NativeMethod("fchmod") { c, _, t, n, a, e in
                bridge(c, t, n, a, e) { f in
                    let handle = try StreamHandle.of(f)
                    guard !handle.closed, !handle.isTCP else { return f.js.number(Double(UV_EINVAL.rawValue)) }
                    return f.js.number(Double(uv_pipe_chmod(handle.pipe, try f.int32(0))))
                }
            },
            NativeMethod("listen") { c, _, t, n, a, e in bridge(c, t, n, a, e) { f in try StreamHandle.of(f).listen(f) } },
            NativeMethod("connect") { c, _, t, n, a, e in bridge(c, t, n, a, e) { f in try StreamHandle.of(f).connect(f) } },
            NativeMethod("connectPath") { c, _, t, n, a, e in
                bridge(c, t, n, a, e) { f in try StreamHandle.of(f).connectPath(f) }
            },
            NativeMethod("getsockname") { c, _, t, n, a, e in
                bridge(c, t, n, a, e) { f in try StreamHandle.of(f).socketName(f.js, peer: false) }
            },
            NativeMethod("getpeername") { c, _, t, n, a, e in
                bridge(c, t, n, a, e) { f in try StreamHandle.of(f).socketName(f.js, peer: true) }
            },
            NativeMethod("setNoDelay") { c, _, t, n, a, e in
                bridge(c, t, n, a, e) { f in
                    let handle = try StreamHandle.of(f)
                    guard !handle.closed, handle.isTCP else { return f.js.number(0) }
                    return f.js.number(Double(uv_tcp_nodelay(handle.tcp, f.js.toBool(f[0]) ? 1 : 0)))
                }
            },
            NativeMethod("setKeepAlive") { c, _, t, n, a, e in
                bridge(c, t, n, a, e) { f in
                    let handle = try StreamHandle.of(f)
                    guard !handle.closed, handle.isTCP else { return f.js.number(0) }
                    let delay = UInt32(max(0, try f.int32(1)))
                    return f.js.number(Double(uv_tcp_keepalive(handle.tcp, f.js.toBool(f[0]) ? 1 : 0, delay)))
                }
            },
        ]
    }

    /// Reads a numeric address into `storage`; a negative errno when it is not one.
    static func socketAddress(_ address: String, port: Int32, into storage: inout sockaddr_storage) -> Int32 {
        withUnsafeMutableBytes(of: &storage) { bytes -> Int32 in
            let base = bytes.baseAddress!
            if uv_ip4_addr(address, port, base.assumingMemoryBound(to: sockaddr_in.self)) == 0 { return 0 }
            return uv_ip6_addr(address, port, base.assumingMemoryBound(to: sockaddr_in6.self))
        }
    }

    func bind(_ call: CallFrame) throws -> JSValueRef? {
        guard !closed, isTCP else { return call.js.number(Double(UV_EINVAL.rawValue)) }
        var storage = sockaddr_storage()
        let parsed = StreamHandle.socketAddress(try call.string(0), port: try call.int32(1), into: &storage)
        guard parsed == 0 else { return call.js.number(Double(parsed)) }
        let flags: UInt32 = call.js.toBool(call[2]) ? UInt32(UV_TCP_IPV6ONLY.rawValue) : 0
        let status = withUnsafePointer(to: &storage) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { uv_tcp_bind(tcp, $0, flags) }
        }
        return call.js.number(Double(status))
    }

    func listen(_ call: CallFrame) throws -> JSValueRef? {
        guard !closed else { return call.js.number(Double(UV_EBADF.rawValue)) }
        let status = uv_listen(stream, try call.int32(0)) { server, status in
            let owner = StreamHandle.from(server)
            guard let object = owner.object else { return }
            let host = currentHost!, js = host.js
            guard let onconnection = js.asObject(js.get(object, "onconnection")) else { return }
            guard status == 0 else {
                host.makeCallback(onconnection, this: object, [js.number(Double(status))])
                return
            }
            let client = owner.isTCP ? StreamHandle(loop: host.loop, tcp: ()) : StreamHandle(loop: host.loop)
            let accepted = uv_accept(server, client.stream)
            guard accepted == 0 else {
                client.close()
                host.makeCallback(onconnection, this: object, [js.number(Double(accepted))])
                return
            }
            host.makeCallback(onconnection, this: object, [js.number(0), client.makeObject(js)])
        }
        return call.js.number(Double(status))
    }

    func connect(_ call: CallFrame) throws -> JSValueRef? {
        guard !closed, isTCP else { return call.js.number(Double(UV_EINVAL.rawValue)) }
        var storage = sockaddr_storage()
        let parsed = StreamHandle.socketAddress(try call.string(0), port: try call.int32(1), into: &storage)
        guard parsed == 0 else { return call.js.number(Double(parsed)) }
        let request = Request(size: MemoryLayout<uv_connect_t>.size, copying: nil, callback: call[2], js: call.js)
        let status = request.start { raw in
            withUnsafePointer(to: &storage) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { address in
                    uv_tcp_connect(raw.assumingMemoryBound(to: uv_connect_t.self), tcp, address) { Request.complete($0, $1) }
                }
            }
        }
        return call.js.number(Double(status))
    }

    func connectPath(_ call: CallFrame) throws -> JSValueRef? {
        guard !closed, !isTCP else { return call.js.number(Double(UV_EINVAL.rawValue)) }
        let path = try call.string(0)
        let request = Request(size: MemoryLayout<uv_connect_t>.size, copying: nil, callback: call[1], js: call.js)
        let status = request.start { raw in
            // Failures, including a path that cannot be used, arrive through the callback.
            uv_pipe_connect(raw.assumingMemoryBound(to: uv_connect_t.self), pipe, path) { Request.complete($0, $1) }
            return 0
        }
        return call.js.number(Double(status))
    }

    func socketName(_ js: JS, peer: Bool) throws -> JSValueRef {
        guard !closed else { return js.number(Double(UV_EBADF.rawValue)) }
        if !isTCP {
            var buffer = [CChar](repeating: 0, count: 4096)
            var size = buffer.count
            let status = peer ? uv_pipe_getpeername(pipe, &buffer, &size) : uv_pipe_getsockname(pipe, &buffer, &size)
            guard status == 0 else { return js.number(Double(status)) }
            return js.string(String(decoding: buffer[0..<size].map { UInt8(bitPattern: $0) }, as: UTF8.self))
        }
        return HandleObject.socketName(js) { peer ? uv_tcp_getpeername(tcp, $0, $1) : uv_tcp_getsockname(tcp, $0, $1) }
    }
}

/// `internalBinding('tcp_wrap')`: createTCP() makes a TCP stream handle (see StreamHandle).
public enum TCPWrapBinding: InternalBinding {
    public static let name = "tcp_wrap"

    public static func make(_ host: BindingHost) -> JSObjectRef {
        host.js.object(methods: [
            NativeMethod("createTCP") { c, _, t, n, a, e in
                bridge(c, t, n, a, e) { f in StreamHandle(loop: currentHost.loop, tcp: ()).makeObject(f.js) }
            },
        ])
    }
}
