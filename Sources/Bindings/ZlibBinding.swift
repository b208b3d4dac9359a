import Glibc
import CJavaScriptCore
import CZlib
import JSBridge

/// A zlib (de)compression stream as a JS object. `process(bytes, flush)` runs the input through
/// at once and returns the output as one ArrayBuffer; lib/zlib.js shapes the streams and the
/// convenience functions around it. A failure throws an Error whose code is zlib's (Z_DATA_ERROR…).
///
/// Lifetime: the object owns the stream (a retained reference behind its private pointer),
/// ended by close() or when the object is collected.
final class ZlibStream {
    /// Must match the mode numbers in lib/zlib.js
    enum Mode: Int32 {
        case deflate = 1, inflate, gzip, gunzip, deflateRaw, inflateRaw, unzip
        var compresses: Bool { self == .deflate || self == .gzip || self == .deflateRaw }
    }

    private var stream = z_stream()
    let mode: Mode
    private let level: Int32, windowBits: Int32, memLevel: Int32, strategy: Int32
    private let dictionary: [UInt8]?
    private var open = false
    /// The end of the compressed data was met: later input is ignored (trailing bytes).
    private var finished = false

    init(mode: Mode, level: Int32, windowBits: Int32, memLevel: Int32, strategy: Int32, dictionary: [UInt8]?) throws {
        self.mode = mode
        self.level = level
        self.windowBits = windowBits
        self.memLevel = memLevel
        self.strategy = strategy
        self.dictionary = dictionary
        try start()
    }

    deinit { close() }

    private var effectiveWindowBits: Int32 {
        switch mode {
        case .gzip, .gunzip: return windowBits + 16
        case .unzip: return windowBits + 32
        case .deflateRaw, .inflateRaw: return -windowBits
        case .deflate, .inflate: return windowBits
        }
    }

    private func start() throws {
        let status = mode.compresses ?
            apus_deflate_init(&stream, level, effectiveWindowBits, memLevel, strategy) :
            apus_inflate_init(&stream, effectiveWindowBits)
        guard status == Z_OK else { throw ZlibStream.error(status, message: nil) }
        open = true
        finished = false
        if let dictionary, mode == .deflate || mode == .deflateRaw || mode == .inflateRaw {
            try setDictionary(dictionary)
        }
    }

    private func setDictionary(_ bytes: [UInt8]) throws {
        let status = bytes.withUnsafeBufferPointer { buffer in
            mode.compresses ? deflateSetDictionary(&stream, buffer.baseAddress, UInt32(buffer.count)) :
                inflateSetDictionary(&stream, buffer.baseAddress, UInt32(buffer.count))
        }
        guard status == Z_OK else {
            throw ZlibStream.error(status == Z_DATA_ERROR ? Z_NEED_DICT : status, message: "Bad dictionary")
        }
    }

    func close() {
        guard open else { return }
        open = false
        if mode.compresses { deflateEnd(&stream) } else { inflateEnd(&stream) }
    }

    func reset() throws {
        guard open else { return }
        let status = mode.compresses ? deflateReset(&stream) : inflateReset(&stream)
        guard status == Z_OK else { throw ZlibStream.error(status, message: nil) }
        finished = false
        if let dictionary, mode == .deflate || mode == .deflateRaw || mode == .inflateRaw { try setDictionary(dictionary) }
    }

    func params(level: Int32, strategy: Int32) throws {
        guard open, mode.compresses else { return }
        let status = deflateParams(&stream, level, strategy)
        guard status == Z_OK || status == Z_BUF_ERROR else { throw ZlibStream.error(status, message: nil) }
    }

    static func error(_ status: Int32, message: String?) -> NativeError {
        let code: String
        switch status {
        case Z_NEED_DICT: code = "Z_NEED_DICT"
        case Z_ERRNO: code = "Z_ERRNO"
        case Z_STREAM_ERROR: code = "Z_STREAM_ERROR"
        case Z_DATA_ERROR: code = "Z_DATA_ERROR"
        case Z_MEM_ERROR: code = "Z_MEM_ERROR"
        case Z_BUF_ERROR: code = "Z_BUF_ERROR"
        case Z_VERSION_ERROR: code = "Z_VERSION_ERROR"
        default: code = "Z_UNKNOWN"
        }
        let text = message ?? (status == Z_NEED_DICT ? "Missing dictionary" : "zlib error")
        return .error(text, code: code)
    }

