import Glibc
import CJavaScriptCore
import JSBridge

/// The crypto binding's functions for asymmetric keys (lib/internal/crypto/keys.js, sig.js and
/// cipher.js's RSA functions). Key handles are KeyObjectHandle objects (PublicKeyState).
extension CryptoBinding {
    /// Padding, PSS salt length and signature encoding from arguments `at`, `at + 1`, `at + 2`
    /// (-1, -1 or Int32.min, false when not given).
    static func signatureOptions(_ f: CallFrame, at index: Int) throws -> PublicKeyState.Options {
        var options = PublicKeyState.Options()
        options.padding = try f.int32(index)
        let salt = try f.double(index + 1)
        if !salt.isNaN { options.saltLength = Int32(salt) }
        options.ieeeP1363 = f.bool(index + 2)
        return options
    }

    static func digest(_ f: CallFrame, _ index: Int) throws -> OpenSSL.MD?? {
        guard JSValueIsString(f.ctx, f[index]) else { return .some(nil) }
        guard let md = try OpenSSL.digest(named: try f.string(index)) else { return .none }
        return .some(md)
    }

    static func bytesResult(_ f: CallFrame, _ bytes: [UInt8]) throws -> JSValueRef {
        try AdoptedMemory.arrayBuffer(f.ctx, adopting: OpenSSL.copyForOpenSSL(bytes), count: bytes.count)
    }

