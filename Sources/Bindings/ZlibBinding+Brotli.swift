import Glibc
import CJavaScriptCore
import JSBridge

/// Brotli through libbrotlienc and libbrotlidec, opened with dlopen on first use: linked, they
/// would be two more libraries loaded at every start-up for programs that never compress.
/// The functions are declared here from brotli's encode.h/decode.h (its ABI since 1.0).
enum BrotliLibrary {
    typealias Create = @convention(c) (UnsafeRawPointer?, UnsafeRawPointer?, UnsafeMutableRawPointer?) -> OpaquePointer?
    typealias Destroy = @convention(c) (OpaquePointer?) -> Void
    typealias SetParameter = @convention(c) (OpaquePointer?, UInt32, UInt32) -> Int32
    typealias CompressStream = @convention(c) (OpaquePointer?, UInt32, UnsafeMutablePointer<Int>,
        UnsafeMutablePointer<UnsafePointer<UInt8>?>, UnsafeMutablePointer<Int>,
        UnsafeMutablePointer<UnsafeMutablePointer<UInt8>?>, UnsafeMutablePointer<Int>?) -> Int32
    typealias DecompressStream = @convention(c) (OpaquePointer?, UnsafeMutablePointer<Int>,
        UnsafeMutablePointer<UnsafePointer<UInt8>?>, UnsafeMutablePointer<Int>,
        UnsafeMutablePointer<UnsafeMutablePointer<UInt8>?>, UnsafeMutablePointer<Int>?) -> Int32
    typealias StateQuery = @convention(c) (OpaquePointer?) -> Int32
    typealias ErrorString = @convention(c) (Int32) -> UnsafePointer<CChar>?

    struct Encoder {
        let create: Create, destroy: Destroy, setParameter: SetParameter, compress: CompressStream
        let hasMoreOutput: StateQuery, isFinished: StateQuery
    }

    struct Decoder {
        let create: Create, destroy: Destroy, setParameter: SetParameter, decompress: DecompressStream
        let errorCode: StateQuery, errorString: ErrorString
    }

    private static func symbols(_ library: String, _ names: [String]) -> [UnsafeMutableRawPointer]? {
        guard let handle = dlopen(library, RTLD_NOW | RTLD_LOCAL) else { return nil }
        let found = names.compactMap { dlsym(handle, $0) }
        return found.count == names.count ? found : nil
    }

    nonisolated(unsafe) static let encoder: Encoder? = {
        guard let f = symbols("libbrotlienc.so.1", ["BrotliEncoderCreateInstance", "BrotliEncoderDestroyInstance",
            "BrotliEncoderSetParameter", "BrotliEncoderCompressStream", "BrotliEncoderHasMoreOutput",
            "BrotliEncoderIsFinished"]) else { return nil }
        return Encoder(create: unsafeBitCast(f[0], to: Create.self), destroy: unsafeBitCast(f[1], to: Destroy.self),
                       setParameter: unsafeBitCast(f[2], to: SetParameter.self),
                       compress: unsafeBitCast(f[3], to: CompressStream.self),
                       hasMoreOutput: unsafeBitCast(f[4], to: StateQuery.self),
                       isFinished: unsafeBitCast(f[5], to: StateQuery.self))
    }()

    nonisolated(unsafe) static let decoder: Decoder? = {
        guard let f = symbols("libbrotlidec.so.1", ["BrotliDecoderCreateInstance", "BrotliDecoderDestroyInstance",
            "BrotliDecoderSetParameter", "BrotliDecoderDecompressStream", "BrotliDecoderGetErrorCode",
            "BrotliDecoderErrorString"]) else { return nil }
        return Decoder(create: unsafeBitCast(f[0], to: Create.self), destroy: unsafeBitCast(f[1], to: Destroy.self),
                       setParameter: unsafeBitCast(f[2], to: SetParameter.self),
                       decompress: unsafeBitCast(f[3], to: DecompressStream.self),
                       errorCode: unsafeBitCast(f[4], to: StateQuery.self),
                       errorString: unsafeBitCast(f[5], to: ErrorString.self))
    }()
}

