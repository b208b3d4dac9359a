import Glibc
import CJavaScriptCore
import CLibUV
import JSBridge
import EventLoop

/// An open directory stream (fs.opendir): the JS `DirHandle` object with read(bufferSize[, req])
/// and close([req]), each in the three call shapes of FSRequest.
///
/// Lifetime: the JS object owns the DirHandle (retained as its private pointer, released by the
/// class finalizer); a directory the program never closed is closed when the object is collected.
/// lib/internal/fs/dir.js queues operations, so one uv_dir_t never has two requests in flight.
final class DirHandle {
    var dir: UnsafeMutablePointer<uv_dir_t>?
    var entries = UnsafeMutableBufferPointer<uv_dirent_t>(start: nil, count: 0)

    init(_ dir: UnsafeMutablePointer<uv_dir_t>) {
        self.dir = dir
    }

    deinit {
        if let dir {
            var req = uv_fs_t()
            uv_fs_closedir(nil, &req, dir, nil)
            uv_fs_req_cleanup(&req)
        }
        entries.deallocate()
    }

    nonisolated(unsafe) static let jsClass: JSClassRef = makeNativeClass(name: "DirHandle", methods: [
        NativeMethod("read") { c, _, t, n, a, e in bridge(c, t, n, a, e) { f in try DirHandle.of(f).read(f) } },
        NativeMethod("close") { c, _, t, n, a, e in bridge(c, t, n, a, e) { f in try DirHandle.of(f).close(f) } },
    ], finalize: { object in
        guard let pointer = JSObjectGetPrivate(object) else { return }
        Unmanaged<DirHandle>.fromOpaque(pointer).release()
    })

    static func of(_ call: CallFrame) throws -> DirHandle { try call.receiver(DirHandle.self) }

    func makeObject(_ js: JS) -> JSObjectRef {
        JSObjectMake(js.ctx, DirHandle.jsClass, Unmanaged.passRetained(self).toOpaque())!
    }

    /// read(bufferSize[, req]): null at the end, else [name, type, name, type, ...].
    func read(_ call: CallFrame) throws -> JSValueRef? {
        guard let dir else { throw UVError(-EBADF).thrown(syscall: "scandir") }
        let bufferSize = max(1, try call.int(0))
        if entries.count != bufferSize {
            entries.deallocate()
            entries = .allocate(capacity: bufferSize)
        }
        dir.pointee.dirents = entries.baseAddress
        dir.pointee.nentries = bufferSize
        // The names are copied out (and libuv's copies freed) before JavaScript runs: a callback
        // may close the directory, after which the request's cleanup must not reach it.
        var batch: [(String, Double)] = []
        return try FSRequest.dispatch(call, slot: 1, syscall: "scandir", result: { _, js in
            if batch.isEmpty { return js.null }
            return js.array { values in
                for (name, type) in batch {
                    values.append(js.string(name))
                    values.append(js.number(type))
                }
            }
        }, detach: { req in
            let dir = req.pointee.ptr.assumingMemoryBound(to: uv_dir_t.self)
            for index in 0..<max(0, Int(req.pointee.result)) {
                let entry = dir.pointee.dirents[index]
                batch.append((String(cString: entry.name), Double(entry.type.rawValue)))
                free(UnsafeMutableRawPointer(mutating: entry.name))
                dir.pointee.dirents[index].name = nil
            }
            req.pointee.ptr = nil
        }) { uv_fs_readdir($0, $1, dir, $2) }
    }

    func close(_ call: CallFrame) throws -> JSValueRef? {
        guard let dir else { throw UVError(-EBADF).thrown(syscall: "closedir") }
        self.dir = nil
        return try FSRequest.dispatch(call, slot: 0, syscall: "closedir") { uv_fs_closedir($0, $1, dir, $2) }
    }
}

extension FSBinding {
    /// opendir(path[, req]): a DirHandle.
    static func opendir(_ call: CallFrame) throws -> JSValueRef? {
        let path = try call.path(0)
        return try FSRequest.dispatch(call, slot: 1, syscall: "opendir", path: path.text, result: { req, js in
            let dir = req.pointee.ptr.assumingMemoryBound(to: uv_dir_t.self)
            return DirHandle(dir).makeObject(js)
        }) { uv_fs_opendir($0, $1, path.cString, $2) }
    }
}

extension FSBinding {
    /// statfs(path[, req]): [type, bsize, blocks, bfree, bavail, files, ffree].
    /// Must match StatFs in lib/internal/fs/utils.js.
    static func statfs(_ call: CallFrame) throws -> JSValueRef? {
        let path = try call.path(0)
        return try FSRequest.dispatch(call, slot: 1, syscall: "statfs", path: path.text, result: { req, js in
            let info = req.pointee.ptr.assumingMemoryBound(to: uv_statfs_t.self).pointee
            return js.array([info.f_type, info.f_bsize, info.f_blocks, info.f_bfree, info.f_bavail,
                             info.f_files, info.f_ffree].map { js.number(Double($0)) })
        }) { uv_fs_statfs($0, $1, path.cString, $2) }
    }
}