    static let keyMethods: [NativeMethod] = [
        // keyGenerateWithParameters(type 'dsa' | 'dh', bits, divisorBits or generator, prime or
        // null[, callback]): a private-key handle, or callback(err, handle) from the thread pool.
        NativeMethod("keyGenerateWithParameters") { c, _, t, n, a, e in
            bridge(c, t, n, a, e) { f in
                let ssl = try PublicKeys.require()
                let type = try f.string(0), bits = try f.int32(1), extra = try f.int32(2)
                let prime = JSValueIsNull(f.ctx, f[3]) ? nil : try f.copiedBytes(3)
                let generate = { PublicKeyState.generateWithParameters(ssl, type: type, bits: bits, extra: extra, prime: prime) }
                guard JSValueIsObject(f.ctx, f[4]) else {
                    guard let key = generate() else { throw OpenSSL.failure("Key generation failed") }
                    return PublicKeyState(ssl: ssl, key: key, isPrivate: true).object(f.ctx)
                }
                try queueKeyGeneration(ssl, callback: try f.protectedFunction(4), generate)
                return f.js.undefined
            }
        },
        // keyDecode(data, 'pem' | 'der', wantsPrivate, passphrase or null): a key handle.
        NativeMethod("keyDecode") { c, _, t, n, a, e in
            bridge(c, t, n, a, e) { f in
                let passphrase = JSValueIsNull(f.ctx, f[3]) ? nil : UnsafeRawBufferPointer(try f.bytes(3))
                return try PublicKeyState.decode(UnsafeRawBufferPointer(try f.bytes(0)), format: try f.string(1),
                                                 wantsPrivate: f.bool(2), passphrase: passphrase).object(f.ctx)
            }
        },
        // keyExport(handle, 'pem' | 'der', structure, asPrivate, cipher or null, passphrase or null)
        NativeMethod("keyExport") { c, _, t, n, a, e in
            bridge(c, t, n, a, e) { f in
                let state = try PublicKeyState.of(f, 0)
                let cipher = JSValueIsString(f.ctx, f[4]) ? try f.string(4) : nil
                let passphrase = JSValueIsNull(f.ctx, f[5]) ? nil : UnsafeRawBufferPointer(try f.bytes(5))
                let (bytes, count) = try state.encode(format: try f.string(1), structure: try f.string(2), asPrivate: f.bool(3),
                                                      cipher: cipher, passphrase: passphrase)
                return try AdoptedMemory.arrayBuffer(f.ctx, adopting: bytes, count: count)
            }
        },
        // keyType(handle): 'rsa', 'ec', 'ed25519', ... or undefined.
        NativeMethod("keyType") { c, _, t, n, a, e in
            bridge(c, t, n, a, e) { f in
                guard let name = try PublicKeyState.of(f, 0).typeName else { return f.js.undefined }
                return f.js.string(name)
            }
        },
        NativeMethod("keyBits") { c, _, t, n, a, e in
            bridge(c, t, n, a, e) { f in
                let state = try PublicKeyState.of(f, 0)
                return f.js.number(Double(state.ssl.bits(state.key)))
            }
        },
        // keyParameter(handle, name, width): a big-number parameter's bytes, or undefined.
        NativeMethod("keyParameter") { c, _, t, n, a, e in
            bridge(c, t, n, a, e) { f in
                guard let bytes = try PublicKeyState.of(f, 0).parameter(try f.string(1), width: try f.int(2)) else {
                    return f.js.undefined
                }
                return try bytesResult(f, bytes)
            }
        },
        // keyIntParameter(handle, name): an integer parameter (an RSA-PSS key's salt length), or undefined.
        NativeMethod("keyIntParameter") { c, _, t, n, a, e in
            bridge(c, t, n, a, e) { f in
                guard let value = try PublicKeyState.of(f, 0).intParameter(try f.string(1)) else { return f.js.undefined }
                return f.js.number(Double(value))
            }
        },
        // keyStringParameter(handle, name): a text parameter (the EC group's name), or undefined.
        NativeMethod("keyStringParameter") { c, _, t, n, a, e in
            bridge(c, t, n, a, e) { f in
                guard let text = try PublicKeyState.of(f, 0).stringParameter(try f.string(1)) else { return f.js.undefined }
                return f.js.string(text)
            }
        },
        // keyFromParts(type, wantsPrivate, [[kind, name, value], ...]): a key from its parts, where
        // kind is 'number' (big-endian bytes), 'octets' (bytes) or 'text' (a string); null when
        // OpenSSL refuses them.
        NativeMethod("keyFromParts") { c, _, t, n, a, e in
            bridge(c, t, n, a, e) { f in
                guard let list = f.js.asObject(f[2]) else { throw NativeError.argument(2, "an array") }
                let count = Int(f.js.toNumber(f.js.get(list, "length")))
                var parts: [PublicKeyState.Part] = []
                for index in 0..<count {
                    guard let entry = f.js.asObject(JSObjectGetPropertyAtIndex(f.ctx, list, UInt32(index), nil)) else {
                        throw NativeError.argument(2, "an array of parts")
                    }
                    let kind = f.js.toString(JSObjectGetPropertyAtIndex(f.ctx, entry, 0, nil))
                    let name = f.js.toString(JSObjectGetPropertyAtIndex(f.ctx, entry, 1, nil))
                    let value = JSObjectGetPropertyAtIndex(f.ctx, entry, 2, nil)!
                    if kind == "text" {
                        parts.append(.text(name, f.js.toString(value)))
                        continue
                    }
                    guard let bytes = f.js.bytes(of: value) else { throw NativeError.argument(2, "parts with bytes") }
                    let copy = Array(UnsafeRawBufferPointer(bytes))
                    parts.append(kind == "number" ? .number(name, copy) : .octets(name, copy))
                }
                guard let state = try PublicKeyState.fromParts(type: try f.string(0), wantsPrivate: f.bool(1), parts: parts) else {
                    return f.js.null
                }
                return state.object(f.ctx)
            }
        },
        // keyOctetParameter(handle, name): an octet-string parameter's bytes, or undefined.
        NativeMethod("keyOctetParameter") { c, _, t, n, a, e in
            bridge(c, t, n, a, e) { f in
                guard let bytes = try PublicKeyState.of(f, 0).octetParameter(try f.string(1)) else { return f.js.undefined }
                return try bytesResult(f, bytes)
            }
        },
        NativeMethod("keyEquals") { c, _, t, n, a, e in
            bridge(c, t, n, a, e) { f in
                let left = try PublicKeyState.of(f, 0), right = try PublicKeyState.of(f, 1)
                let equal = left.ssl.equal(left.key, right.key) == 1
                OpenSSL.library?.errorClear()
                return f.js.bool(equal)
            }
        },
        // keyPublic(handle): a public-key handle sharing the key.
        NativeMethod("keyPublic") { c, _, t, n, a, e in
            bridge(c, t, n, a, e) { f in
                let state = try PublicKeyState.of(f, 0)
                _ = state.ssl.upReference(state.key)
                return PublicKeyState(ssl: state.ssl, key: state.key, isPrivate: false).object(f.ctx)
            }
        },
        // sign(handle, digest or null, data, padding, saltLength, ieeeP1363[, callback]): the
        // signature, or callback(err, signature) from the thread pool; null for an unknown digest.
        NativeMethod("sign") { c, _, t, n, a, e in
            bridge(c, t, n, a, e) { f in
                guard case .some(let md) = try digest(f, 1) else { return f.js.null }
                let state = try PublicKeyState.of(f, 0), options = try signatureOptions(f, at: 3)
                guard JSValueIsObject(f.ctx, f[6]) else {
                    return try bytesResult(f, try state.sign(digest: md, data: UnsafeRawBufferPointer(try f.bytes(2)), options: options))
                }
                let data = try f.copiedBytes(2)
                try ThreadPoolJob.queue(callback: try f.protectedFunction(6), work: {
                    Swift.Result { try data.withUnsafeBytes { try state.sign(digest: md, data: $0, options: options) } }
                }) { result, js in
                    let signature = try result.get()
                    return [js.null, try AdoptedMemory.arrayBuffer(js.ctx, adopting: OpenSSL.copyForOpenSSL(signature), count: signature.count)]
                }
                return f.js.undefined
            }
        },
        // verify(handle, digest or null, data, signature, padding, saltLength, ieeeP1363[, callback])
        NativeMethod("verify") { c, _, t, n, a, e in
            bridge(c, t, n, a, e) { f in
                guard case .some(let md) = try digest(f, 1) else { return f.js.null }
                let state = try PublicKeyState.of(f, 0), options = try signatureOptions(f, at: 4)
                guard JSValueIsObject(f.ctx, f[7]) else {
                    return f.js.bool(try state.verify(digest: md, data: UnsafeRawBufferPointer(try f.bytes(2)),
                                                      signature: UnsafeRawBufferPointer(try f.bytes(3)), options: options))
                }
                let data = try f.copiedBytes(2), signature = try f.copiedBytes(3)
                try ThreadPoolJob.queue(callback: try f.protectedFunction(7), work: {
                    Swift.Result {
                        try data.withUnsafeBytes { data in
                            try signature.withUnsafeBytes { try state.verify(digest: md, data: data, signature: $0, options: options) }
                        }
                    }
                }) { result, js in [js.null, js.bool(try result.get())] }
                return f.js.undefined
            }
        },
        // signDigest(handle, hash, padding, saltLength, ieeeP1363)
        NativeMethod("signDigest") { c, _, t, n, a, e in
            bridge(c, t, n, a, e) { f in
                let hash = try f.native(1, of: DigestState.jsClass, as: DigestState.self)
                return try bytesResult(f, try PublicKeyState.of(f, 0).signDigest(hash, options: try signatureOptions(f, at: 2)))
            }
        },
        // verifyDigest(handle, hash, signature, padding, saltLength, ieeeP1363)
        NativeMethod("verifyDigest") { c, _, t, n, a, e in
            bridge(c, t, n, a, e) { f in
                let hash = try f.native(1, of: DigestState.jsClass, as: DigestState.self)
                return f.js.bool(try PublicKeyState.of(f, 0).verifyDigest(
                    hash, signature: UnsafeRawBufferPointer(try f.bytes(2)), options: try signatureOptions(f, at: 3)))
            }
        },
        // keyTransform(handle, kind 0-3, data, padding, oaepDigest or null, oaepLabel or null):
        // publicEncrypt, privateDecrypt, privateEncrypt, publicDecrypt.
        NativeMethod("keyTransform") { c, _, t, n, a, e in
            bridge(c, t, n, a, e) { f in
                let kinds: [PublicKeyState.Transform] = [.publicEncrypt, .privateDecrypt, .privateEncrypt, .publicDecrypt]
                let kind = try f.int(1)
                guard kinds.indices.contains(kind) else { throw NativeError.argument(1, "a key transform") }
                var options = PublicKeyState.Options()
                options.padding = try f.int32(3)
                guard case .some(let md) = try digest(f, 4) else {
                    throw NativeError.error("Invalid digest used", code: "ERR_OSSL_EVP_INVALID_DIGEST")
                }
                options.oaepDigest = md
                if !JSValueIsNull(f.ctx, f[5]) { options.oaepLabel = try f.copiedBytes(5) }
                return try bytesResult(f, try PublicKeyState.of(f, 0).transform(kinds[kind], UnsafeRawBufferPointer(try f.bytes(2)),
                                                                                       options: options))
            }
        },
        // keyGenerate(type, bits, publicExponent bytes, curve or null, callback or undefined[, pss
        // digest, pss MGF1 digest, pss salt length]): a private-key handle, or callback(err, handle)
        // from the thread pool.
        NativeMethod("keyGenerate") { c, _, t, n, a, e in
            bridge(c, t, n, a, e) { f in
                let ssl = try PublicKeys.require()
                let type = try f.string(0), bits = try f.int32(1), exponent = try f.copiedBytes(2)
                let curve = JSValueIsString(f.ctx, f[3]) ? try f.string(3) : nil
                var pss = PublicKeyState.PSSRestrictions()
                if JSValueIsString(f.ctx, f[5]) { pss.digest = try f.string(5) }
                if JSValueIsString(f.ctx, f[6]) { pss.mgf1Digest = try f.string(6) }
                if JSValueIsNumber(f.ctx, f[7]) { pss.saltLength = try f.int32(7) }
                let generate = { PublicKeyState.generate(ssl, type: type, bits: bits, publicExponent: exponent, curve: curve, pss: pss) }
                guard JSValueIsObject(f.ctx, f[4]) else {
                    guard let key = generate() else { throw OpenSSL.failure("Key generation failed") }
                    return PublicKeyState(ssl: ssl, key: key, isPrivate: true).object(f.ctx)
                }
                try queueKeyGeneration(ssl, callback: try f.protectedFunction(4), generate)
                return f.js.undefined
            }
        },
    ]
}

extension CryptoBinding {
    /// Runs `generate` on the thread pool; OpenSSL's error, if any, is taken there (its queue is
    /// per thread) and given to the callback on the loop.
    static func queueKeyGeneration(_ ssl: PublicKeys.Library, callback: JSObjectRef,
                                   _ generate: @escaping () -> PublicKeys.Key?) throws {
        try ThreadPoolJob.queue(callback: callback, work: { () -> Result<PublicKeys.Key, OpenSSL.Failure> in
            guard let key = generate() else { return .failure(OpenSSL.failure("Key generation failed")) }
            return .success(key)
        }) { result, js in
            switch result {
            case .success(let key): return [js.null, PublicKeyState(ssl: ssl, key: key, isPrivate: true).object(js.ctx)]
            case .failure(let failure): return [failure.jsValue(js)]
            }
        }
    }
}

