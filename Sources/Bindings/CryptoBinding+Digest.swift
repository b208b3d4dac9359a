import Glibc
import CJavaScriptCore
import JSBridge

/// One running hash or HMAC computation behind a JS object (lib/internal/crypto/hash.js makes
/// Hash and Hmac around it): update(bytes), digest() -> ArrayBuffer, and for hashes copy().
///
/// Lifetime: the object owns the OpenSSL context (a retained reference behind its private
/// pointer), freed when the object is collected.
final class DigestState {
    let ssl: OpenSSL.Library
    let md: OpenSSL.MD
    let isHmac: Bool
    /// The digest's length in bytes; for an extendable-output function, the length asked for.
    let length: Int
    private let context: OpenSSL.Ctx
    /// The digest once made: a stream's flush makes it, and digest() after that gives it again.
    private var result: [UInt8]?

    private init(ssl: OpenSSL.Library, md: OpenSSL.MD, isHmac: Bool, length: Int, context: OpenSSL.Ctx) {
        self.ssl = ssl
        self.md = md
        self.isHmac = isHmac
        self.length = length
        self.context = context
    }

    deinit { isHmac ? ssl.hmacFree(context) : ssl.digestContextFree(context) }

    static func hash(_ md: OpenSSL.MD, outputLength: Int?) throws -> DigestState {
        let ssl = try OpenSSL.require()
        let size = Int(ssl.digestSize(md))
        if let outputLength, outputLength != size, ssl.digestFlags(md) & OpenSSL.flagXOF == 0 {
            throw NativeError.error("error:030000B2:digital envelope routines::not XOF or invalid length",
                                    code: "ERR_OSSL_EVP_NOT_XOF_OR_INVALID_LENGTH")
        }
        guard let context = ssl.digestContextNew() else { throw OpenSSL.failure("EVP_MD_CTX_new failed") }
        guard ssl.digestInit(context, md, nil) == 1 else {
            ssl.digestContextFree(context)
            throw OpenSSL.failure("Digest method not supported")
        }
        return DigestState(ssl: ssl, md: md, isHmac: false, length: outputLength ?? size, context: context)
    }

    static func hmac(_ md: OpenSSL.MD, key: UnsafeRawBufferPointer) throws -> DigestState {
        let ssl = try OpenSSL.require()
        guard let context = ssl.hmacNew() else { throw OpenSSL.failure("HMAC_CTX_new failed") }
        // An empty key still needs a non-null pointer.
        var empty: UInt8 = 0
        let status = key.count == 0 ? ssl.hmacInit(context, &empty, 0, md, nil) :
            ssl.hmacInit(context, key.baseAddress, Int32(key.count), md, nil)
        guard status == 1 else {
            ssl.hmacFree(context)
            throw OpenSSL.failure("Invalid digest")
        }
        return DigestState(ssl: ssl, md: md, isHmac: true, length: Int(ssl.digestSize(md)), context: context)
    }

    func copy(outputLength: Int?) throws -> DigestState {
        let copy = try DigestState.hash(md, outputLength: outputLength)
        guard ssl.digestContextCopy(copy.context, context) == 1 else { throw OpenSSL.failure("EVP_MD_CTX_copy_ex failed") }
        return copy
    }

    func update(_ bytes: UnsafeRawBufferPointer) -> Bool {
        isHmac ? ssl.hmacUpdate(context, bytes.baseAddress, bytes.count) == 1 :
            ssl.digestUpdate(context, bytes.baseAddress, bytes.count) == 1
    }

    /// The digest in a malloc'd buffer of `length` bytes (at least one byte is allocated).
    func finish() throws -> UnsafeMutableRawPointer {
        let output = malloc(max(length, 1))!
        if let result {
            result.withUnsafeBytes { output.copyMemory(from: $0.baseAddress!, byteCount: $0.count) }
            return output
        }
        let bytes = output.assumingMemoryBound(to: UInt8.self)
        let status: Int32
        if isHmac {
            status = ssl.hmacFinal(context, bytes, nil)
        } else if ssl.digestFlags(md) & OpenSSL.flagXOF != 0 {
            status = length == 0 ? 1 : ssl.digestFinalXOF(context, bytes, length)
        } else {
            status = ssl.digestFinal(context, bytes, nil)
        }
        guard status == 1 else {
            free(output)
            throw OpenSSL.failure("digest failed")
        }
        result = Array(UnsafeBufferPointer(start: bytes, count: length))
        return output
    }

    static func of(_ call: CallFrame) throws -> DigestState { try call.receiver(DigestState.self) }

    func object(_ ctx: JSContextRef) -> JSObjectRef {
        JSObjectMake(ctx, DigestState.jsClass, Unmanaged.passRetained(self).toOpaque())
    }

    nonisolated(unsafe) static let jsClass: JSClassRef = {
        makeNativeClass(name: "Digest", methods: [
            NativeMethod("update") { c, _, t, n, a, e in
                bridge(c, t, n, a, e) { f in
                    f.js.bool(try DigestState.of(f).update(UnsafeRawBufferPointer(try f.bytes(0))))
                }
            },
            NativeMethod("digest") { c, _, t, n, a, e in
                bridge(c, t, n, a, e) { f in
                    let state = try DigestState.of(f)
                    return try AdoptedMemory.arrayBuffer(f.ctx, adopting: try state.finish(), count: state.length)
                }
            },
            // copy(outputLength): a hash in the same state, or -1 for the digest's own length.
            NativeMethod("copy") { c, _, t, n, a, e in
                bridge(c, t, n, a, e) { f in
                    let length = try f.int(0)
                    return try DigestState.of(f).copy(outputLength: length < 0 ? nil : length).object(f.ctx)
                }
            },
        ], finalize: { object in
            if let pointer = JSObjectGetPrivate(object) { Unmanaged<DigestState>.fromOpaque(pointer).release() }
        })
    }()

    /// Every digest name and alias OpenSSL lists that can be used, in its (byte-wise) order.
    static func names() throws -> [String] {
        let ssl = try OpenSSL.require()
        return try OpenSSL.listedNames({ ssl.forEachDigest($0, $1) }) { try OpenSSL.digest(named: $0) != nil }
    }
}
