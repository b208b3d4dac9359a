import Glibc
import CJavaScriptCore
import CLibUV
import JSBridge
import EventLoop

/// `internalBinding('fs')`: libuv's file-system calls. Every function takes Node's three call
/// shapes (see FSRequest); arguments arrive validated by lib/fs.js.
public enum FSBinding: InternalBinding {
    public static let name = "fs"

    public static func make(_ host: BindingHost) -> JSObjectRef {
        let js = host.js
        let binding = js.object(methods: [
            NativeMethod("internalModuleStat") { c, _, t, n, a, e in bridge(c, t, n, a, e, FSBinding.internalModuleStat) },
            NativeMethod("readFileUtf8") { c, _, t, n, a, e in bridge(c, t, n, a, e, FSBinding.readFileUtf8) },
            NativeMethod("readStdinUtf8") { c, _, t, n, a, e in bridge(c, t, n, a, e, FSBinding.readStdinUtf8) },
            NativeMethod("writeString") { c, _, t, n, a, e in bridge(c, t, n, a, e, FSBinding.writeString) },
            NativeMethod("writeBuffer") { c, _, t, n, a, e in bridge(c, t, n, a, e, FSBinding.writeBuffer) },
            NativeMethod("existsSync") { c, _, t, n, a, e in
                bridge(c, t, n, a, e) { f in f.js.bool(Glibc.access(try f.path(0).cString, F_OK) == 0) }
            },
            NativeMethod("guessHandleType") { c, _, t, n, a, e in
                bridge(c, t, n, a, e) { f in
                    let names = [UV_TTY: "TTY", UV_NAMED_PIPE: "PIPE", UV_TCP: "TCP", UV_UDP: "UDP", UV_FILE: "FILE"]
                    return f.js.string(names[uv_guess_handle(try f.int32(0))] ?? "UNKNOWN")
                }
            },
            NativeMethod("open") { c, _, t, n, a, e in bridge(c, t, n, a, e, FSBinding.open) },
            NativeMethod("close") { c, _, t, n, a, e in bridge(c, t, n, a, e, FSBinding.close) },
            NativeMethod("read") { c, _, t, n, a, e in bridge(c, t, n, a, e, FSBinding.read) },
            NativeMethod("write") { c, _, t, n, a, e in bridge(c, t, n, a, e, FSBinding.write) },
            NativeMethod("readBuffers") { c, _, t, n, a, e in bridge(c, t, n, a, e, FSBinding.readBuffers) },
            NativeMethod("writeBuffers") { c, _, t, n, a, e in bridge(c, t, n, a, e, FSBinding.writeBuffers) },
            NativeMethod("stat") { c, _, t, n, a, e in bridge(c, t, n, a, e) { f in try FSBinding.statCall(f, kind: 0) } },
            NativeMethod("lstat") { c, _, t, n, a, e in bridge(c, t, n, a, e) { f in try FSBinding.statCall(f, kind: 1) } },
            NativeMethod("fstat") { c, _, t, n, a, e in bridge(c, t, n, a, e) { f in try FSBinding.statCall(f, kind: 2) } },
            NativeMethod("mkdir") { c, _, t, n, a, e in bridge(c, t, n, a, e, FSBinding.mkdir) },
            NativeMethod("rmdir") { c, _, t, n, a, e in bridge(c, t, n, a, e, FSBinding.rmdir) },
            NativeMethod("unlink") { c, _, t, n, a, e in bridge(c, t, n, a, e, FSBinding.unlink) },
            NativeMethod("readdir") { c, _, t, n, a, e in bridge(c, t, n, a, e, FSBinding.readdir) },
            NativeMethod("opendir") { c, _, t, n, a, e in bridge(c, t, n, a, e, FSBinding.opendir) },
            NativeMethod("statfs") { c, _, t, n, a, e in bridge(c, t, n, a, e, FSBinding.statfs) },
            NativeMethod("createStatWatcher") { c, _, t, n, a, e in bridge(c, t, n, a, e, FSBinding.createStatWatcher) },
            NativeMethod("rename") { c, _, t, n, a, e in bridge(c, t, n, a, e, FSBinding.rename) },
            NativeMethod("realpath") { c, _, t, n, a, e in bridge(c, t, n, a, e, FSBinding.realpath) },
            NativeMethod("mkdtemp") { c, _, t, n, a, e in bridge(c, t, n, a, e, FSBinding.mkdtemp) },
            NativeMethod("access") { c, _, t, n, a, e in bridge(c, t, n, a, e, FSBinding.access) },
            NativeMethod("chmod") { c, _, t, n, a, e in bridge(c, t, n, a, e, FSBinding.chmod) },
            NativeMethod("symlink") { c, _, t, n, a, e in bridge(c, t, n, a, e, FSBinding.symlink) },
            NativeMethod("readlink") { c, _, t, n, a, e in bridge(c, t, n, a, e, FSBinding.readlink) },
            NativeMethod("link") { c, _, t, n, a, e in bridge(c, t, n, a, e, FSBinding.link) },
            NativeMethod("ftruncate") { c, _, t, n, a, e in bridge(c, t, n, a, e, FSBinding.ftruncate) },
            NativeMethod("fsync") { c, _, t, n, a, e in bridge(c, t, n, a, e, FSBinding.fsync) },
            NativeMethod("copyFile") { c, _, t, n, a, e in bridge(c, t, n, a, e, FSBinding.copyFile) },
            NativeMethod("utimes") { c, _, t, n, a, e in bridge(c, t, n, a, e, FSBinding.utimes) },
        ] + metadataMethods)
        let promisesMarker = js.object()
        JSValueProtect(js.ctx, promisesMarker)
        FSRequest.kUsePromises = promisesMarker
        js.set(binding, "kUsePromises", promisesMarker)
        let statValues = JSObjectMakeTypedArray(js.ctx, kJSTypedArrayTypeFloat64Array, statFieldCount, nil)!
        JSValueProtect(js.ctx, statValues)
        FSBinding.statValues = statValues
        FSBinding.statStorage = js.bytes(of: statValues)!.bindMemory(to: Double.self)
        js.set(binding, "statValues", statValues)
        return binding
    }

