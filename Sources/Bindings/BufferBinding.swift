import CJavaScriptCore
import Glibc
import JSBridge

/// `internalBinding('buffer')`: whole-buffer encoding and decoding in one crossing per call.
/// Decoding follows the WHATWG rules (each maximal invalid UTF-8 subpart becomes U+FFFD);
/// encoding never writes a partial character.
public enum BufferBinding: InternalBinding {
    public static let name = "buffer"

    public static func make(_ host: BindingHost) -> JSObjectRef {
        host.js.object(methods: [
            NativeMethod("utf8Slice") { c, _, t, n, a, e in bridge(c, t, n, a, e, BufferBinding.utf8Slice) },
            NativeMethod("latin1Slice") { c, _, t, n, a, e in bridge(c, t, n, a, e, BufferBinding.latin1Slice) },
            NativeMethod("utf8Write") { c, _, t, n, a, e in bridge(c, t, n, a, e, BufferBinding.utf8Write) },
            NativeMethod("utf8Encode") { c, _, t, n, a, e in bridge(c, t, n, a, e, BufferBinding.utf8Encode) },
            NativeMethod("utf8Length") { c, _, t, n, a, e in bridge(c, t, n, a, e, BufferBinding.utf8Length) },
            NativeMethod("hexSlice") { c, _, t, n, a, e in bridge(c, t, n, a, e, BufferBinding.hexSlice) },
            NativeMethod("base64Slice") { c, _, t, n, a, e in bridge(c, t, n, a, e, BufferBinding.base64Slice) },
        ])
    }

    /// The [start, end) byte range of argument 0 named by arguments 1 and 2.
    static func range(_ call: CallFrame) throws -> UnsafeRawBufferPointer {
        let bytes = try call.bytes(0)
        let start = max(0, min(try call.int(1), bytes.count))
        let end = max(start, min(try call.int(2), bytes.count))
        return UnsafeRawBufferPointer(rebasing: bytes[start..<end])
    }

    static func jsString(_ js: JS, utf16 units: UnsafeBufferPointer<UInt16>) -> JSValueRef {
        let string = JSStringCreateWithCharacters(units.baseAddress, units.count)!
        defer { JSStringRelease(string) }
        return JSValueMakeString(js.ctx, string)
    }

    /// True when every byte is 1...127: such text is the same in ASCII, UTF-8 and Latin-1.
    static func isPlainASCII(_ input: UnsafeRawBufferPointer) -> Bool {
        var index = 0
        let words = input.count / 8
        if words > 0, let base = input.baseAddress {
            for w in 0..<words {
                let word = base.loadUnaligned(fromByteOffset: w * 8, as: UInt64.self)
                // Any byte >= 0x80, or any zero byte (the C string below cannot hold one).
                if word & 0x8080_8080_8080_8080 != 0 { return false }
                if (word &- 0x0101_0101_0101_0101) & ~word & 0x8080_8080_8080_8080 != 0 { return false }
            }
            index = words * 8
        }
        while index < input.count {
            let byte = input[index]
            if byte == 0 || byte >= 0x80 { return false }
            index += 1
        }
        return true
    }

    /// ASCII text as an engine string. Widening to UTF-16 and copying is several times faster
    /// than the engine's UTF-8 constructor, which validates as it goes.
    static func asciiString(_ js: JS, _ input: UnsafeRawBufferPointer) -> JSValueRef {
        utf16String(js, count: input.count) { units in
            for i in 0..<input.count { units[i] = UInt16(input[i]) }
        }
    }

    /// utf8Slice(bytes, start, end): the decoded string.
    static func utf8Slice(_ call: CallFrame) throws -> JSValueRef? {
        let input = try range(call)
        if isPlainASCII(input) { return asciiString(call.js, input) }
        var output = [UInt16]()
        output.reserveCapacity(input.count)
        transcode(input.makeIterator(), from: UTF8.self, to: UTF16.self, stoppingOnError: false) { output.append($0) }
        return output.withUnsafeBufferPointer { jsString(call.js, utf16: $0) }
    }

    /// latin1Slice(bytes, start, end): one character per byte.
    static func latin1Slice(_ call: CallFrame) throws -> JSValueRef? {
        let input = try range(call)
        if isPlainASCII(input) { return asciiString(call.js, input) }
        let output = input.map { UInt16($0) }
        return output.withUnsafeBufferPointer { jsString(call.js, utf16: $0) }
    }

    /// The UTF-16 code units of argument `index` (a string), without copying when possible.
    static func withUnits<R>(_ call: CallFrame, _ index: Int, _ body: (UnsafeBufferPointer<UInt16>) throws -> R) throws -> R {
        guard JSValueIsString(call.ctx, call[index]), let string = JSValueToStringCopy(call.ctx, call[index], nil) else {
            throw NativeError.argument(index, "a string")
        }
        defer { JSStringRelease(string) }
        return try body(UnsafeBufferPointer(start: JSStringGetCharactersPtr(string), count: JSStringGetLength(string)))
    }

