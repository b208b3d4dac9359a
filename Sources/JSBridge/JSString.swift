import CJavaScriptCore

/// Conversions between Swift strings and JavaScriptCore strings. UTF-16 is used in both
/// directions so that embedded NUL characters survive the crossing.
public extension String {
    init(jsString: JSStringRef) {
        let length = JSStringGetLength(jsString)
        guard length > 0, let chars = JSStringGetCharactersPtr(jsString) else { self = ""; return }
        self = String(decoding: UnsafeBufferPointer(start: chars, count: length), as: UTF16.self)
    }
}

/// A new JSStringRef the caller owns (release it with JSStringRelease).
public func makeJSString(_ string: String) -> JSStringRef {
    let utf16 = Array(string.utf16)
    return utf16.withUnsafeBufferPointer { JSStringCreateWithCharacters($0.baseAddress, $0.count)! }
}

@inline(__always)
public func withJSString<R>(_ string: String, _ body: (JSStringRef) throws -> R) rethrows -> R {
    let js = makeJSString(string)
    defer { JSStringRelease(js) }
    return try body(js)
}