    // MARK: - Module loader and stdio helpers (synchronous only)

    /// internalModuleStat(path): 0 for a file, 1 for a directory, a negative errno otherwise.
    static func internalModuleStat(_ call: CallFrame) throws -> JSValueRef? {
        var req = uv_fs_t()
        let status = uv_fs_stat(nil, &req, try call.string(0), nil)
        defer { uv_fs_req_cleanup(&req) }
        guard status == 0 else { return call.js.number(status) }
        return call.js.number((req.statbuf.st_mode & 0o170000) == 0o040000 ? 1 : 0)  // S_IFMT, S_IFDIR
    }

    /// Everything left to read on `fd` (sized by fstat for a regular file), decoded as UTF-8.
    static func readUTF8(_ js: JS, _ fd: Int32) throws -> JSValueRef {
        var info = stat()
        let regular = fstat(fd, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG
        // One byte more than the file's size, so that end of file shows without growing (files
        // of /proc report size 0).
        var capacity = regular && info.st_size > 0 ? Int(info.st_size) + 1 : 65536
        var buffer = UnsafeMutableRawPointer.allocate(byteCount: capacity, alignment: 16)
        defer { buffer.deallocate() }
        var count = 0
        while true {
            if count == capacity {
                let grown = UnsafeMutableRawPointer.allocate(byteCount: capacity * 2, alignment: 16)
                grown.copyMemory(from: buffer, byteCount: count)
                buffer.deallocate()
                buffer = grown
                capacity *= 2
            }
            let read = Glibc.read(fd, buffer + count, capacity - count)
            if read < 0 {
                if errno == EINTR { continue }
                throw UVError(-errno).thrown(syscall: "read")
            }
            if read == 0 { break }
            count += read
        }
        return BufferBinding.utf8String(js, UnsafeRawBufferPointer(start: buffer, count: count))
    }

    static func readFileUtf8(_ call: CallFrame) throws -> JSValueRef? {
        let path = try call.path(0)
        let fd = Glibc.open(path.cString, O_RDONLY | O_CLOEXEC)
        if fd < 0 { throw UVError(-errno).thrown(syscall: "open", path: path.text) }
        defer { Glibc.close(fd) }
        return try readUTF8(call.js, fd)
    }

    static func readStdinUtf8(_ call: CallFrame) throws -> JSValueRef? {
        try readUTF8(call.js, 0)
    }

    /// Writes all bytes, waiting with poll(2) when the descriptor is non-blocking and full, so
    /// that output written just before exit is never lost.
    static func writeAll(_ fd: Int32, _ buffer: UnsafeRawBufferPointer) throws -> Int {
        var offset = 0
        while offset < buffer.count {
            let written = Glibc.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                if errno == EAGAIN {
                    var pollfd = pollfd(fd: fd, events: Int16(POLLOUT), revents: 0)
                    _ = poll(&pollfd, 1, -1)
                    continue
                }
                throw UVError(-errno).thrown(syscall: "write")
            }
            offset += written
        }
        return offset
    }

