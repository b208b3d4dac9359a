import Glibc
import CJavaScriptCore
import CLibUV
import JSBridge
import EventLoop

/// The one place where the three call shapes of an fs binding function branch:
///   f(args…, req)           async: req.oncomplete(err) or req.oncomplete(null, result) on the loop
///   f(args…, kUsePromises)  async: returns a Promise
///   f(args…)                sync: returns the result or throws a Node-shaped error
///
/// Lifetime rule (the only place it is written): a request's JS object (the `req` or the
/// promise's resolving functions) is protected with JSValueProtect from dispatch until the
/// completion callback has called into JavaScript, then unprotected, and the uv_fs_t freed.
final class FSRequest {
    typealias Start = (UnsafeMutablePointer<uv_loop_t>?, UnsafeMutablePointer<uv_fs_t>, uv_fs_cb?) -> Int32
    typealias Result = (UnsafeMutablePointer<uv_fs_t>, JS) throws -> JSValueRef
    /// Runs as soon as libuv reports, before any JavaScript: takes out of the request what its
    /// cleanup would otherwise reach through memory JavaScript may free meanwhile.
    typealias Detach = (UnsafeMutablePointer<uv_fs_t>) -> Void

    /// The value JS passes as the last argument to ask for a Promise (`binding.kUsePromises`).
    nonisolated(unsafe) static var kUsePromises: JSObjectRef?

    let raw = UnsafeMutablePointer<uv_fs_t>.allocate(capacity: 1)
    let syscall: String
    let path: String?
    let dest: String?
    let result: Result
    let detach: Detach?
    var oncomplete: JSObjectRef?
    var request: JSObjectRef?
    var resolve: JSObjectRef?
    var reject: JSObjectRef?
    private var selfReference: FSRequest?

    init(syscall: String, path: String?, dest: String?, result: @escaping Result, detach: Detach?) {
        self.detach = detach
        self.syscall = syscall
        self.path = path
        self.dest = dest
        self.result = result
    }

    /// Whether the call runs on this thread now: its request argument is neither a request
    /// object nor kUsePromises (itself an object).
    static func isSynchronous(_ call: CallFrame, slot: Int) -> Bool {
        !JSValueIsObject(call.ctx, call[slot])
    }

    static func dispatch(_ call: CallFrame, slot: Int, syscall: String, path: String? = nil, dest: String? = nil,
                         result: @escaping Result = { req, js in js.number(Double(req.pointee.result)) },
                         detach: Detach? = nil,
                         start: Start) throws -> JSValueRef? {
        let js = call.js
        let last = call[slot]
        if isSynchronous(call, slot: slot) {
            var req = uv_fs_t()
            let status = start(nil, &req, nil)
            detach?(&req)
            defer { uv_fs_req_cleanup(&req) }
            if status < 0 { throw UVError(status).thrown(syscall: syscall, path: path, dest: dest) }
            return try result(&req, js)
        }
        let request = FSRequest(syscall: syscall, path: path, dest: dest, result: result, detach: detach)
        var promise: JSValueRef?
        if kUsePromises != nil && JSValueIsStrictEqual(call.ctx, last, kUsePromises) {
            var resolve: JSObjectRef?, reject: JSObjectRef?
            promise = JSObjectMakeDeferredPromise(call.ctx, &resolve, &reject, nil)
            request.resolve = resolve
            request.reject = reject
            JSValueProtect(call.ctx, resolve)
            JSValueProtect(call.ctx, reject)
        } else {
            let target = js.asObject(last)!
            request.request = target
            request.oncomplete = js.asObject(js.get(target, "oncomplete"))
            JSValueProtect(call.ctx, target)
        }
        request.raw.pointee.data = Unmanaged.passUnretained(request).toOpaque()
        request.selfReference = request
        let status = start(currentHost.loop.raw, request.raw) { raw in
            let request = Unmanaged<FSRequest>.fromOpaque(raw!.pointee.data).takeUnretainedValue()
            request.complete()
        }
        if status < 0 {
            request.release(call.ctx)
            throw UVError(status).thrown(syscall: syscall, path: path, dest: dest)
        }
        return promise ?? js.undefined
    }

    private func complete() {
        detach?(raw)
        let host = currentHost!
        let js = host.js
        var error: JSValueRef?
        var value: JSValueRef = js.undefined
        if raw.pointee.result < 0 {
            error = host.uvException(UVError(Int32(raw.pointee.result)), syscall: syscall, path: path, dest: dest)
        } else {
            do { value = try result(raw, js) } catch let failure as NativeError {
                if case .exception(let thrown) = failure { error = thrown } else { error = js.error("\(failure)") }
            } catch let failure { error = js.error("\(failure)") }
        }
        if let resolve, let reject {
            if let error { host.makeCallback(reject, this: nil, [error]) }
            else { host.makeCallback(resolve, this: nil, [value]) }
        } else if let oncomplete {
            if let error { host.makeCallback(oncomplete, this: request, [error]) }
            else { host.makeCallback(oncomplete, this: request, [js.null, value]) }
        }
        release(js.ctx)
    }

    private func release(_ ctx: JSContextRef) {
        if let request { JSValueUnprotect(ctx, request) }
        if let resolve { JSValueUnprotect(ctx, resolve) }
        if let reject { JSValueUnprotect(ctx, reject) }
        uv_fs_req_cleanup(raw)
        raw.deallocate()
        selfReference = nil
    }
}
