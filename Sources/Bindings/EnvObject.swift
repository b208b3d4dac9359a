import Glibc
import CJavaScriptCore
import CShims
import JSBridge

/// `process.env`: a live view of the C environment. Reads call getenv, writes coerce the value to
/// a string and call setenv, deletes call unsetenv, enumeration walks `environ`.
enum EnvObject {
    nonisolated(unsafe) static var warnedNonString = false

    /// DEP0104, once: env values that are not strings, numbers or booleans.
    static func warnNonStringValue(_ js: JS) {
        guard !warnedNonString, let process = js.asObject(js.get(js.global, "process")),
              let emitWarning = js.asObject(js.get(process, "emitWarning")) else { return }
        warnedNonString = true
        let message = "Assigning any value other than a string, number, or boolean to a process.env property is " +
            "deprecated. Please make sure to convert the value to a string before setting process.env with it."
        _ = try? js.call(emitWarning, this: process,
                         [js.string(message), js.string("DeprecationWarning"), js.string("DEP0104")])
    }

    /// An engine string of an ASCII C string, its bytes copied once; nil for other text.
    static func asciiString(_ ctx: JSContextRef, _ value: UnsafePointer<CChar>) -> JSValueRef? {
        let bytes = UnsafeRawBufferPointer(start: value, count: strlen(value))
        guard BufferBinding.isPlainASCII(bytes) else { return nil }
        return BufferBinding.copiedString(JS(ctx), bytes)
    }

    nonisolated(unsafe) static let jsClass: JSClassRef = {
        var definition = kJSClassDefinitionEmpty
        definition.className = UnsafePointer(strdup("Object"))
        // No hasProperty callback: the engine would call it before every getProperty, and a
        // getProperty that returns NULL already answers `in` and hasOwnProperty.
        definition.getProperty = { ctx, _, name, _ in
            guard let value = withUTF8CString(name!, { getenv($0) }) else { return nil }
            return asciiString(ctx!, value) ?? JS(ctx!).string(String(cString: value))
        }
        definition.setProperty = { ctx, _, name, value, exception in
            let js = JS(ctx!)
            if JSValueIsSymbol(ctx, value) {
                exception?.pointee = js.error("Cannot convert a Symbol value to a string", constructor: "TypeError")
                return true
            }
            if !JSValueIsString(ctx, value) && !JSValueIsNumber(ctx, value) && !JSValueIsBoolean(ctx, value) {
                warnNonStringValue(js)
            }
            _ = withUTF8CString(name!) { setenv($0, js.toString(value!), 1) }
            return true
        }
        definition.deleteProperty = { _, _, name, _ in
            _ = withUTF8CString(name!) { unsetenv($0) }
            return true
        }
        definition.getPropertyNames = { _, _, names in
            var entry = environ
            while let pointer = entry.pointee {
                let line = String(cString: pointer)
                if let equals = line.firstIndex(of: "="), equals != line.startIndex {
                    withJSString(String(line[..<equals])) { JSPropertyNameAccumulatorAddName(names, $0) }
                }
                entry += 1
            }
        }
        return JSClassCreate(&definition)
    }()
}