    static func writeString(_ call: CallFrame) throws -> JSValueRef? {
        let fd = try call.int32(0)
        var text = try call.string(1)
        let count = try text.withUTF8 { try writeAll(fd, UnsafeRawBufferPointer($0)) }
        return call.js.number(count)
    }

    static func writeBuffer(_ call: CallFrame) throws -> JSValueRef? {
        let fd = try call.int32(0)
        let bytes = try call.bytes(1)
        let offset = call.has(2) ? try call.int(2) : 0
        let length = call.has(3) ? try call.int(3) : bytes.count - offset
        guard offset >= 0, length >= 0, offset + length <= bytes.count else {
            throw NativeError.error("offset or length out of range", constructor: "RangeError", code: "ERR_OUT_OF_RANGE")
        }
        return call.js.number(try writeAll(fd, UnsafeRawBufferPointer(rebasing: bytes[offset..<(offset + length)])))
    }

    // MARK: - libuv file-system calls

    static func open(_ call: CallFrame) throws -> JSValueRef? {
        let path = try call.path(0), flags = try call.int32(1), mode = try call.int32(2)
        return try FSRequest.dispatch(call, slot: 3, syscall: "open", path: path.text) { loop, req, done in
            uv_fs_open(loop, req, path.cString, flags, mode, done)
        }
    }

    static func close(_ call: CallFrame) throws -> JSValueRef? {
        let fd = try call.int32(0)
        return try FSRequest.dispatch(call, slot: 1, syscall: "close") { loop, req, done in
            uv_fs_close(loop, req, fd, done)
        }
    }

    /// The (fd, buffer slice, position) arguments of read and write; for a request that outlives
    /// this call the buffer stays referenced by the caller's request object, and pinned.
    static func ioArguments(_ call: CallFrame) throws -> (Int32, uv_buf_t, Int64) {
        let fd = try call.int32(0)
        let bytes = FSRequest.isSynchronous(call, slot: 5) ? try call.bytes(1) : try call.pinnedBytes(1)
        let offset = try call.int(2), length = try call.int(3)
        let position = try call.filePosition(4)
        guard offset >= 0, length >= 0, offset + length <= bytes.count, length <= Int(UInt32.max) else {
            throw NativeError.error("offset or length out of range", constructor: "RangeError", code: "ERR_OUT_OF_RANGE")
        }
        let base = bytes.baseAddress.map { $0.advanced(by: offset).assumingMemoryBound(to: CChar.self) }
        return (fd, uv_buf_init(base, UInt32(length)), position)
    }

    /// read(fd, buffer, offset, length, position): bytes read.
    static func read(_ call: CallFrame) throws -> JSValueRef? {
        var (fd, buffer, position) = try ioArguments(call)
        return try FSRequest.dispatch(call, slot: 5, syscall: "read") { loop, req, done in
            uv_fs_read(loop, req, fd, &buffer, 1, position, done)
        }
    }

    static func write(_ call: CallFrame) throws -> JSValueRef? {
        var (fd, buffer, position) = try ioArguments(call)
        return try FSRequest.dispatch(call, slot: 5, syscall: "write") { loop, req, done in
            uv_fs_write(loop, req, fd, &buffer, 1, position, done)
        }
    }

    /// The (fd, views, position) arguments of readv and writev. libuv copies the uv_buf_t array
    /// when the request starts; the views themselves stay referenced by the caller's request.
    static func vectorArguments(_ call: CallFrame) throws -> (Int32, [uv_buf_t], Int64) {
        let fd = try call.int32(0), views = try call.object(1)
        let count = max(0, Int.clamping(call.js.toNumber(call.js.get(views, "length"))))
        let buffers = try (0..<count).map { index -> uv_buf_t in
            guard let bytes = call.js.bytes(of: JSObjectGetPropertyAtIndex(call.ctx, views, UInt32(index), nil)),
                  bytes.count <= Int(UInt32.max) else { throw NativeError.argument(1, "an array of ArrayBufferViews") }
            return uv_buf_init(bytes.baseAddress?.assumingMemoryBound(to: CChar.self), UInt32(bytes.count))
        }
        let position = try call.filePosition(2)
        return (fd, buffers, position)
    }

