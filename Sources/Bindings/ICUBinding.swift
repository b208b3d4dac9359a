import Glibc
import CJavaScriptCore
import CShims
import JSBridge

/// `internalBinding('icu')`: ICU's converters, for the TextDecoder encodings that lib/ does not
/// decode itself (the legacy single- and multi-byte ones of the Encoding Standard).
public enum ICUBinding: InternalBinding {
    public static let name = "icu"

    /// A converter object owns its ICU converter, closed when the object is collected.
    nonisolated(unsafe) static let converterClass: JSClassRef = {
        var definition = kJSClassDefinitionEmpty
        definition.className = UnsafePointer(strdup("Converter"))
        definition.finalize = { object in
            if let converter = JSObjectGetPrivate(object) { apus_icu_converter_close(converter) }
        }
        return JSClassCreate(&definition)
    }()

    public static func make(_ host: BindingHost) -> JSObjectRef {
        host.js.object(methods: [
            NativeMethod("getConverter") { c, _, t, n, a, e in bridge(c, t, n, a, e, ICUBinding.getConverter) },
            NativeMethod("decode") { c, _, t, n, a, e in bridge(c, t, n, a, e, ICUBinding.decode) },
            NativeMethod("hasConverter") { c, _, t, n, a, e in
                bridge(c, t, n, a, e) { f in
                    let converter = apus_icu_converter_open(try f.string(0), false)
                    if let converter { apus_icu_converter_close(converter) }
                    return f.js.bool(converter != nil)
                }
            },
        ])
    }

    /// getConverter(encoding, fatal): a converter object, or null when ICU has no such encoding.
    static func getConverter(_ call: CallFrame) throws -> JSValueRef? {
        guard let converter = apus_icu_converter_open(try call.string(0), call.bool(1)) else { return call.js.null }
        return JSObjectMake(call.ctx, converterClass, converter)
    }

    /// decode(converter, bytes, flush): the text, or null when a fatal converter met bytes its
    /// encoding does not map.
    static func decode(_ call: CallFrame) throws -> JSValueRef? {
        guard let object = call.js.asObject(call[0]), JSValueIsObjectOfClass(call.ctx, object, converterClass),
              let converter = JSObjectGetPrivate(object) else {
            throw NativeError.argument(0, "a converter")
        }
        let bytes = try call.bytes(1)
        var output: UnsafeMutablePointer<UInt16>?
        var length = 0
        let status = apus_icu_decode(converter, bytes.baseAddress?.assumingMemoryBound(to: UInt8.self), bytes.count,
                                     call.bool(2), &output, &length)
        guard status == 0, let output else { return call.js.null }
        defer { free(output) }
        let text = JSStringCreateWithCharacters(output, length)!
        defer { JSStringRelease(text) }
        return JSValueMakeString(call.ctx, text)
    }
}
