import Glibc
import CJavaScriptCore
import JSBridge

/// `process.env`: a live view of the C environment. Reads call getenv, writes coerce the value to
/// a string and call setenv, deletes call unsetenv, enumeration walks `environ`.
enum EnvObject {
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