/// A brotli (de)compression stream behind the same JS interface as ZlibStream's `process`.
final class BrotliStream {
    // Must match BROTLI_OPERATION_FINISH in lib/zlib.js (brotli's encode.h)
    static let operationFinish: UInt32 = 2
    // Must match BROTLI_DECODER_RESULT_* in brotli's decode.h
    static let resultError: Int32 = 0, resultSuccess: Int32 = 1, resultNeedsMoreInput: Int32 = 2

    /// A failure, as the Error lib/zlib.js gets: its message, code and errno.
    struct Failure: Error {
        let message: String, code: String, errno: Int32
    }

    let compresses: Bool
    private var state: OpaquePointer?
    private var finished = false

    private let parameters: [(UInt32, UInt32)]

    /// `parameters`: (key, value) pairs for BrotliEncoder/DecoderSetParameter.
    init(compresses: Bool, parameters: [(UInt32, UInt32)]) throws {
        self.compresses = compresses
        self.parameters = parameters
        try start()
    }

    private func start() throws {
        let failed = Failure(message: "Initialization failed", code: "ERR_ZLIB_INITIALIZATION_FAILED", errno: 0)
        if compresses {
            guard let library = BrotliLibrary.encoder else { throw BrotliStream.missing("libbrotlienc.so.1") }
            state = library.create(nil, nil, nil)
            guard state != nil else { throw failed }
            for (key, value) in parameters where library.setParameter(state, key, value) == 0 { throw failed }
        } else {
            guard let library = BrotliLibrary.decoder else { throw BrotliStream.missing("libbrotlidec.so.1") }
            state = library.create(nil, nil, nil)
            guard state != nil else { throw failed }
            for (key, value) in parameters where library.setParameter(state, key, value) == 0 { throw failed }
        }
        finished = false
    }

    /// Back to a fresh stream with the same parameters (brotli has no reset of its own).
    func reset() throws {
        guard state != nil else { return }
        close()
        try start()
    }

    private static func missing(_ library: String) -> Failure {
        Failure(message: "brotli is not available: \(library) cannot be loaded", code: "ERR_NOT_IMPLEMENTED", errno: 0)
    }

    deinit { close() }

    func close() {
        guard let state else { return }
        if compresses { BrotliLibrary.encoder?.destroy(state) } else { BrotliLibrary.decoder?.destroy(state) }
        self.state = nil
    }

    /// All the output `input` gives with `operation` (encoder) in a malloc'd buffer.
    func process(_ input: UnsafeRawBufferPointer, operation: UInt32) throws -> (UnsafeMutableRawPointer?, Int) {
        guard let state else { throw Failure(message: "zlib binding closed", code: "ERR_ZLIB_BINDING_CLOSED", errno: 0) }
        if finished { return (nil, 0) }
        var capacity = max(16 * 1024, compresses ? input.count / 2 + 64 : input.count * 4)
        var output = malloc(capacity)!
        var produced = 0
        var availableIn = input.count
        var nextIn: UnsafePointer<UInt8>? = input.baseAddress?.assumingMemoryBound(to: UInt8.self)
        while true {
            if produced == capacity {
                capacity *= 2
                output = realloc(output, capacity)!
            }
            var availableOut = capacity - produced
            var nextOut: UnsafeMutablePointer<UInt8>? = (output + produced).assumingMemoryBound(to: UInt8.self)
            if compresses, let library = BrotliLibrary.encoder {
                guard library.compress(state, operation, &availableIn, &nextIn, &availableOut, &nextOut, nil) != 0 else {
                    free(output)
                    throw Failure(message: "Compression failed", code: "ERR_BROTLI_COMPRESSION_FAILED", errno: 0)
                }
                produced = capacity - availableOut
                let more = library.hasMoreOutput(state) != 0 ||
                    (operation == BrotliStream.operationFinish && library.isFinished(state) == 0)
                if availableIn == 0 && !more { break }
            } else if let library = BrotliLibrary.decoder {
                let result = library.decompress(state, &availableIn, &nextIn, &availableOut, &nextOut, nil)
                produced = capacity - availableOut
                if result == BrotliStream.resultError {
                    let code = library.errorCode(state)
                    free(output)
                    throw Failure(message: "Decompression failed", code: "ERR_\(BrotliStream.errorName(code, library))",
                                  errno: code)
                }
                if result == BrotliStream.resultSuccess {
                    finished = true
                    break
                }
                if result == BrotliStream.resultNeedsMoreInput {
                    if operation == BrotliStream.operationFinish {
                        free(output)
                        throw Failure(message: "unexpected end of file", code: "Z_BUF_ERROR", errno: -5)
                    }
                    break
                }
            }
        }
        if produced == 0 {
            free(output)
            return (nil, 0)
        }
        return (output, produced)
    }

