import CJavaScriptCore
import CLibUV
import JSBridge

/// The descriptor and no-follow variants of chmod/chown/utimes, and fdatasync.
extension FSBinding {
    static var metadataMethods: [NativeMethod] {
        [
            NativeMethod("fchmod") { c, _, t, n, a, e in bridge(c, t, n, a, e, FSBinding.fchmod) },
            NativeMethod("chown") { c, _, t, n, a, e in bridge(c, t, n, a, e) { f in try FSBinding.chown(f, follow: true) } },
            NativeMethod("lchown") { c, _, t, n, a, e in bridge(c, t, n, a, e) { f in try FSBinding.chown(f, follow: false) } },
            NativeMethod("fchown") { c, _, t, n, a, e in bridge(c, t, n, a, e, FSBinding.fchown) },
            NativeMethod("futimes") { c, _, t, n, a, e in bridge(c, t, n, a, e, FSBinding.futimes) },
            NativeMethod("lutimes") { c, _, t, n, a, e in bridge(c, t, n, a, e, FSBinding.lutimes) },
            NativeMethod("fdatasync") { c, _, t, n, a, e in bridge(c, t, n, a, e, FSBinding.fdatasync) },
        ]
    }

    static func fchmod(_ call: CallFrame) throws -> JSValueRef? {
        let fd = try call.int32(0), mode = try call.int32(1)
        return try FSRequest.dispatch(call, slot: 2, syscall: "fchmod") { uv_fs_fchmod($0, $1, fd, mode, $2) }
    }

    /// chown(path, uid, gid) / lchown(path, uid, gid); -1 leaves an id unchanged.
    static func chown(_ call: CallFrame, follow: Bool) throws -> JSValueRef? {
        let path = try call.path(0), uid = uv_uid_t(truncatingIfNeeded: try call.int(1))
        let gid = uv_gid_t(truncatingIfNeeded: try call.int(2))
        if follow {
            return try FSRequest.dispatch(call, slot: 3, syscall: "chown", path: path.text) { uv_fs_chown($0, $1, path.cString, uid, gid, $2) }
        }
        return try FSRequest.dispatch(call, slot: 3, syscall: "lchown", path: path.text) { uv_fs_lchown($0, $1, path.cString, uid, gid, $2) }
    }

    static func fchown(_ call: CallFrame) throws -> JSValueRef? {
        let fd = try call.int32(0), uid = uv_uid_t(truncatingIfNeeded: try call.int(1))
        let gid = uv_gid_t(truncatingIfNeeded: try call.int(2))
        return try FSRequest.dispatch(call, slot: 3, syscall: "fchown") { uv_fs_fchown($0, $1, fd, uid, gid, $2) }
    }

    static func futimes(_ call: CallFrame) throws -> JSValueRef? {
        let fd = try call.int32(0), atime = try call.double(1), mtime = try call.double(2)
        return try FSRequest.dispatch(call, slot: 3, syscall: "futime") { uv_fs_futime($0, $1, fd, atime, mtime, $2) }
    }

    static func lutimes(_ call: CallFrame) throws -> JSValueRef? {
        let path = try call.path(0), atime = try call.double(1), mtime = try call.double(2)
        return try FSRequest.dispatch(call, slot: 3, syscall: "lutime", path: path.text) { uv_fs_lutime($0, $1, path.cString, atime, mtime, $2) }
    }

    static func fdatasync(_ call: CallFrame) throws -> JSValueRef? {
        let fd = try call.int32(0)
        return try FSRequest.dispatch(call, slot: 1, syscall: "fdatasync") { uv_fs_fdatasync($0, $1, fd, $2) }
    }
}
