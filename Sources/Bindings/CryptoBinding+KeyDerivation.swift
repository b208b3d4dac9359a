import Glibc
import CJavaScriptCore
import CLibUV
import JSBridge
import EventLoop

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

/// Work that runs on libuv's thread pool without touching JavaScript, then calls back on the loop.
///
/// Lifetime: the job keeps itself (and its protected callback) alive from queue() until its
/// callback has run on the loop; then the callback is unprotected and the request freed.
final class ThreadPoolJob {
    private let request = UnsafeMutablePointer<uv_work_t>.allocate(capacity: 1)
    private let callback: JSObjectRef
    private let work: () -> Void
    private let arguments: (JS) throws -> [JSValueRef]
    private var selfReference: ThreadPoolJob?

    private init(callback: JSObjectRef, work: @escaping () -> Void, arguments: @escaping (JS) throws -> [JSValueRef]) {
        self.callback = callback
        self.work = work
        self.arguments = arguments
    }

    deinit { request.deallocate() }

    private final class Box<Value> { var value: Value?; init() {} }

    /// Runs `work` on the thread pool, then calls `callback` (protected by the caller) with the
    /// arguments `done` makes of its result on the loop.
    static func queue<Result>(callback: JSObjectRef, work: @escaping () -> Result,
                              done: @escaping (Result, JS) throws -> [JSValueRef]) throws {
        let result = Box<Result>()
        let job = ThreadPoolJob(callback: callback, work: { result.value = work() },
                                arguments: { js in try done(result.value!, js) })
        try job.queue(on: currentHost.loop.raw)
    }

    private func queue(on loop: UnsafeMutablePointer<uv_loop_t>) throws {
        request.pointee.data = Unmanaged.passUnretained(self).toOpaque()
        let status = uv_queue_work(loop, request, { request in
            Unmanaged<ThreadPoolJob>.fromOpaque(request!.pointee.data).takeUnretainedValue().work()
        }, { request, _ in
            Unmanaged<ThreadPoolJob>.fromOpaque(request!.pointee.data).takeUnretainedValue().finish()
        })
        if status < 0 {
            JSValueUnprotect(currentHost.js.ctx, callback)
            throw UVError(status).thrown(syscall: "uv_queue_work")
        }
        selfReference = self
    }

    private func finish() {
        let host = currentHost!
        defer {
            JSValueUnprotect(host.js.ctx, callback)
            selfReference = nil
        }
        let args: [JSValueRef]
        do {
            args = try arguments(host.js)
        } catch NativeError.exception(let value) {
            args = [value]
        } catch NativeError.error(let message, let constructor, let code) {
            args = [host.js.error(message, constructor: constructor, code: code)]
        } catch let failure as JSValueError {
            args = [failure.jsValue(host.js)]
        } catch {
            args = [host.js.error(String(describing: error))]
        }
        host.makeCallback(callback, this: nil, args)
    }
}
