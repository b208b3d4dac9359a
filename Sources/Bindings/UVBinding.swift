import CJavaScriptCore
import CLibUV
import JSBridge
import EventLoop

/// `internalBinding('uv')`: libuv's names and descriptions of its error codes.
public enum UVBinding: InternalBinding {
    public static let name = "uv"

    public static func make(_ host: BindingHost) -> JSObjectRef {
        host.js.object(methods: [
            NativeMethod("errname") { c, _, t, n, a, e in
                bridge(c, t, n, a, e) { f in f.js.string(UVError(try f.int32(0)).name) }
            },
            NativeMethod("strerror") { c, _, t, n, a, e in
                bridge(c, t, n, a, e) { f in f.js.string(UVError(try f.int32(0)).message) }
            },
            // getErrorMap(): [errno, name, description, ...] for every error libuv knows.
            NativeMethod("getErrorMap") { c, _, t, n, a, e in
                bridge(c, t, n, a, e) { f in
                    return f.js.array { values in
                        for code in Int32(-4096)..<0 {
                            let name = String(cString: uv_err_name(code))
                            guard !name.hasPrefix("Unknown system error") else { continue }
                            values.append(f.js.number(code))
                            values.append(f.js.string(name))
                            values.append(f.js.string(UVError(code).message))
                        }
                    }
                }
            },
        ])
    }
}
