import Glibc
import CJavaScriptCore
import CLibUV
import JSBridge
import EventLoop

/// `internalBinding('cares_wrap')`: names resolved by the system resolver on libuv's thread pool.
///   getaddrinfo(req, hostname, family, hints, order) -> 0 or a negative errno;
///     then req.oncomplete(status, addresses) with the addresses as strings.
///   getnameinfo(req, address, port) -> 0 or a negative errno;
///     then req.oncomplete(status, hostname, service).
/// `req` is protected while its request is in flight, as FSRequest.swift's lifetime rule says.
public enum CaresWrapBinding: InternalBinding {
    public static let name = "cares_wrap"

    /// Address orders: as the resolver gave them, IPv4 first, IPv6 first.
    // Must match kOrder* in lib/internal/dns/utils.js
    enum Order: Int32 { case verbatim = 0, ipv4First = 1, ipv6First = 2 }

    public static func make(_ host: BindingHost) -> JSObjectRef {
        let js = host.js
        let binding = js.object(methods: [
            NativeMethod("getaddrinfo") { c, _, t, n, a, e in bridge(c, t, n, a, e, CaresWrapBinding.getaddrinfo) },
            NativeMethod("getnameinfo") { c, _, t, n, a, e in bridge(c, t, n, a, e, CaresWrapBinding.getnameinfo) },
        ])
        js.set(binding, "AI_ADDRCONFIG", js.number(Double(AI_ADDRCONFIG)))
        js.set(binding, "AI_ALL", js.number(Double(AI_ALL)))
        js.set(binding, "AI_V4MAPPED", js.number(Double(AI_V4MAPPED)))
        js.set(binding, "UV_EAI_NODATA", js.number(Double(UV_EAI_NODATA.rawValue)))
        js.set(binding, "UV_EAI_NONAME", js.number(Double(UV_EAI_NONAME.rawValue)))
        return binding
    }

    /// A resolver request: the libuv request (`Raw`) on the heap and the protected JS `req`.
    final class Request<Raw> {
        let raw = UnsafeMutablePointer<Raw>.allocate(capacity: 1)
        let target: JSObjectRef
        var order = Order.verbatim

        init(target: JSObjectRef, ctx: JSContextRef) {
            self.target = target
            JSValueProtect(ctx, target)
        }

        deinit { raw.deallocate() }

        /// Starts the request with `start`; on failure nothing stays in flight.
        func start(_ ctx: JSContextRef,
                   _ start: (UnsafeMutablePointer<Raw>, UnsafeMutableRawPointer) -> Int32) -> Int32 {
            let retained = Unmanaged.passRetained(self)
            let status = start(raw, retained.toOpaque())
            if status < 0 {
                JSValueUnprotect(ctx, target)
                retained.release()
            }
            return status
        }

        static func finish(_ data: UnsafeMutableRawPointer?, _ arguments: (JS) -> [JSValueRef]) {
            let request = Unmanaged<Request>.fromOpaque(data!).takeRetainedValue()
            let host = currentHost!, js = host.js
            if let oncomplete = js.asObject(js.get(request.target, "oncomplete")) {
                host.makeCallback(oncomplete, this: request.target, arguments(js))
            }
            JSValueUnprotect(js.ctx, request.target)
        }
    }

    static func getaddrinfo(_ call: CallFrame) throws -> JSValueRef? {
        guard let target = call.js.asObject(call[0]) else { throw NativeError.argument(0, "an object") }
        let hostname = try call.string(1)
        var hints = addrinfo()
        switch try call.int32(2) {
        case 4: hints.ai_family = AF_INET
        case 6: hints.ai_family = AF_INET6
        default: hints.ai_family = AF_UNSPEC
        }
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        hints.ai_flags = try call.int32(3)
        let request = Request<uv_getaddrinfo_t>(target: target, ctx: call.ctx)
        request.order = Order(rawValue: try call.int32(4)) ?? .verbatim
        let status = request.start(call.ctx) { raw, data in
            raw.pointee.data = data
            return uv_getaddrinfo(currentHost.loop.raw, raw, { raw, status, list in
                defer { uv_freeaddrinfo(list) }
                let request = Unmanaged<Request<uv_getaddrinfo_t>>.fromOpaque(raw!.pointee.data)
                let order = request.takeUnretainedValue().order
                let addresses = status == 0 ? CaresWrapBinding.addresses(list, order: order) : []
                // A successful answer without one address of the asked family is "no data".
                let outcome = status == 0 && addresses.isEmpty ? UV_EAI_NODATA.rawValue : status
                Request<uv_getaddrinfo_t>.finish(raw!.pointee.data) { js in
                    [js.number(Double(outcome)), js.array(addresses.map { js.string($0) })]
                }
            }, hostname, nil, &hints)
        }
        return call.js.number(Double(status))
    }

    static func addresses(_ list: UnsafeMutablePointer<addrinfo>?, order: Order) -> [String] {
        var v4: [String] = [], v6: [String] = [], all: [String] = []
        var entry = list
        while let item = entry {
            if let address = item.pointee.ai_addr,
               item.pointee.ai_family == AF_INET || item.pointee.ai_family == AF_INET6 {
                let (text, family) = OSBinding.sockaddrString(UnsafeMutableRawPointer(address))
                if family == "IPv4" { v4.append(text) } else { v6.append(text) }
                all.append(text)
            }
            entry = item.pointee.ai_next
        }
        switch order {
        case .verbatim: return all
        case .ipv4First: return v4 + v6
        case .ipv6First: return v6 + v4
        }
    }

    static func getnameinfo(_ call: CallFrame) throws -> JSValueRef? {
        guard let target = call.js.asObject(call[0]) else { throw NativeError.argument(0, "an object") }
        let address = try call.string(1)
        let port = try call.int32(2)
        var storage = sockaddr_storage()
        let parsed = StreamHandle.socketAddress(address, port: port, into: &storage)
        guard parsed == 0 else { return call.js.number(Double(parsed)) }
        let request = Request<uv_getnameinfo_t>(target: target, ctx: call.ctx)
        let status = request.start(call.ctx) { raw, data in
            raw.pointee.data = data
            return withUnsafePointer(to: &storage) { pointer in
                pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { address in
                    uv_getnameinfo(currentHost.loop.raw, raw, { raw, status, hostname, service in
                        let host = status == 0 && hostname != nil ? String(cString: hostname!) : nil
                        let name = status == 0 && service != nil ? String(cString: service!) : nil
                        Request<uv_getnameinfo_t>.finish(raw!.pointee.data) { js in
                            [js.number(Double(status)), host.map { js.string($0) } ?? js.undefined,
                             name.map { js.string($0) } ?? js.undefined]
                        }
                    }, address, NI_NAMEREQD)
                }
            }
        }
        return call.js.number(Double(status))
    }
}
