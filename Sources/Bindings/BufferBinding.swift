import CJavaScriptCore
import CShims
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
            NativeMethod("asciiSlice") { c, _, t, n, a, e in bridge(c, t, n, a, e, BufferBinding.asciiSlice) },
            NativeMethod("latin1Write") { c, _, t, n, a, e in bridge(c, t, n, a, e, BufferBinding.latin1Write) },
            NativeMethod("hexWrite") { c, _, t, n, a, e in bridge(c, t, n, a, e, BufferBinding.hexWrite) },
            NativeMethod("base64Write") { c, _, t, n, a, e in bridge(c, t, n, a, e, BufferBinding.base64Write) },
            NativeMethod("utf8Write") { c, _, t, n, a, e in bridge(c, t, n, a, e, BufferBinding.utf8Write) },
            NativeMethod("utf8Encode") { c, _, t, n, a, e in bridge(c, t, n, a, e, BufferBinding.utf8Encode) },
            NativeMethod("latin1Encode") { c, _, t, n, a, e in bridge(c, t, n, a, e, BufferBinding.latin1Encode) },
            NativeMethod("uninitializedArrayBuffer") { c, _, t, n, a, e in
                bridge(c, t, n, a, e, BufferBinding.uninitializedArrayBuffer)
            },
            NativeMethod("utf8Length") { c, _, t, n, a, e in bridge(c, t, n, a, e, BufferBinding.utf8Length) },
            NativeMethod("hexSlice") { c, _, t, n, a, e in bridge(c, t, n, a, e, BufferBinding.hexSlice) },
            NativeMethod("base64Slice") { c, _, t, n, a, e in bridge(c, t, n, a, e, BufferBinding.base64Slice) },
            NativeMethod("compare") { c, _, t, n, a, e in bridge(c, t, n, a, e, BufferBinding.compare) },
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
        return apus_string_value(js.ctx, string)
    }

    /// True when every byte is below 0x80: such text is the same in ASCII, UTF-8 and Latin-1.
    static func isPlainASCII(_ input: UnsafeRawBufferPointer) -> Bool {
        var index = 0
        let words = input.count / 8
        if words > 0, let base = input.baseAddress {
            var bits: UInt64 = 0
            for w in 0..<words { bits |= base.loadUnaligned(fromByteOffset: w * 8, as: UInt64.self) }
            if bits & 0x8080_8080_8080_8080 != 0 { return false }
            index = words * 8
        }
        while index < input.count {
            if input[index] >= 0x80 { return false }
            index += 1
        }
        return true
    }

    /// A one-byte engine string of `count` characters written by `fill` straight into the
    /// string's own storage: no staging copy, half the memory of UTF-16 (see CShims).
    static func latin1String(_ js: JS, count: Int, fill: (UnsafeMutablePointer<UInt8>) -> Void) -> JSValueRef {
        var characters: UnsafeMutablePointer<UInt8>?
        if let storage = apus_latin1_storage_create(count, &characters), let characters {
            fill(characters)
            return apus_latin1_storage_value(js.ctx, storage)
        }
        guard let string = apus_string_create_latin1(count, &characters) else {
            // Allocation failed: the engine's UTF-16 constructor reports it its own way.
            return utf16String(js, count: count) { units in
                let bytes = UnsafeMutablePointer<UInt8>.allocate(capacity: max(count, 1))
                defer { bytes.deallocate() }
                fill(bytes)
                for i in 0..<count { units[i] = UInt16(bytes[i]) }
            }
        }
        defer { JSStringRelease(string) }
        if count > 0, let characters { fill(characters) }
        return apus_string_value(js.ctx, string)
    }

    static func copiedString(_ js: JS, _ input: UnsafeRawBufferPointer) -> JSValueRef {
        latin1String(js, count: input.count) { out in
            if let base = input.baseAddress { out.update(from: base.assumingMemoryBound(to: UInt8.self), count: input.count) }
        }
    }

    /// utf8Slice(bytes, start, end): the decoded string, malformed sequences as U+FFFD.
    static func utf8Slice(_ call: CallFrame) throws -> JSValueRef? {
        utf8String(call.js, try range(call))
    }

    /// The string UTF-8 `input` decodes to, malformed sequences as U+FFFD.
    static func utf8String(_ js: JS, _ input: UnsafeRawBufferPointer) -> JSValueRef {
        if isPlainASCII(input) { return copiedString(js, input) }
        if let base = input.baseAddress?.assumingMemoryBound(to: UInt8.self),
           let string = apus_string_create_utf8(base, input.count) {
            defer { JSStringRelease(string) }
            return apus_string_value(js.ctx, string)
        }
        // Not valid UTF-8: the engine's decoder refuses it; this one replaces what is malformed.
        var output = [UInt16]()
        output.reserveCapacity(input.count)
        transcode(input.makeIterator(), from: UTF8.self, to: UTF16.self, stoppingOnError: false) { output.append($0) }
        return output.withUnsafeBufferPointer { jsString(js, utf16: $0) }
    }

    /// compare(a, aStart, aEnd, b, bStart, bEnd): -1, 0 or 1, the two ranges compared byte by byte
    /// and then by length.
    static func compare(_ call: CallFrame) throws -> JSValueRef? {
        let a = try range(call)
        let bBytes = try call.bytes(3)
        let bStart = max(0, min(try call.int(4), bBytes.count))
        let b = UnsafeRawBufferPointer(rebasing: bBytes[bStart..<max(bStart, min(try call.int(5), bBytes.count))])
        let common = min(a.count, b.count)
        var order: Int32 = 0
        if common > 0, let x = a.baseAddress, let y = b.baseAddress { order = memcmp(x, y, common) }
        if order == 0 { order = a.count < b.count ? -1 : a.count > b.count ? 1 : 0 }
        return call.js.number(order < 0 ? -1 : order > 0 ? 1 : 0)
    }

    /// latin1Slice(bytes, start, end): one character per byte.
    static func latin1Slice(_ call: CallFrame) throws -> JSValueRef? {
        copiedString(call.js, try range(call))
    }

    /// asciiSlice(bytes, start, end): each byte's low seven bits.
    static func asciiSlice(_ call: CallFrame) throws -> JSValueRef? {
        let input = try range(call)
        return latin1String(call.js, count: input.count) { out in
            for i in 0..<input.count { out[i] = input[i] & 0x7f }
        }
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
        let written = try withStringUnits(call, 1, latin1: { input in
            if countHighBytes(input) == 0 {
                let count = min(input.count, out.count)
                if count > 0 { out.baseAddress!.copyMemory(from: input.baseAddress!, byteCount: count) }
                return count
            }
            var position = 0
            for byte in input {
                if byte < 0x80 {
                    guard position < out.count else { break }
                    out[position] = byte
                    position += 1
                } else {
                    guard position + 2 <= out.count else { break }
                    out[position] = 0xc0 | byte >> 6
                    out[position + 1] = 0x80 | byte & 0x3f
                    position += 2
                }
            }
            return position
        }, utf16: { units in
            // Room for all of it: the one-pass encoder; else character by character, so a
            // character that does not fit whole is left out.
            if let base = out.baseAddress, utf8Count(units) <= out.count {
                return encodeUTF8(units, into: base.assumingMemoryBound(to: UInt8.self), capacity: out.count)
            }
            var position = 0
            forEachScalar(units) { encode($0, into: out, at: &position) }
            return position
        })
        return call.js.number(written)
    }

    /// A string of `count` UTF-16 units written straight into the buffer the engine copies from.
    static func utf16String(_ js: JS, count: Int, fill: (UnsafeMutablePointer<UInt16>) -> Void) -> JSValueRef {
        ScratchUnits.with(count: count) { units in
            fill(units)
            let string = JSStringCreateWithCharacters(units, count)!
            defer { JSStringRelease(string) }
            return apus_string_value(js.ctx, string)
        }
    }

    /// Runs `body` over the code units of string argument `index`, in place: one-byte strings
    /// as bytes (see CShims), others as UTF-16.
    static func withStringUnits<R>(_ call: CallFrame, _ index: Int,
                                   latin1: (UnsafeBufferPointer<UInt8>) throws -> R,
                                   utf16: (UnsafeBufferPointer<UInt16>) throws -> R) throws -> R {
        var view = apus_string_view()
        if apus_string_view_open(call.ctx, call[index], &view) {
            defer { apus_string_view_close(&view) }
            if view.latin1 {
                return try latin1(UnsafeBufferPointer(start: view.characters.assumingMemoryBound(to: UInt8.self), count: view.length))
            }
            return try utf16(UnsafeBufferPointer(start: view.characters.assumingMemoryBound(to: UInt16.self), count: view.length))
        }
        guard JSValueIsString(call.ctx, call[index]), let string = JSValueToStringCopy(call.ctx, call[index], nil) else {
            throw NativeError.argument(index, "a string")
        }
        defer { JSStringRelease(string) }
        var length = 0
        if let characters = apus_string_latin1_characters(string, &length) {
            return try latin1(UnsafeBufferPointer(start: characters, count: length))
        }
        return try utf16(UnsafeBufferPointer(start: JSStringGetCharactersPtr(string), count: JSStringGetLength(string)))
    }

    /// The destination of a write(bytes, string, offset, max) call: bytes[offset..<offset+max].
    static func writeTarget(_ call: CallFrame) throws -> UnsafeMutableRawBufferPointer {
        let bytes = try call.bytes(0)
        let offset = max(0, min(try call.int(2), bytes.count))
        let limit = max(0, min(try call.int(3), bytes.count - offset))
        return UnsafeMutableRawBufferPointer(rebasing: bytes[offset..<(offset + limit)])
    }

    /// latin1Write(bytes, string, offset, max): each character's low byte; the count written.
    static func latin1Write(_ call: CallFrame) throws -> JSValueRef? {
        let out = try writeTarget(call)
        let written = try withStringUnits(call, 1, latin1: { units in
            let count = min(units.count, out.count)
            if count > 0 { out.baseAddress!.copyMemory(from: units.baseAddress!, byteCount: count) }
            return count
        }, utf16: { units in
            let count = min(units.count, out.count)
            for i in 0..<count { out[i] = UInt8(truncatingIfNeeded: units[i]) }
            return count
        })
        return call.js.number(written)
    }

    /// Each character's value as a hex digit, or 0xff.
    static let hexValues: [UInt8] = (0..<256).map { code in
        switch UInt8(code) {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt8(code) - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return UInt8(code) - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return UInt8(code) - UInt8(ascii: "A") + 10
        default: return 0xff
        }
    }

    @inline(__always)
    static func decodeHex<Units: RandomAccessCollection>(_ units: Units, into out: UnsafeMutableRawBufferPointer) -> Int
    where Units.Element: FixedWidthInteger, Units.Index == Int {
        let pairs = min(units.count / 2, out.count)
        return hexValues.withUnsafeBufferPointer { table in
            for i in 0..<pairs {
                let high = units[i * 2], low = units[i * 2 + 1]
                guard high < 256, low < 256 else { return i }
                let h = table[Int(high)], l = table[Int(low)]
                guard h | l != 0xff, h != 0xff, l != 0xff else { return i }
                out[i] = h << 4 | l
            }
            return pairs
        }
    }

    /// hexWrite(bytes, string, offset, max): pairs of hex digits, up to the first pair that is not
    /// one; the count written.
    static func hexWrite(_ call: CallFrame) throws -> JSValueRef? {
        let out = try writeTarget(call)
        let written = try withStringUnits(call, 1, latin1: { decodeHex($0, into: out) }, utf16: { decodeHex($0, into: out) })
        return call.js.number(written)
    }

    /// Each character's base64 value (either alphabet), 0x40 for '=', or 0xff.
    static let base64Values: [UInt8] = (0..<256).map { code in
        if code == 61 { return 0x40 }
        if let index = base64Alphabet.firstIndex(of: UInt8(code)) { return UInt8(index) }
        if let index = base64URLAlphabet.firstIndex(of: UInt8(code)) { return UInt8(index) }
        return 0xff
    }

    /// Decodes both alphabets, skipping other characters and stopping at the first '='.
    @inline(__always)
    static func decodeBase64<Units: RandomAccessCollection>(_ units: Units, into out: UnsafeMutableRawBufferPointer) -> Int
    where Units.Element: FixedWidthInteger, Units.Index == Int {
        base64Values.withUnsafeBufferPointer { table in
            var accumulator: UInt32 = 0, bits = 0, written = 0
            var i = 0
            let count = units.count
            // Whole groups of four valid characters, the common case, four at a time.
            while i + 4 <= count && written + 3 <= out.count {
                let a = units[i], b = units[i + 1], c = units[i + 2], d = units[i + 3]
                guard a < 256, b < 256, c < 256, d < 256 else { break }
                let va = table[Int(a)], vb = table[Int(b)], vc = table[Int(c)], vd = table[Int(d)]
                guard (va | vb | vc | vd) & 0xc0 == 0 else { break }
                let n = UInt32(va) << 18 | UInt32(vb) << 12 | UInt32(vc) << 6 | UInt32(vd)
                out[written] = UInt8(truncatingIfNeeded: n >> 16)
                out[written + 1] = UInt8(truncatingIfNeeded: n >> 8)
                out[written + 2] = UInt8(truncatingIfNeeded: n)
                written += 3
                i += 4
            }
            while i < count && written < out.count {
                let code = units[i]
                i += 1
                guard code < 256 else { continue }
                let value = table[Int(code)]
                if value == 0x40 { break }
                if value == 0xff { continue }
                accumulator = accumulator << 6 | UInt32(value)
                bits += 6
                if bits >= 8 {
                    bits -= 8
                    out[written] = UInt8(truncatingIfNeeded: accumulator >> UInt32(bits))
                    written += 1
                }
            }
            return written
        }
    }

    /// base64Write(bytes, string, offset, max): the count written.
    static func base64Write(_ call: CallFrame) throws -> JSValueRef? {
        let out = try writeTarget(call)
        let written = try withStringUnits(call, 1, latin1: { decodeBase64($0, into: out) },
                                          utf16: { decodeBase64($0, into: out) })
        return call.js.number(written)
    }

    /// Each byte's two lowercase hex digits, as they lie in memory (a little-endian UInt16).
    static let hexPairs: [UInt16] = (0..<256).map { byte in
        let digits = Array("0123456789abcdef".utf8)
        return UInt16(digits[byte >> 4]) | UInt16(digits[byte & 15]) << 8
    }

    /// hexSlice(bytes, start, end): two lowercase digits per byte.
    static func hexSlice(_ call: CallFrame) throws -> JSValueRef? {
        let input = try range(call)
        return latin1String(call.js, count: input.count * 2) { out in
            guard let base = input.baseAddress?.assumingMemoryBound(to: UInt8.self) else { return }
            let pairs = UnsafeMutableRawPointer(out)
            hexPairs.withUnsafeBufferPointer { table in
                for i in 0..<input.count { pairs.storeBytes(of: table[Int(base[i])], toByteOffset: i * 2, as: UInt16.self) }
            }
        }
    }

    static let base64Alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
    static let base64URLAlphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".utf8)
    /// Every 12-bit group as its two base64 digits, as they lie in memory.
    static func pairTable(_ alphabet: [UInt8]) -> [UInt16] {
        (0..<4096).map { UInt16(alphabet[$0 >> 6]) | UInt16(alphabet[$0 & 63]) << 8 }
    }
    static let base64Pairs = pairTable(base64Alphabet)
    static let base64URLPairs = pairTable(base64URLAlphabet)

    /// base64Slice(bytes, start, end, url): standard alphabet with padding, or base64url without.
    static func base64Slice(_ call: CallFrame) throws -> JSValueRef? {
        let input = try range(call)
        let url = call.bool(3)
        let full = input.count / 3, rest = input.count % 3
        let length = full * 4 + (rest == 0 ? 0 : (url ? rest + 1 : 4))
        return latin1String(call.js, count: length) { out in
            guard let bytes = input.baseAddress?.assumingMemoryBound(to: UInt8.self) else { return }
            let pairs = UnsafeMutableRawPointer(out)
            (url ? base64URLPairs : base64Pairs).withUnsafeBufferPointer { table in
                var i = 0
                for g in 0..<full {
                    let n = Int(bytes[i]) << 16 | Int(bytes[i + 1]) << 8 | Int(bytes[i + 2])
                    pairs.storeBytes(of: table[n >> 12], toByteOffset: g * 4, as: UInt16.self)
                    pairs.storeBytes(of: table[n & 0xfff], toByteOffset: g * 4 + 2, as: UInt16.self)
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

    /// utf8Encode(string): a new ArrayBuffer of the string's UTF-8 bytes, lone surrogates as
    /// U+FFFD. One-byte strings are read in place; others go through the engine's converter. The
    /// bytes become the ArrayBuffer without a copy.
    static func utf8Encode(_ call: CallFrame) throws -> JSValueRef? {
        let (bytes, count): (UnsafeMutablePointer<UInt8>, Int) = try withStringUnits(call, 0, latin1: { input in
            let total = input.count + countHighBytes(input)
            let bytes = try allocateBytes(total)
            if total == input.count {
                if let base = input.baseAddress { bytes.update(from: base, count: input.count) }
            } else {
                var o = 0
                for byte in input {
                    if byte < 0x80 {
                        bytes[o] = byte; o += 1
                    } else {
                        bytes[o] = 0xc0 | byte >> 6; bytes[o + 1] = 0x80 | byte & 0x3f; o += 2
                    }
                }
            }
            return (bytes, total)
        }, utf16: { units in
            // The exact size (and the spare byte encodeUTF8 needs): memory of the size this
            // call gave back is what the allocator hands the next one, without fresh pages.
            let total = utf8Count(units)
            let bytes = try allocateBytes(total + 1)
            let written = units.isEmpty ? 0 : encodeUTF8(units, into: bytes, capacity: total + 1)
            assert(written == total)
            return (bytes, total)
        })
        return try arrayBuffer(call, adopting: UnsafeMutableRawPointer(bytes), count: count)
    }

    /// uninitializedArrayBuffer(size): an ArrayBuffer whose bytes are not zeroed, for
    /// Buffer.allocUnsafe and for buffers about to be overwritten whole. Freed memory the
    /// allocator hands back is reused without the page faults of fresh zeroed pages.
    static func uninitializedArrayBuffer(_ call: CallFrame) throws -> JSValueRef? {
        let size = max(0, try call.int(0))
        return try arrayBuffer(call, adopting: UnsafeMutableRawPointer(try allocateBytes(size)), count: size)
    }

    /// latin1Encode(string): a new ArrayBuffer of each character's low byte. The memory is not
    /// zeroed first (the engine's own typed arrays are), and becomes the buffer without a copy.
    static func latin1Encode(_ call: CallFrame) throws -> JSValueRef? {
        let (bytes, count): (UnsafeMutablePointer<UInt8>, Int) = try withStringUnits(call, 0, latin1: { input in
            let bytes = try allocateBytes(input.count)
            if let base = input.baseAddress { bytes.update(from: base, count: input.count) }
            return (bytes, input.count)
        }, utf16: { units in
            let bytes = try allocateBytes(units.count)
            for i in 0..<units.count { bytes[i] = UInt8(truncatingIfNeeded: units[i]) }
            return (bytes, units.count)
        })
        return try arrayBuffer(call, adopting: UnsafeMutableRawPointer(bytes), count: count)
    }

    /// UTF-16 to UTF-8 into `out`, which has room for all of it (`capacity` bytes), lone
    /// surrogates as U+FFFD; the bytes written. Runs of four ASCII units are packed into one
    /// 4-byte store; a 2- or 3-byte sequence is one store too (the 3-byte one writes a fourth
    /// byte that the next sequence overwrites, when there is room for it). The pointers move
    /// instead of indexes.
    static func encodeUTF8(_ units: UnsafeBufferPointer<UInt16>, into out: UnsafeMutablePointer<UInt8>, capacity: Int) -> Int {
        guard var source = units.baseAddress else { return 0 }
        let end = source + units.count
        var target = UnsafeMutableRawPointer(out)
        let targetEnd = target + capacity
        while source < end {
            if end - source >= 4 {
                let word = UnsafeRawPointer(source).loadUnaligned(as: UInt64.self)
                if word & 0xff80_ff80_ff80_ff80 == 0 {
                    let packed = (word & 0xff) | (word >> 8 & 0xff00) | (word >> 16 & 0xff_0000) | (word >> 24 & 0xff00_0000)
                    target.storeBytes(of: UInt32(truncatingIfNeeded: packed), as: UInt32.self)
                    source += 4; target += 4
                    continue
                }
            }
            let unit = UInt32(source.pointee)
            source += 1
            if unit < 0x80 {
                target.storeBytes(of: UInt8(truncatingIfNeeded: unit), as: UInt8.self)
                target += 1
            } else if unit < 0x800 {
                let pair = (0xc0 | unit >> 6) | (0x80 | unit & 0x3f) << 8
                target.storeBytes(of: UInt16(truncatingIfNeeded: pair), as: UInt16.self)
                target += 2
            } else if unit & 0xf800 != 0xd800 {
                let triple = (0xe0 | unit >> 12) | (0x80 | (unit >> 6) & 0x3f) << 8 | (0x80 | unit & 0x3f) << 16
                if targetEnd - target >= 4 {
                    target.storeBytes(of: triple, as: UInt32.self)
                } else {
                    target.storeBytes(of: UInt16(truncatingIfNeeded: triple), as: UInt16.self)
                    target.storeBytes(of: UInt8(truncatingIfNeeded: triple >> 16), toByteOffset: 2, as: UInt8.self)
                }
                target += 3
            } else if unit < 0xdc00, source < end, source.pointee & 0xfc00 == 0xdc00 {
                let scalar = 0x10000 + ((unit - 0xd800) << 10) + (UInt32(source.pointee) - 0xdc00)
                source += 1
                let quad = (0xf0 | scalar >> 18) | (0x80 | (scalar >> 12) & 0x3f) << 8 |
                    (0x80 | (scalar >> 6) & 0x3f) << 16 | (0x80 | scalar & 0x3f) << 24
                target.storeBytes(of: quad, as: UInt32.self)
                target += 4
            } else {
                target.storeBytes(of: UInt16(0xbf_ef), as: UInt16.self)
                target.storeBytes(of: UInt8(0xbd), toByteOffset: 2, as: UInt8.self)
                target += 3
            }
        }
        return target - UnsafeMutableRawPointer(out)
    }

    /// `count` bytes (at least one) from malloc, for an ArrayBuffer to adopt; RangeError if none.
    static func allocateBytes(_ count: Int) throws -> UnsafeMutablePointer<UInt8> {
        guard let bytes = malloc(max(count, 1)) else {
            throw NativeError.error("Array buffer allocation failed", constructor: "RangeError")
        }
        return bytes.assumingMemoryBound(to: UInt8.self)
    }

    /// An ArrayBuffer that takes over malloc'd `bytes` (see AdoptedMemory).
    static func arrayBuffer(_ call: CallFrame, adopting bytes: UnsafeMutableRawPointer, count: Int) throws -> JSValueRef {
        try AdoptedMemory.arrayBuffer(call.ctx, adopting: bytes, count: count)
    }

    /// How many bytes are 0x80 or above (each takes two bytes in UTF-8).
    static func countHighBytes(_ input: UnsafeBufferPointer<UInt8>) -> Int {
        var count = 0
        var index = 0
        if let base = input.baseAddress {
            let words = input.count / 8
            for w in 0..<words {
                let word = UnsafeRawPointer(base).loadUnaligned(fromByteOffset: w * 8, as: UInt64.self)
                count += ((word & 0x8080_8080_8080_8080) >> 7).nonzeroBitCount
            }
            index = words * 8
        }
        while index < input.count {
            if input[index] >= 0x80 { count += 1 }
            index += 1
        }
        return count
    }

    /// utf8Length(string): the UTF-8 byte length.
    static func utf8Length(_ call: CallFrame) throws -> JSValueRef? {
        call.js.number(try withStringUnits(call, 0, latin1: { $0.count + countHighBytes($0) }, utf16: { utf8Count($0) }))
    }

    /// The UTF-8 length of UTF-16 `units` (lone surrogates as the three bytes of U+FFFD): one byte
    /// a unit, one more from 0x80, one more from 0x800, less one per unit of a surrogate pair
    /// (two units of three become four bytes). The counting loop has no branches to vectorize
    /// around; pairs are looked for only when there are surrogates at all.
    static func utf8Count(_ units: UnsafeBufferPointer<UInt16>) -> Int {
        // Branch-free per unit so the compiler vectorizes it: (u + 0xff80) >> 16 is 1 from 0x80,
        // (u + 0xf800) >> 16 from 0x800; ((u & 0xf800) ^ 0xd800) - 1 has its top bit only for
        // a surrogate.
        var extra = 0
        var surrogates = 0
        if let base = units.baseAddress {
            var start = 0
            while start < units.count {
                // Blocks short enough for 32-bit lane counters (at most two a unit).
                let end = min(units.count, start + 65536)
                var blockExtra: UInt32 = 0
                var blockSurrogates: UInt32 = 0
                for i in start..<end {
                    let u = UInt32(base[i])
                    blockExtra &+= (u &+ 0xff80) >> 16 &+ (u &+ 0xf800) >> 16
                    blockSurrogates &+= (((u & 0xf800) ^ 0xd800) &- 1) >> 31
                }
                extra += Int(blockExtra)
                surrogates += Int(blockSurrogates)
                start = end
            }
        }
        var length = units.count + extra
        if surrogates > 0 {
            var i = 0
            while i + 1 < units.count {
                if units[i] & 0xfc00 == 0xd800 && units[i + 1] & 0xfc00 == 0xdc00 {
                    length -= 2
                    i += 2
                } else {
                    i += 1
                }
            }
        }
        return length
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