    /// The error's name as brotli's decode.h spells it ("_ERROR_FORMAT_PADDING_1"): some
    /// versions of BrotliDecoderErrorString leave out the group ("PADDING_1").
    static func errorName(_ code: Int32, _ library: BrotliLibrary.Decoder) -> String {
        let name = library.errorString(code).map { String(cString: $0) } ?? "UNREACHABLE"
        if name.hasPrefix("_") { return name }
        switch code {
        case -16 ... -1: return "_ERROR_FORMAT_" + name
        case -30 ... -21: return "_ERROR_ALLOC_" + name
        default: return "_ERROR_" + name
        }
    }

    static func of(_ call: CallFrame) throws -> BrotliStream { try call.receiver(BrotliStream.self) }

    /// The Error for a failure, with Node's errno and code.
    static func thrown(_ failure: Failure, _ js: JS) -> NativeError {
        let error = js.error(failure.message, code: failure.code)
        if failure.errno != 0, let object = js.asObject(error) { js.set(object, "errno", js.number(Double(failure.errno))) }
        return .exception(error)
    }

    nonisolated(unsafe) static let jsClass: JSClassRef = {
        makeNativeClass(name: "BrotliStream", methods: [
            // process(bytes, operation): ArrayBuffer of the output, or undefined when there is none.
            NativeMethod("process") { c, _, t, n, a, e in
                bridge(c, t, n, a, e) { f in
                    let brotli = try BrotliStream.of(f)
                    do {
                        let (bytes, count) = try brotli.process(UnsafeRawBufferPointer(try f.bytes(0)),
                                                                operation: UInt32(bitPattern: try f.int32(1)))
                        guard let bytes else { return f.js.undefined }
                        return try AdoptedMemory.arrayBuffer(f.ctx, adopting: bytes, count: count)
                    } catch let failure as Failure {
                        throw BrotliStream.thrown(failure, f.js)
                    }
                }
            },
            NativeMethod("reset") { c, _, t, n, a, e in
                bridge(c, t, n, a, e) { f in
                    do {
                        try BrotliStream.of(f).reset()
                    } catch let failure as Failure {
                        throw BrotliStream.thrown(failure, f.js)
                    }
                    return nil
                }
            },
            NativeMethod("close") { c, _, t, n, a, e in bridge(c, t, n, a, e) { f in try BrotliStream.of(f).close(); return nil } },
        ], finalize: { object in
            if let pointer = JSObjectGetPrivate(object) { Unmanaged<BrotliStream>.fromOpaque(pointer).release() }
        })
    }()

    /// createBrotli(compresses, [key, value, ...]): a stream object.
    static func create(_ call: CallFrame) throws -> JSValueRef? {
        let compresses = JSValueToBoolean(call.ctx, call[0])
        var parameters: [(UInt32, UInt32)] = []
        if let list = call.js.asObject(call[1]) {
            let count = Int(call.js.toNumber(call.js.get(list, "length")))
            for index in stride(from: 0, to: count - 1, by: 2) {
                let key = call.js.toNumber(JSObjectGetPropertyAtIndex(call.ctx, list, UInt32(index), nil))
                let value = call.js.toNumber(JSObjectGetPropertyAtIndex(call.ctx, list, UInt32(index + 1), nil))
                parameters.append((UInt32(truncatingIfNeeded: Int64(key)), UInt32(truncatingIfNeeded: Int64(value))))
            }
        }
        do {
            let brotli = try BrotliStream(compresses: compresses, parameters: parameters)
            return JSObjectMake(call.ctx, BrotliStream.jsClass, Unmanaged.passRetained(brotli).toOpaque())
        } catch let failure as Failure {
            throw BrotliStream.thrown(failure, call.js)
        }
    }
}
