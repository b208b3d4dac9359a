import Glibc
import CJavaScriptCore
import CLibUV
import JSBridge
import EventLoop

/// `internalBinding('crypto')`: the system's random generator, behind crypto.randomBytes,
/// randomFill(Sync), randomUUID and getRandomValues (lib/internal/crypto/random.js); hashes,
/// HMACs, pbkdf2, hkdf and scrypt through OpenSSL's libcrypto (lib/internal/crypto/hash.js,
/// keys.js), loaded on first use. JavaScript validates every argument before these calls.
public enum CryptoBinding: InternalBinding {
    public static let name = "crypto"

    public static func make(_ host: BindingHost) -> JSObjectRef {
        host.js.object(methods: CryptoBinding.keyMethods + CryptoBinding.agreementMethods + CryptoBinding.diffieHellmanMethods + CryptoBinding.primeMethods + [
            // randomFill(view): fills every byte of the typed array, DataView or ArrayBuffer.
            NativeMethod("randomFill") { c, _, t, n, a, e in
                bridge(c, t, n, a, e) { f in
                    try CryptoBinding.fillRandom(try f.bytes(0))
                    return nil
                }
            },
            // createHash(algorithm, outputLength): a hash state, or null for an unknown digest;
            // outputLength -1 means the digest's own length.
            NativeMethod("createHash") { c, _, t, n, a, e in
                bridge(c, t, n, a, e) { f in
                    guard let md = try OpenSSL.digest(named: try f.string(0)) else { return f.js.null }
                    let length = try f.int(1)
                    return try DigestState.hash(md, outputLength: length < 0 ? nil : length).object(f.ctx)
                }
            },
            // createHmac(algorithm, key): an HMAC state, or null for an unknown digest.
            NativeMethod("createHmac") { c, _, t, n, a, e in
                bridge(c, t, n, a, e) { f in
                    guard let md = try OpenSSL.digest(named: try f.string(0)) else { return f.js.null }
                    return try DigestState.hmac(md, key: UnsafeRawBufferPointer(try f.bytes(1))).object(f.ctx)
                }
            },
            // digestSize(algorithm): the digest's length in bytes, or -1 when it is unknown.
            NativeMethod("digestSize") { c, _, t, n, a, e in
                bridge(c, t, n, a, e) { f in
                    guard let md = try OpenSSL.digest(named: try f.string(0)) else { return f.js.number(-1) }
                    return f.js.number(Double(try OpenSSL.require().digestSize(md)))
                }
            },
            NativeMethod("getHashes") { c, _, t, n, a, e in
                bridge(c, t, n, a, e) { f in f.js.string(try DigestState.names().joined(separator: ",")) }
            },
            // pbkdf2(password, salt, iterations, keylen, digest[, callback])
            NativeMethod("pbkdf2") { c, _, t, n, a, e in
                bridge(c, t, n, a, e) { f in
                    guard let md = try OpenSSL.digest(named: try f.string(4)) else { return f.js.null }
                    return try KeyDerivation.pbkdf2(password: f.copiedBytes(0), salt: f.copiedBytes(1),
                                                    iterations: try f.int32(2), length: try f.int(3), md: md)
                        .complete(f, callbackSlot: 5, failure: "PBKDF2 failed")
                }
            },
            // hkdf(digest, key, salt, info, keylen[, callback])
            NativeMethod("hkdf") { c, _, t, n, a, e in
                bridge(c, t, n, a, e) { f in
                    guard let md = try OpenSSL.digest(named: try f.string(0)) else { return f.js.null }
                    return try KeyDerivation.hkdf(md: md, key: f.copiedBytes(1), salt: f.copiedBytes(2),
                                                  info: f.copiedBytes(3), length: try f.int(4))
                        .complete(f, callbackSlot: 5, failure: "HKDF failed")
                }
            },
            // scrypt(password, salt, keylen, N, r, p, maxmem[, callback])
            NativeMethod("scrypt") { c, _, t, n, a, e in
                bridge(c, t, n, a, e) { f in
                    try KeyDerivation.scrypt(password: f.copiedBytes(0), salt: f.copiedBytes(1),
                                             n: UInt64(try f.double(3)), r: UInt64(try f.double(4)),
                                             p: UInt64(try f.double(5)), maxmem: UInt64(try f.double(6)),
                                             length: try f.int(2))
                        .complete(f, callbackSlot: 7, failure: "Invalid scrypt params")
                }
            },
            // scryptCheck(N, r, p, maxmem): null when OpenSSL accepts the parameters (no key is
            // made), else the error it queued ("" for none).
            NativeMethod("scryptCheck") { c, _, t, n, a, e in
                bridge(c, t, n, a, e) { f in
                    let ssl = try OpenSSL.require()
                    let ok = ssl.scrypt(nil, 0, nil, 0, UInt64(try f.double(0)), UInt64(try f.double(1)),
                                        UInt64(try f.double(2)), UInt64(try f.double(3)), nil, 0) == 1
                    return ok ? f.js.null : f.js.string(OpenSSL.takeError()?.text ?? "")
                }
            },
            // createCipher(name, key, iv or null, authTagLength or -1, decrypts): a cipher state.
            NativeMethod("createCipher") { c, _, t, n, a, e in
                bridge(c, t, n, a, e) { f in
                    let iv = JSValueIsNull(f.ctx, f[2]) ? nil : UnsafeRawBufferPointer(try f.bytes(2))
                    let tagLength = try f.int(3)
                    let state = try CipherState.make(name: try f.string(0), key: UnsafeRawBufferPointer(try f.bytes(1)), iv: iv,
                                                     tagLength: tagLength < 0 ? nil : tagLength, decrypts: f.bool(4))
                    return JSObjectMake(f.ctx, CipherState.jsClass, Unmanaged.passRetained(state).toOpaque())
                }
            },
            // passwordKey(cipher, password): [key, iv] as createCipher derives them, or null for an
            // unknown cipher.
            NativeMethod("passwordKey") { c, _, t, n, a, e in
                bridge(c, t, n, a, e) { f in
                    guard let (key, iv) = try Ciphers.passwordKey(cipher: try f.string(0), password: try f.copiedBytes(1)) else {
                        return f.js.null
                    }
                    return f.js.array(of: [key, iv]) { (try? CryptoBinding.bytesResult(f, $0)) ?? f.js.undefined }
                }
            },
            NativeMethod("getCiphers") { c, _, t, n, a, e in
                bridge(c, t, n, a, e) { f in f.js.string(try Ciphers.names().joined(separator: ",")) }
            },
            // getCipherInfo(name or nid, keyLength or -1, ivLength or -1): an object, or undefined.
            NativeMethod("getCipherInfo") { c, _, t, n, a, e in
                bridge(c, t, n, a, e) { f in
                    let key = try f.int(1), iv = try f.int(2)
                    var name = ""
                    if JSValueIsNumber(f.ctx, f[0]) {
                        guard let short = try Ciphers.require().shortName(try f.int32(0)) else { return f.js.undefined }
                        name = String(cString: short)
                    } else {
                        name = try f.string(0)
                    }
                    return try CipherState.info(f.js, name: name, keyLength: key < 0 ? nil : key, ivLength: iv < 0 ? nil : iv)
                }
            },
            // getFips(): 1 when OpenSSL's default properties ask for FIPS-approved algorithms.
            NativeMethod("getFips") { c, _, t, n, a, e in
                bridge(c, t, n, a, e) { f in f.js.number(Double(try OpenSSL.require().fipsEnabled(nil))) }
            },
            // timingSafeEqual(a, b): equal-length views compared in constant time.
            NativeMethod("timingSafeEqual") { c, _, t, n, a, e in
                bridge(c, t, n, a, e) { f in
                    let left = try f.bytes(0), right = try f.bytes(1)
                    guard left.count == right.count else { throw NativeError.argument(1, "as long as argument 0") }
                    return f.js.bool(try OpenSSL.require().memcmp(left.baseAddress, right.baseAddress, left.count) == 0)
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

extension CallFrame {
    /// A copy of a typed array or ArrayBuffer argument's bytes, for work that outlives the call.
    func copiedBytes(_ index: Int) throws -> [UInt8] { Array(UnsafeRawBufferPointer(try bytes(index))) }
}