    /// Encodes one code point (lone surrogates become U+FFFD) into `out`; false if it does not fit.
    @inline(__always)
    static func encode(_ scalar: UInt32, into out: UnsafeMutableRawBufferPointer, at position: inout Int) -> Bool {
        let room = out.count - position
        switch scalar {
        case 0..<0x80:
            guard room >= 1 else { return false }
            out[position] = UInt8(scalar); position += 1
        case 0x80..<0x800:
            guard room >= 2 else { return false }
            out[position] = UInt8(0xc0 | (scalar >> 6)); out[position + 1] = UInt8(0x80 | (scalar & 0x3f)); position += 2
        case 0x800..<0x10000:
            guard room >= 3 else { return false }
            out[position] = UInt8(0xe0 | (scalar >> 12)); out[position + 1] = UInt8(0x80 | ((scalar >> 6) & 0x3f))
            out[position + 2] = UInt8(0x80 | (scalar & 0x3f)); position += 3
        default:
            guard room >= 4 else { return false }
            out[position] = UInt8(0xf0 | (scalar >> 18)); out[position + 1] = UInt8(0x80 | ((scalar >> 12) & 0x3f))
            out[position + 2] = UInt8(0x80 | ((scalar >> 6) & 0x3f)); out[position + 3] = UInt8(0x80 | (scalar & 0x3f))
            position += 4
        }
        return true
    }

    /// Walks the code points of UTF-16 units, lone surrogates as U+FFFD.
    @inline(__always)
    static func forEachScalar(_ units: UnsafeBufferPointer<UInt16>, _ body: (UInt32) -> Bool) {
        var i = 0
        while i < units.count {
            var scalar = UInt32(units[i])
            if scalar >= 0xd800 && scalar <= 0xdfff {
                if scalar <= 0xdbff, i + 1 < units.count, units[i + 1] >= 0xdc00, units[i + 1] <= 0xdfff {
                    scalar = 0x10000 + ((scalar - 0xd800) << 10) + (UInt32(units[i + 1]) - 0xdc00)
                    i += 1
                } else {
                    scalar = 0xfffd
                }
            }
            if !body(scalar) { return }
            i += 1
        }
    }

    /// utf8Write(bytes, string, offset, max): bytes written.
    static func utf8Write(_ call: CallFrame) throws -> JSValueRef? {
        let bytes = try call.bytes(0)
        let offset = max(0, min(try call.int(2), bytes.count))
        let limit = max(0, min(try call.int(3), bytes.count - offset))
        let out = UnsafeMutableRawBufferPointer(rebasing: bytes[offset..<(offset + limit)])
        var position = 0
        try withUnits(call, 1) { units in forEachScalar(units) { encode($0, into: out, at: &position) } }
        return call.js.number(position)
    }

    /// A string of `count` UTF-16 units written straight into the buffer the engine copies from.
    static func utf16String(_ js: JS, count: Int, fill: (UnsafeMutablePointer<UInt16>) -> Void) -> JSValueRef {
        ScratchUnits.with(count: count) { units in
            fill(units)
            let string = JSStringCreateWithCharacters(units, count)!
            defer { JSStringRelease(string) }
            return JSValueMakeString(js.ctx, string)
        }
    }

    /// Each byte's two lowercase hex digits as one little-endian pair of UTF-16 units.
    static let hexPairs: [UInt32] = (0..<256).map { byte in
        let digits = Array("0123456789abcdef".utf16)
        return UInt32(digits[byte >> 4]) | UInt32(digits[byte & 15]) << 16
    }

    /// hexSlice(bytes, start, end): two lowercase digits per byte.
    static func hexSlice(_ call: CallFrame) throws -> JSValueRef? {
        let input = try range(call)
        return utf16String(call.js, count: input.count * 2) { out in
            guard let base = input.baseAddress?.assumingMemoryBound(to: UInt8.self) else { return }
            let pairs = UnsafeMutableRawPointer(out).assumingMemoryBound(to: UInt32.self)
            hexPairs.withUnsafeBufferPointer { table in
                for i in 0..<input.count { pairs[i] = table[Int(base[i])] }
            }
        }
    }