    /// All the output `input` gives with `flush`, in a malloc'd buffer (nil when empty).
    func process(_ input: UnsafeRawBufferPointer, flush: Int32) throws -> (UnsafeMutableRawPointer?, Int) {
        guard open else { throw NativeError.error("zlib binding closed", code: "ERR_ZLIB_BINDING_CLOSED") }
        if finished {
            // After a gzip member, input that starts another one begins it; anything else after
            // the end is ignored.
            guard mode == .gunzip || mode == .unzip, input.count > 0, input[0] == 0x1f else { return (nil, 0) }
            inflateReset(&stream)
            finished = false
        }
        var capacity = max(16 * 1024, mode.compresses ? input.count / 2 + 64 : input.count * 4)
        var output = malloc(capacity)!
        var produced = 0
        stream.next_in = UnsafeMutablePointer(mutating: input.baseAddress?.assumingMemoryBound(to: Bytef.self))
        stream.avail_in = UInt32(input.count)
        defer {
            stream.next_in = nil
            stream.avail_in = 0
        }
        while true {
            if produced == capacity {
                capacity *= 2
                output = realloc(output, capacity)!
            }
            stream.next_out = (output + produced).assumingMemoryBound(to: Bytef.self)
            stream.avail_out = UInt32(capacity - produced)
            let before = stream.avail_out
            let availableBefore = stream.avail_in
            var status = mode.compresses ? deflate(&stream, flush) : inflate(&stream, flush)
            produced += Int(before - stream.avail_out)
            if status == Z_NEED_DICT {
                guard let dictionary else {
                    free(output)
                    throw ZlibStream.error(Z_NEED_DICT, message: "Missing dictionary")
                }
                do {
                    try setDictionary(dictionary)
                } catch {
                    free(output)
                    throw error
                }
                continue
            }
            if status == Z_STREAM_END {
                // A gzip file may hold several members, one after another.
                if mode == .gunzip || mode == .unzip, stream.avail_in >= 1, stream.next_in.pointee == 0x1f {
                    inflateReset(&stream)
                    continue
                }
                if !mode.compresses { finished = true }
                break
            }
            if status == Z_BUF_ERROR {
                if stream.avail_out != 0 {
                    // No progress is possible without more input: at Z_FINISH that is a
                    // truncated stream.
                    if flush == Z_FINISH && !mode.compresses {
                        free(output)
                        throw ZlibStream.error(Z_BUF_ERROR, message: "unexpected end of file")
                    }
                    break
                }
                status = Z_OK
            }
            if status < 0 {
                let message = stream.msg.map { String(cString: $0) }
                free(output)
                throw ZlibStream.error(status == Z_NEED_DICT ? Z_NEED_DICT : status, message: message)
            }
            if stream.avail_out != 0 && (stream.avail_in == 0 || availableBefore == stream.avail_in) { break }
        }
        if produced == 0 {
            free(output)
            return (nil, 0)
        }
        return (output, produced)
    }

    static func of(_ call: CallFrame) throws -> ZlibStream { try call.receiver(ZlibStream.self) }

    nonisolated(unsafe) static let jsClass: JSClassRef = {
        makeNativeClass(name: "Zlib", methods: [
            // process(bytes, flush): ArrayBuffer of the output, or undefined when there is none.
            NativeMethod("process") { c, _, t, n, a, e in
                bridge(c, t, n, a, e) { f in
                    let zlib = try ZlibStream.of(f)
                    let (bytes, count) = try zlib.process(UnsafeRawBufferPointer(try f.bytes(0)), flush: try f.int32(1))
                    guard let bytes else { return f.js.undefined }
                    return try AdoptedMemory.arrayBuffer(f.ctx, adopting: bytes, count: count)
                }
            },
            NativeMethod("reset") { c, _, t, n, a, e in bridge(c, t, n, a, e) { f in try ZlibStream.of(f).reset(); return nil } },
            NativeMethod("params") { c, _, t, n, a, e in
                bridge(c, t, n, a, e) { f in try ZlibStream.of(f).params(level: try f.int32(0), strategy: try f.int32(1)); return nil }
            },
            NativeMethod("close") { c, _, t, n, a, e in bridge(c, t, n, a, e) { f in try ZlibStream.of(f).close(); return nil } },
        ], finalize: { object in
            if let pointer = JSObjectGetPrivate(object) { Unmanaged<ZlibStream>.fromOpaque(pointer).release() }
        })
    }()
}

public enum ZlibBinding: InternalBinding {
    public static let name = "zlib"

    public static func make(_ host: BindingHost) -> JSObjectRef {
        let js = host.js
        return js.object(methods: [
            // create(mode, level, windowBits, memLevel, strategy, dictionary | undefined)
            NativeMethod("create") { c, _, t, n, a, e in
                bridge(c, t, n, a, e) { f in
                    guard let mode = ZlibStream.Mode(rawValue: try f.int32(0)) else { throw NativeError.argument(0, "a zlib mode") }
                    let dictionary = f.js.bytes(of: f[5]).map { Array(UnsafeRawBufferPointer($0)) }
                    let zlib = try ZlibStream(mode: mode, level: try f.int32(1), windowBits: try f.int32(2),
                                              memLevel: try f.int32(3), strategy: try f.int32(4), dictionary: dictionary)
                    return JSObjectMake(f.ctx, ZlibStream.jsClass, Unmanaged.passRetained(zlib).toOpaque())
                }
            },
            NativeMethod("createBrotli") { c, _, t, n, a, e in bridge(c, t, n, a, e) { f in try BrotliStream.create(f) } },
            // crc32(bytes, value): the CRC-32 of bytes, continuing from value.
            NativeMethod("crc32") { c, _, t, n, a, e in
                bridge(c, t, n, a, e) { f in
                    let bytes = try f.bytes(0)
                    let start = UInt(UInt32(truncatingIfNeeded: Int64(f.js.toNumber(f[1]))))
                    let value = CZlib.crc32(start, bytes.baseAddress?.assumingMemoryBound(to: Bytef.self), UInt32(bytes.count))
                    return f.js.number(Double(value))
                }
            },
        ])
    }
}
