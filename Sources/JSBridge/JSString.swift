import CJavaScriptCore

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
