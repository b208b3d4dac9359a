import Glibc
import CJavaScriptCore
import JSBridge

/// pbkdf2, hkdf and scrypt: a derivation of `length` bytes from inputs copied out of
/// JavaScript, run at once (sync form) or on libuv's thread pool (callback form).
struct KeyDerivation {
    let length: Int
    let run: (OpenSSL.Library, UnsafeMutablePointer<UInt8>) -> Bool

    /// The derived bytes in a malloc'd buffer (at least one byte allocated), or nil on failure.
    func derive(_ ssl: OpenSSL.Library) -> UnsafeMutableRawPointer? {
        let output = malloc(max(length, 1))!
        if run(ssl, output.assumingMemoryBound(to: UInt8.self)) { return output }
        free(output)
        return nil
    }

    static func pbkdf2(password: [UInt8], salt: [UInt8], iterations: Int32, length: Int, md: OpenSSL.MD) -> KeyDerivation {
        KeyDerivation(length: length) { ssl, output in
            password.withUnsafeBytes { pass in
                salt.withUnsafeBytes { salt in
                    ssl.pbkdf2(pass.baseAddress, Int32(pass.count), salt.baseAddress, Int32(salt.count), iterations, md,
                               Int32(length), output) == 1
                }
            }
        }
    }

    static func scrypt(password: [UInt8], salt: [UInt8], n: UInt64, r: UInt64, p: UInt64, maxmem: UInt64,
                       length: Int) -> KeyDerivation {
        KeyDerivation(length: length) { ssl, output in
            password.withUnsafeBytes { pass in
                salt.withUnsafeBytes { salt in
                    ssl.scrypt(pass.baseAddress, pass.count, salt.baseAddress, salt.count, n, r, p, maxmem, output,
                               length) == 1
                }
            }
        }
    }

    static func hkdf(md: OpenSSL.MD, key: [UInt8], salt: [UInt8], info: [UInt8], length: Int) -> KeyDerivation {
        KeyDerivation(length: length) { ssl, output in
            guard let context = ssl.keyContextNewId(OpenSSL.keyTypeHKDF, nil) else { return false }
            defer { ssl.keyContextFree(context) }
            // An empty key or salt still needs a non-null pointer.
            var none: UInt8 = 0
            func with(_ bytes: [UInt8], _ body: (UnsafeRawPointer?, Int32) -> Int32) -> Bool {
                bytes.isEmpty ? body(&none, 0) == 1 : bytes.withUnsafeBytes { body($0.baseAddress, Int32($0.count)) } == 1
            }
            guard ssl.deriveInit(context) == 1, ssl.hkdfSetDigest(context, md) == 1,
                  with(key, { ssl.hkdfSetKey(context, $0, $1) }), with(salt, { ssl.hkdfSetSalt(context, $0, $1) }),
                  info.isEmpty || with(info, { ssl.hkdfAddInfo(context, $0, $1) }) else { return false }
            var produced = length
            return ssl.derive(context, output, &produced) == 1 && produced == length
        }
    }

    /// Runs the derivation now and returns its ArrayBuffer, or queues it on the thread pool and
    /// calls `callback(err, ArrayBuffer)` from the loop when done (then returns undefined).
    func complete(_ call: CallFrame, callbackSlot: Int, failure: String) throws -> JSValueRef {
        let ssl = try OpenSSL.require()
        guard JSValueIsObject(call.ctx, call[callbackSlot]) else {
            guard let output = derive(ssl) else { throw OpenSSL.failure(failure) }
            return try AdoptedMemory.arrayBuffer(call.ctx, adopting: output, count: length)
        }
        try ThreadPoolJob.queue(callback: try call.protectedFunction(callbackSlot), work: { self.derive(ssl) }) { [length] output, js in
            guard let output else { return [js.error(failure, code: "ERR_CRYPTO_OPERATION_FAILED")] }
            return [js.null, try AdoptedMemory.arrayBuffer(js.ctx, adopting: output, count: length)]
        }
        return call.js.undefined
    }
}
