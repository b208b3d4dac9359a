import CJavaScriptCore
import CShims

/// Conversions between Swift strings and JavaScriptCore strings. UTF-16 is used in both
/// directions so that embedded NUL characters survive the crossing.
public extension String {
    init(jsString: JSStringRef) {
        let length = JSStringGetLength(jsString)
        guard length > 0, let chars = JSStringGetCharactersPtr(jsString) else { self = ""; return }
        let units = UnsafeBufferPointer(start: chars, count: length)
        // Paths, names and identifiers are almost always ASCII: copy them byte for byte instead
        // of going through the general UTF-16 decoder, which dominated short conversions.
        if !units.contains(where: { $0 >= 0x80 }) {
            self = String(unsafeUninitializedCapacity: length) { bytes in
                for index in 0..<length { bytes[index] = UInt8(truncatingIfNeeded: units[index]) }
                return length
            }
            return
        }
        self = String(decoding: units, as: UTF16.self)
    }
}

/// A new JSStringRef the caller owns (release it with JSStringRelease).
public func makeJSString(_ string: String) -> JSStringRef {
    // ASCII without NUL goes through the C-string constructor, which makes a compact 8-bit
    // engine string; anything else is handed over as UTF-16.
    var plainASCII = true
    for byte in string.utf8 where byte == 0 || byte >= 0x80 {
        plainASCII = false
        break
    }
    if plainASCII { return string.withCString { JSStringCreateWithUTF8CString($0)! } }
    let utf16 = Array(string.utf16)
    return utf16.withUnsafeBufferPointer { JSStringCreateWithCharacters($0.baseAddress, $0.count)! }
}

@inline(__always)
public func withJSString<R>(_ string: String, _ body: (JSStringRef) throws -> R) rethrows -> R {
    let js = makeJSString(string)
    defer { JSStringRelease(js) }
    return try body(js)
}

/// `string` as a NUL-terminated UTF-8 C string, valid only inside `body`. An ASCII string of
/// one-byte storage (most paths and names) is copied as it is, with no UTF-8 conversion and no
/// Swift String.
@inlinable
public func withUTF8CString<R>(_ string: JSStringRef, _ body: (UnsafePointer<CChar>) throws -> R) rethrows -> R {
    var length = 0
    if let bytes = apus_string_latin1_characters(string, &length), length < 4096 {
        let copied: R? = try withUnsafeTemporaryAllocation(of: CChar.self, capacity: length + 1) { buffer in
            for offset in 0..<length {
                let byte = bytes[offset]
                // Latin-1 above ASCII needs UTF-8's two bytes: the general path below.
                if byte >= 0x80 { return nil }
                buffer[offset] = CChar(bitPattern: byte)
            }
            buffer[length] = 0
            return try body(buffer.baseAddress!)
        }
        if let copied { return copied }
    }
    let capacity = JSStringGetMaximumUTF8CStringSize(string)
    if capacity <= 4096 {
        return try withUnsafeTemporaryAllocation(of: CChar.self, capacity: capacity) { buffer in
            _ = JSStringGetUTF8CString(string, buffer.baseAddress, capacity)
            return try body(buffer.baseAddress!)
        }
    }
    let buffer = UnsafeMutablePointer<CChar>.allocate(capacity: capacity)
    defer { buffer.deallocate() }
    _ = JSStringGetUTF8CString(string, buffer, capacity)
    return try body(buffer)
}