    /// readBuffers(fd, views, position): bytes read, filling the views in order.
    static func readBuffers(_ call: CallFrame) throws -> JSValueRef? {
        var (fd, buffers, position) = try vectorArguments(call)
        return try FSRequest.dispatch(call, slot: 3, syscall: "read") { loop, req, done in
            uv_fs_read(loop, req, fd, &buffers, UInt32(buffers.count), position, done)
        }
    }

    /// writeBuffers(fd, views, position): bytes written from the views in order.
    static func writeBuffers(_ call: CallFrame) throws -> JSValueRef? {
        var (fd, buffers, position) = try vectorArguments(call)
        return try FSRequest.dispatch(call, slot: 3, syscall: "write") { loop, req, done in
            uv_fs_write(loop, req, fd, &buffers, UInt32(buffers.count), position, done)
        }
    }

    // Must match the kStatFields order in lib/internal/fs/utils.js.
    /// Must match getStatsFromBinding in lib/internal/fs/utils.js (18 fields).
    static let statFieldCount = 18

    /// The Float64Array synchronous stat calls fill and return (`binding.statValues`), as Node
    /// does: the caller copies the fields out before the next call, so no array is made per call.
    nonisolated(unsafe) static var statValues: JSObjectRef?
    nonisolated(unsafe) static var statStorage: UnsafeMutableBufferPointer<Double>?

    static func fillStat(_ info: uv_stat_t, _ storage: UnsafeMutableBufferPointer<Double>) {
        storage[0] = Double(info.st_dev)
        storage[1] = Double(info.st_mode)
        storage[2] = Double(info.st_nlink)
        storage[3] = Double(info.st_uid)
        storage[4] = Double(info.st_gid)
        storage[5] = Double(info.st_rdev)
        storage[6] = Double(info.st_blksize)
        storage[7] = Double(info.st_ino)
        storage[8] = Double(info.st_size)
        storage[9] = Double(info.st_blocks)
        storage[10] = Double(info.st_atim.tv_sec)
        storage[11] = Double(info.st_atim.tv_nsec)
        storage[12] = Double(info.st_mtim.tv_sec)
        storage[13] = Double(info.st_mtim.tv_nsec)
        storage[14] = Double(info.st_ctim.tv_sec)
        storage[15] = Double(info.st_ctim.tv_nsec)
        storage[16] = Double(info.st_birthtim.tv_sec)
        storage[17] = Double(info.st_birthtim.tv_nsec)
    }

    /// A new Float64Array of the stat fields, for results that outlive the call (async forms).
    static func statArray(_ info: uv_stat_t, _ js: JS) -> JSValueRef {
        let array = JSObjectMakeTypedArray(js.ctx, kJSTypedArrayTypeFloat64Array, statFieldCount, nil)!
        fillStat(info, js.bytes(of: array)!.bindMemory(to: Double.self))
        return array
    }

    /// The shared array for a synchronous call (no request object), else a new one.
    static func statResult(_ call: CallFrame, slot: Int) -> FSRequest.Result {
        if !JSValueIsObject(call.ctx, call[slot]), let shared = statValues, let storage = statStorage {
            return { req, _ in fillStat(req.pointee.statbuf, storage); return shared }
        }
        return { req, js in statArray(req.pointee.statbuf, js) }
    }

