import Glibc
import CJavaScriptCore
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

    nonisolated(unsafe) static let jsClass: JSClassRef = {
        var definition = kJSClassDefinitionEmpty
        definition.className = UnsafePointer(strdup("Object"))
        definition.getProperty = { ctx, _, name, _ in
            let key = String(jsString: name!)
            guard let value = getenv(key) else { return nil }
            return JS(ctx!).string(String(cString: value))
        }
        definition.hasProperty = { _, _, name in getenv(String(jsString: name!)) != nil }
        definition.setProperty = { ctx, _, name, value, exception in
            let js = JS(ctx!)
            if JSValueIsSymbol(ctx, value) {
                exception?.pointee = js.error("Cannot convert a Symbol value to a string", constructor: "TypeError")
                return true
            }
            if !JSValueIsString(ctx, value) && !JSValueIsNumber(ctx, value) && !JSValueIsBoolean(ctx, value) {
                warnNonStringValue(js)
            }
            setenv(String(jsString: name!), js.toString(value!), 1)
            return true
        }
        definition.deleteProperty = { _, _, name, _ in
            unsetenv(String(jsString: name!))
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