    static let base64Alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf16)
    static let base64URLAlphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".utf16)
    /// Every 12-bit group as its two base64 digits (a little-endian pair of UTF-16 units).
    static func pairTable(_ alphabet: [UInt16]) -> [UInt32] {
        (0..<4096).map { UInt32(alphabet[$0 >> 6]) | UInt32(alphabet[$0 & 63]) << 16 }
    }
    static let base64Pairs = pairTable(base64Alphabet)
    static let base64URLPairs = pairTable(base64URLAlphabet)

    /// base64Slice(bytes, start, end, url): standard alphabet with padding, or base64url without.
    static func base64Slice(_ call: CallFrame) throws -> JSValueRef? {
        let input = try range(call)
        let url = call.bool(3)
        let full = input.count / 3, rest = input.count % 3
        let length = full * 4 + (rest == 0 ? 0 : (url ? rest + 1 : 4))
        return utf16String(call.js, count: length) { out in
            guard let bytes = input.baseAddress?.assumingMemoryBound(to: UInt8.self) else { return }
            let pairs = UnsafeMutableRawPointer(out).assumingMemoryBound(to: UInt32.self)
            (url ? base64URLPairs : base64Pairs).withUnsafeBufferPointer { table in
                var i = 0
                for g in 0..<full {
                    let n = Int(bytes[i]) << 16 | Int(bytes[i + 1]) << 8 | Int(bytes[i + 2])
                    pairs[g * 2] = table[n >> 12]
                    pairs[g * 2 + 1] = table[n & 0xfff]
                    i += 3
                }
            }
            (url ? base64URLAlphabet : base64Alphabet).withUnsafeBufferPointer { alphabet in
                var o = full * 4
                let i = full * 3
                if rest > 0 {
                    let a = UInt32(bytes[i]), b = rest == 2 ? UInt32(bytes[i + 1]) : 0
                    let n = a << 16 | b << 8
                    out[o] = alphabet[Int(n >> 18)]
                    out[o + 1] = alphabet[Int((n >> 12) & 63)]
                    o += 2
                    if rest == 2 { out[o] = alphabet[Int((n >> 6) & 63)]; o += 1 } else if !url { out[o] = 61; o += 1 }
                    if !url { out[o] = 61 }
                }
            }
        }
    }

    /// utf8Encode(string): a new ArrayBuffer of the string's UTF-8 bytes. The string must be
    /// well-formed (no lone surrogate: the engine's conversion stops at one; buffer_encoding checks
    /// with isWellFormed(), which is free for one-byte strings). The engine converts its own
    /// string storage to UTF-8 directly, and the bytes become the ArrayBuffer without a copy.
    static func utf8Encode(_ call: CallFrame) throws -> JSValueRef? {
        guard JSValueIsString(call.ctx, call[0]), let string = JSValueToStringCopy(call.ctx, call[0], nil) else {
            throw NativeError.argument(0, "a string")
        }
        defer { JSStringRelease(string) }
        let capacity = JSStringGetMaximumUTF8CStringSize(string)
        guard let bytes = malloc(capacity) else { throw NativeError.error("Array buffer allocation failed", constructor: "RangeError") }
        let written = JSStringGetUTF8CString(string, bytes.assumingMemoryBound(to: CChar.self), capacity) - 1
        let shrunk = realloc(bytes, max(written, 1)) ?? bytes
        var exception: JSValueRef?
        let buffer = JSObjectMakeArrayBufferWithBytesNoCopy(call.ctx, shrunk, written, { pointer, _ in free(pointer) },
                                                            nil, &exception)
        if let exception { free(shrunk); throw NativeError.exception(exception) }
        return buffer
    }

    /// utf8Length(string): the UTF-8 byte length.
    static func utf8Length(_ call: CallFrame) throws -> JSValueRef? {
        var length = 0
        try withUnits(call, 0) { units in
            forEachScalar(units) { scalar in
                length += scalar < 0x80 ? 1 : scalar < 0x800 ? 2 : scalar < 0x10000 ? 3 : 4
                return true
            }
        }
        return call.js.number(length)
    }
}

/// The UTF-16 staging area strings are built in before the engine copies them. Reused between
/// calls: a fresh multi-megabyte allocation each time costs more in page faults than the
/// encoding itself. Up to `kRetainedBytes` stays allocated; larger requests are one-off.
enum ScratchUnits {
    static let kRetainedBytes = 64 << 20
    nonisolated(unsafe) static var storage: UnsafeMutableRawPointer?
    nonisolated(unsafe) static var capacity = 0

    /// Units 4-byte aligned (hexSlice stores two at a time).
    static func with<R>(count: Int, _ body: (UnsafeMutablePointer<UInt16>) -> R) -> R {
        let bytes = max(count, 2) * 2
        if bytes > kRetainedBytes {
            let oneOff = UnsafeMutableRawPointer.allocate(byteCount: bytes, alignment: 4)
            defer { oneOff.deallocate() }
            return body(oneOff.bindMemory(to: UInt16.self, capacity: count))
        }
        if bytes > capacity {
            storage?.deallocate()
            storage = UnsafeMutableRawPointer.allocate(byteCount: bytes, alignment: 4)
            capacity = bytes
        }
        return body(storage!.bindMemory(to: UInt16.self, capacity: count))
    }
}
