import Glibc
import CJavaScriptCore
import CLibUV
import JSBridge
import EventLoop

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