    /// stat(path[, req, missingIsUndefined]) / lstat(...) / fstat(fd[, req]): a Float64Array of
    /// the stat fields. With `missingIsUndefined` (statSync's throwIfNoEntry: false), a synchronous
    /// call answers undefined for ENOENT (as in Node, only that) instead of building an error to be
    /// dropped.
    static func statCall(_ call: CallFrame, kind: Int) throws -> JSValueRef? {
        // The synchronous stat/lstat of a path, the hot case (module resolution, statSync loops):
        // straight from the JS string to the syscall and into the shared array.
        if kind != 2, !JSValueIsObject(call.ctx, call[1]), let shared = statValues, let storage = statStorage {
            let missingIsUndefined = call.bool(2)
            let statPath = { (path: UnsafePointer<CChar>) throws -> JSValueRef? in
                var req = uv_fs_t()
                let status = kind == 0 ? uv_fs_stat(nil, &req, path, nil) : uv_fs_lstat(nil, &req, path, nil)
                defer { uv_fs_req_cleanup(&req) }
                if status == -ENOENT && missingIsUndefined {
                    return JSValueMakeUndefined(call.ctx)
                }
                if status < 0 {
                    throw UVError(status).thrown(syscall: kind == 0 ? "stat" : "lstat", path: String(cString: path))
                }
                fillStat(req.statbuf, storage)
                return shared
            }
            if JSValueIsString(call.ctx, call[0]) { return try call.withCString(0, statPath) }
            return try statPath(try call.path(0).cString)
        }
        let result = statResult(call, slot: 1)
        if kind == 2 {
            let fd = try call.int32(0)
            return try FSRequest.dispatch(call, slot: 1, syscall: "fstat", result: result) { uv_fs_fstat($0, $1, fd, $2) }
        }
        let path = try call.path(0)
        if kind == 1 {
            return try FSRequest.dispatch(call, slot: 1, syscall: "lstat", path: path.text, result: result) {
                uv_fs_lstat($0, $1, path.cString, $2)
            }
        }
        return try FSRequest.dispatch(call, slot: 1, syscall: "stat", path: path.text, result: result) {
            uv_fs_stat($0, $1, path.cString, $2)
        }
    }

    static func mkdir(_ call: CallFrame) throws -> JSValueRef? {
        let path = try call.path(0), mode = try call.int32(1)
        return try FSRequest.dispatch(call, slot: 2, syscall: "mkdir", path: path.text) { uv_fs_mkdir($0, $1, path.cString, mode, $2) }
    }

    static func rmdir(_ call: CallFrame) throws -> JSValueRef? {
        let path = try call.path(0)
        return try FSRequest.dispatch(call, slot: 1, syscall: "rmdir", path: path.text) { uv_fs_rmdir($0, $1, path.cString, $2) }
    }

    static func unlink(_ call: CallFrame) throws -> JSValueRef? {
        let path = try call.path(0)
        return try FSRequest.dispatch(call, slot: 1, syscall: "unlink", path: path.text) { uv_fs_unlink($0, $1, path.cString, $2) }
    }

    /// readdir(path, withTypes): names, or [names, types] with uv_dirent_type_t values.
    /// readdir(path, withTypes[, req[, asBytes]]): the names joined by '/' (which no name contains), and
    /// with types a Uint8Array of their uv_dirent_type_t: two values cross, not one per entry.
    /// Must match namesOfReaddir in lib/fs.js.
    static func readdir(_ call: CallFrame) throws -> JSValueRef? {
        // asBytes (argument 3): the joined names as a Uint8Array of the file system's own bytes,
        // for encodings other than UTF-8 (names need not be valid UTF-8).
        let path = try call.path(0), withTypes = call.bool(1), asBytes = call.bool(3)
        return try FSRequest.dispatch(call, slot: 2, syscall: "scandir", path: path.text, result: { req, js in
            var joined: [UInt8] = []
            var types: [UInt8] = []
            var entry = uv_dirent_t()
            while uv_fs_scandir_next(req, &entry) != UV_EOF.rawValue {
                if !types.isEmpty { joined.append(UInt8(ascii: "/")) }
                var name = entry.name!
                while name.pointee != 0 {
                    joined.append(UInt8(bitPattern: name.pointee))
                    name += 1
                }
                types.append(UInt8(truncatingIfNeeded: entry.type.rawValue))
            }
            let names: JSValueRef
            if asBytes {
                let bytes = JSObjectMakeTypedArray(js.ctx, kJSTypedArrayTypeUint8Array, joined.count, nil)!
                if !joined.isEmpty { joined.withUnsafeBytes { js.bytes(of: bytes)!.copyMemory(from: $0) } }
                names = bytes
            } else {
                names = js.string(String(decoding: joined, as: UTF8.self))
            }
            guard withTypes else { return names }
            let typeArray = JSObjectMakeTypedArray(js.ctx, kJSTypedArrayTypeUint8Array, types.count, nil)!
            if !types.isEmpty {
                types.withUnsafeBytes { js.bytes(of: typeArray)!.copyMemory(from: $0) }
            }
            return js.array([names, typeArray])
        }) { uv_fs_scandir($0, $1, path.cString, 0, $2) }
    }

