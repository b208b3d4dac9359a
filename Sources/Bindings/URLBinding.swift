import CJavaScriptCore
import CShims
import JSBridge

/// `internalBinding('url')`: what the URL parser in lib/ cannot do alone: IDNA domain mapping.
public enum URLBinding: InternalBinding {
    public static let name = "url"

    public static func make(_ host: BindingHost) -> JSObjectRef {
        host.js.object(methods: [
            // domainToASCII(domain): the ASCII form of a domain (UTS #46), or null if invalid.
            NativeMethod("domainToASCII") { c, _, t, n, a, e in
                bridge(c, t, n, a, e, URLBinding.domainToASCII)
            },
        ])
    }

    /// Reads the argument's UTF-16 in place and builds the result from a stack buffer: this is
    /// on the path of every URL whose host is not plain ASCII.
    static func domainToASCII(_ call: CallFrame) throws -> JSValueRef? {
        let value = call[0]
        guard JSValueIsString(call.ctx, value), let input = JSValueToStringCopy(call.ctx, value, nil) else {
            throw NativeError.argument(0, "a string")
        }
        defer { JSStringRelease(input) }
        let length = JSStringGetLength(input)
        let capacity = max(256, length * 4 + 64)
        return withUnsafeTemporaryAllocation(of: UInt16.self, capacity: capacity) { output -> JSValueRef in
            let written = apus_idna_to_ascii(JSStringGetCharactersPtr(input), Int32(length), output.baseAddress,
                                             Int32(capacity))
            guard written >= 0 else { return call.js.null }
            let result = JSStringCreateWithCharacters(output.baseAddress, Int(written))!
            defer { JSStringRelease(result) }
            return apus_string_value(call.ctx, result)
        }
    }
}
