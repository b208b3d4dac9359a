import Glibc
import CJavaScriptCore
import CLibUV
import JSBridge
import EventLoop

/// `internalBinding('crypto')`: so far the system's random generator, behind crypto.randomBytes,
/// randomFill(Sync), randomUUID and getRandomValues (lib/internal/crypto/random.js).
public enum CryptoBinding: InternalBinding {
    public static let name = "crypto"

    public static func make(_ host: BindingHost) -> JSObjectRef {
        host.js.object(methods: [
            // randomFill(view): fills every byte of the typed array, DataView or ArrayBuffer.
            NativeMethod("randomFill") { c, _, t, n, a, e in
                bridge(c, t, n, a, e) { f in
                    try CryptoBinding.fillRandom(try f.bytes(0))
                    return nil
                }
            },
        ])
    }

    /// uv_random without a loop runs synchronously (getrandom(2), waiting for the kernel's pool
    /// to be seeded at boot), in steps its size limit allows.
    static func fillRandom(_ bytes: UnsafeMutableRawBufferPointer) throws {
        guard var next = bytes.baseAddress else { return }
        var left = bytes.count
        let step = 1 << 30
        while left > 0 {
            let count = min(left, step)
            let status = uv_random(nil, nil, next, count, 0, nil)
            if status < 0 { throw UVError(status).thrown(syscall: "uv_random") }
            next += count
            left -= count
        }
    }
}
