import Glibc
import CJavaScriptCore
import CLibUV
import JSBridge
import EventLoop

/// `internalBinding('fs')`: the synchronous file calls the module loader and stdio need.
/// Each returns raw results; failures become Node errors through `UVError.thrown`.
public enum FSBinding: InternalBinding {
    public static let name = "fs"

    public static func make(_ host: BindingHost) -> JSObjectRef {
        host.js.object(methods: [
            NativeMethod("internalModuleStat") { c, _, t, n, a, e in bridge(c, t, n, a, e, FSBinding.internalModuleStat) },
            NativeMethod("readFileUtf8") { c, _, t, n, a, e in bridge(c, t, n, a, e, FSBinding.readFileUtf8) },
            NativeMethod("realpath") { c, _, t, n, a, e in bridge(c, t, n, a, e, FSBinding.realpath) },
            NativeMethod("writeString") { c, _, t, n, a, e in bridge(c, t, n, a, e, FSBinding.writeString) },
            NativeMethod("writeBuffer") { c, _, t, n, a, e in bridge(c, t, n, a, e, FSBinding.writeBuffer) },
            NativeMethod("readStdinUtf8") { c, _, t, n, a, e in bridge(c, t, n, a, e, FSBinding.readStdinUtf8) },
            NativeMethod("existsSync") { c, _, t, n, a, e in
                bridge(c, t, n, a, e) { f in f.js.bool(access(try f.string(0), F_OK) == 0) }
            },
            NativeMethod("guessHandleType") { c, _, t, n, a, e in
                bridge(c, t, n, a, e) { f in
                    let names = [UV_TTY: "TTY", UV_NAMED_PIPE: "PIPE", UV_TCP: "TCP", UV_UDP: "UDP", UV_FILE: "FILE"]
                    return f.js.string(names[uv_guess_handle(try f.int32(0))] ?? "UNKNOWN")
                }
            },
        ])
    }

    /// internalModuleStat(path): 0 for a file, 1 for a directory, a negative errno otherwise.
    static func internalModuleStat(_ call: CallFrame) throws -> JSValueRef? {
        var info = stat()
        guard stat(try call.string(0), &info) == 0 else { return call.js.number(-errno) }
        return call.js.number((info.st_mode & S_IFMT) == S_IFDIR ? 1 : 0)
    }

    static func readAll(_ fd: Int32) -> (bytes: [UInt8], errno: Int32) {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = read(fd, &chunk, chunk.count)
            if count < 0 {
                if errno == EINTR { continue }
                return (bytes, errno)
            }
            if count == 0 { return (bytes, 0) }
            bytes.append(contentsOf: chunk[0..<count])
        }
    }

    static func readFileUtf8(_ call: CallFrame) throws -> JSValueRef? {
        let path = try call.string(0)
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        if fd < 0 { throw UVError(-errno).thrown(syscall: "open", path: path) }
        defer { close(fd) }
        let (bytes, failure) = readAll(fd)
        if failure != 0 { throw UVError(-failure).thrown(syscall: "read") }
        return call.js.string(String(decoding: bytes, as: UTF8.self))
    }

    static func readStdinUtf8(_ call: CallFrame) throws -> JSValueRef? {
        let (bytes, failure) = readAll(0)
        if failure != 0 { throw UVError(-failure).thrown(syscall: "read") }
        return call.js.string(String(decoding: bytes, as: UTF8.self))
    }

    static func realpath(_ call: CallFrame) throws -> JSValueRef? {
        let path = try call.string(0)
        guard let resolved = Glibc.realpath(path, nil) else {
            throw UVError(-errno).thrown(syscall: "realpath", path: path)
        }
        defer { free(resolved) }
        return call.js.string(String(cString: resolved))
    }

    /// Writes all bytes, waiting with poll(2) when the descriptor is non-blocking and full, so
    /// that output written just before exit is never lost.
    static func writeAll(_ fd: Int32, _ buffer: UnsafeRawBufferPointer) throws -> Int {
        var offset = 0
        while offset < buffer.count {
            let written = write(fd, buffer.baseAddress! + offset, buffer.count - offset)
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
}