    static func rename(_ call: CallFrame) throws -> JSValueRef? {
        let from = try call.path(0), to = try call.path(1)
        return try FSRequest.dispatch(call, slot: 2, syscall: "rename", path: from.text, dest: to.text) {
            uv_fs_rename($0, $1, from.cString, to.cString, $2)
        }
    }

    static func pathResult(_ req: UnsafeMutablePointer<uv_fs_t>, _ js: JS) -> JSValueRef {
        js.string(String(cString: req.pointee.ptr.assumingMemoryBound(to: CChar.self)))
    }

    static func realpath(_ call: CallFrame) throws -> JSValueRef? {
        let path = try call.path(0)
        return try FSRequest.dispatch(call, slot: 1, syscall: "realpath", path: path.text, result: pathResult) {
            uv_fs_realpath($0, $1, path.cString, $2)
        }
    }

    static func readlink(_ call: CallFrame) throws -> JSValueRef? {
        let path = try call.path(0)
        return try FSRequest.dispatch(call, slot: 1, syscall: "readlink", path: path.text, result: pathResult) {
            uv_fs_readlink($0, $1, path.cString, $2)
        }
    }

    static func mkdtemp(_ call: CallFrame) throws -> JSValueRef? {
        let template = try call.path(0).appending("XXXXXX")
        return try FSRequest.dispatch(call, slot: 1, syscall: "mkdtemp", path: template.text, result: { req, js in
            js.string(String(cString: req.pointee.path))
        }) { uv_fs_mkdtemp($0, $1, template.cString, $2) }
    }

    static func access(_ call: CallFrame) throws -> JSValueRef? {
        let path = try call.path(0), mode = try call.int32(1)
        return try FSRequest.dispatch(call, slot: 2, syscall: "access", path: path.text) { uv_fs_access($0, $1, path.cString, mode, $2) }
    }

    static func chmod(_ call: CallFrame) throws -> JSValueRef? {
        let path = try call.path(0), mode = try call.int32(1)
        return try FSRequest.dispatch(call, slot: 2, syscall: "chmod", path: path.text) { uv_fs_chmod($0, $1, path.cString, mode, $2) }
    }

    static func symlink(_ call: CallFrame) throws -> JSValueRef? {
        let target = try call.path(0), path = try call.path(1), flags = try call.int32(2)
        return try FSRequest.dispatch(call, slot: 3, syscall: "symlink", path: target.text, dest: path.text) {
            uv_fs_symlink($0, $1, target.cString, path.cString, flags, $2)
        }
    }

    static func link(_ call: CallFrame) throws -> JSValueRef? {
        let existing = try call.path(0), path = try call.path(1)
        return try FSRequest.dispatch(call, slot: 2, syscall: "link", path: existing.text, dest: path.text) {
            uv_fs_link($0, $1, existing.cString, path.cString, $2)
        }
    }

    static func ftruncate(_ call: CallFrame) throws -> JSValueRef? {
        let fd = try call.int32(0), length = Int64.clamping(try call.double(1))
        return try FSRequest.dispatch(call, slot: 2, syscall: "ftruncate") { uv_fs_ftruncate($0, $1, fd, length, $2) }
    }

    static func fsync(_ call: CallFrame) throws -> JSValueRef? {
        let fd = try call.int32(0)
        return try FSRequest.dispatch(call, slot: 1, syscall: "fsync") { uv_fs_fsync($0, $1, fd, $2) }
    }

    static func copyFile(_ call: CallFrame) throws -> JSValueRef? {
        let from = try call.path(0), to = try call.path(1), flags = try call.int32(2)
        return try FSRequest.dispatch(call, slot: 3, syscall: "copyfile", path: from.text, dest: to.text) {
            uv_fs_copyfile($0, $1, from.cString, to.cString, flags, $2)
        }
    }

    static func utimes(_ call: CallFrame) throws -> JSValueRef? {
        let path = try call.path(0), atime = try call.double(1), mtime = try call.double(2)
        return try FSRequest.dispatch(call, slot: 3, syscall: "utime", path: path.text) { uv_fs_utime($0, $1, path.cString, atime, mtime, $2) }
    }
}
