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
                bridge(c, t, n, a, e) { f in
                    let input = Array(try f.string(0).utf16)
                    var output = [UInt16](repeating: 0, count: max(256, input.count * 4 + 64))
                    let written = apus_idna_to_ascii(input, Int32(input.count), &output, Int32(output.count))
                    guard written >= 0 else { return f.js.null }
                    return f.js.string(String(decoding: output[0..<Int(written)], as: UTF16.self))
                }
            },
        ])
    }
}
