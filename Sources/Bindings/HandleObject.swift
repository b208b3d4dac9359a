import Glibc
import CJavaScriptCore
import CLibUV
import JSBridge

/// What the JS objects of libuv handles (StreamHandle, UDPHandle) share.
enum HandleObject {
    /// The end of a handle's JS object, from libuv's close callback: JavaScript hears `onclose`,
    /// then the object lets go of the native handle and is no longer protected.
    static func closed(_ object: JSObjectRef?) {
        guard let object else { return }
        let host = currentHost!
        if let onclose = host.js.asObject(host.js.get(object, "onclose")) {
            host.makeCallback(onclose, this: object, [])
        }
        JSObjectSetPrivate(object, nil)
        JSValueUnprotect(host.js.ctx, object)
    }

    /// A socket's own or peer address from `query` (getsockname or getpeername) as
    /// { address, family, port }, or the negative errno.
    static func socketName(_ js: JS, _ query: (UnsafeMutablePointer<sockaddr>, UnsafeMutablePointer<Int32>) -> Int32)
        -> JSValueRef {
        var storage = sockaddr_storage()
        var length = Int32(MemoryLayout<sockaddr_storage>.size)
        let status = withUnsafeMutablePointer(to: &storage) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { query($0, &length) }
        }
        guard status == 0 else { return js.number(Double(status)) }
        let (address, family) = withUnsafeMutableBytes(of: &storage) { OSBinding.sockaddrString($0.baseAddress!) }
        // sin_port and sin6_port sit at the same offset, in network order.
        let port = withUnsafeBytes(of: &storage) { UInt16(bigEndian: $0.load(fromByteOffset: 2, as: UInt16.self)) }
        let result = js.object()
        js.set(result, "address", js.string(address))
        js.set(result, "family", js.string(family))
        js.set(result, "port", js.number(Double(port)))
        return result
    }
}
