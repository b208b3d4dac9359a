import Glibc
import CJavaScriptCore
import CShims
import JSBridge

/// The C environment behind `process.env` (lib/internal/bootstrap/node.js makes the object):
/// reads call getenv, writes setenv, deletes unsetenv, enumeration walks `environ`. A name with
/// a NUL ends there, as in C; names setenv refuses ('' or with '=') are not set.
enum EnvObject {
    static var methods: [NativeMethod] {
        [
            NativeMethod("getEnv") { c, _, t, n, a, e in
                bridge(c, t, n, a, e) { f in
                    guard let value = getenv(try f.string(0)) else { return f.js.undefined }
                    return EnvObject.asciiString(f.ctx, value) ?? f.js.string(String(cString: value))
                }
            },
            NativeMethod("setEnv") { c, _, t, n, a, e in
                bridge(c, t, n, a, e) { f in _ = setenv(try f.string(0), try f.string(1), 1); return nil }
            },
            NativeMethod("unsetEnv") { c, _, t, n, a, e in
                bridge(c, t, n, a, e) { f in _ = unsetenv(try f.string(0)); return nil }
            },
            // timeZoneChanged(): after TZ was set or deleted (see CShims).
            NativeMethod("timeZoneChanged") { c, _, t, n, a, e in
                bridge(c, t, n, a, e) { f in _ = apus_time_zone_changed(f.ctx); return nil }
            },
            NativeMethod("envNames") { c, _, t, n, a, e in
                bridge(c, t, n, a, e) { f in f.js.array(of: EnvObject.names()) { f.js.string($0) } }
            },
        ]
    }

    /// The names in `environ`, each once (the first entry of a name is the one getenv finds).
    static func names() -> [String] {
        var names: [String] = []
        var seen = Set<String>()
        var entry = environ
        while let pointer = entry.pointee {
            let line = String(cString: pointer)
            if let equals = line.firstIndex(of: "="), equals != line.startIndex {
                let name = String(line[..<equals])
                if seen.insert(name).inserted { names.append(name) }
            }
            entry += 1
        }
        return names
    }

    /// An engine string of an ASCII C string, its bytes copied once; nil for other text.
    static func asciiString(_ ctx: JSContextRef, _ value: UnsafePointer<CChar>) -> JSValueRef? {
        let bytes = UnsafeRawBufferPointer(start: value, count: strlen(value))
        guard BufferBinding.isPlainASCII(bytes) else { return nil }
        return BufferBinding.copiedString(JS(ctx), bytes)
    }
}
