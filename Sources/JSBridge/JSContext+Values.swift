import Glibc
import CJavaScriptCore
import CShims

/// Value helpers over the JavaScriptCore C API for one context. All functions take the raw
/// context so that binding callbacks, which receive a `JSContextRef`, can use them directly.
public struct JS {
    public let ctx: JSContextRef
    public init(_ ctx: JSContextRef) { self.ctx = ctx }

    // Numbers, booleans, null and undefined are made from their encoding (see CShims'
    // engine_values.c) once it is verified: no engine call, no lock.
    public var undefined: JSValueRef {
        apus_values_encoded != 0 ? OpaquePointer(bitPattern: UInt(apus_encoded_undefined))! : JSValueMakeUndefined(ctx)
    }
    public var null: JSValueRef {
        apus_values_encoded != 0 ? OpaquePointer(bitPattern: UInt(apus_encoded_null))! : JSValueMakeNull(ctx)
    }
    public var global: JSObjectRef { JSContextGetGlobalObject(ctx) }

    public func number(_ value: Double) -> JSValueRef {
        apus_values_encoded != 0 ? apus_encode_number(value) : JSValueMakeNumber(ctx, value)
    }
    public func number<I: BinaryInteger>(_ value: I) -> JSValueRef { number(Double(value)) }
    public func bool(_ value: Bool) -> JSValueRef {
        apus_values_encoded != 0 ? OpaquePointer(bitPattern: UInt(value ? apus_encoded_true : apus_encoded_false))!
            : JSValueMakeBoolean(ctx, value)
    }
    public func string(_ value: String) -> JSValueRef {
        withJSString(value) { apus_string_value(ctx, $0) }
    }

    /// A JS string straight from a NUL-terminated UTF-8 C string (file names, for instance).
    public func string(cString: UnsafePointer<CChar>) -> JSValueRef {
        let js = JSStringCreateWithUTF8CString(cString)!
        defer { JSStringRelease(js) }
        return apus_string_value(ctx, js)
    }

    public func object() -> JSObjectRef { JSObjectMake(ctx, nil, nil) }

    /// An array of values that already exist and stay reachable (held in locals, numbers, or
    /// other objects' properties). Values made one after another go through `array(of:)`.
    public func array(_ values: [JSValueRef]) -> JSObjectRef {
        let list: [JSValueRef?] = values.map { $0 }
        return list.withUnsafeBufferPointer { JSObjectMakeArray(ctx, $0.count, $0.baseAddress, nil) }
    }

    /// An array whose elements are made by `build`, each stored in the array as soon as it is
    /// appended. The engine finds live values by scanning the native stack and registers, not
    /// Swift's heap: in a Swift Array of values made one by one, the earlier ones are garbage
    /// to a collection that a later allocation triggers.
    public func array(of build: (inout ArrayBuilder) throws -> Void) rethrows -> JSObjectRef {
        var builder = ArrayBuilder(ctx: ctx, array: JSObjectMakeArray(ctx, 0, nil, nil)!)
        try build(&builder)
        return withExtendedLifetime(builder) { builder.array }
    }

    /// `array(of:)` with one element made per item.
    public func array<S: Sequence>(of items: S, _ element: (S.Element) throws -> JSValueRef) rethrows -> JSObjectRef {
        try array { builder in
            for item in items { builder.append(try element(item)) }
        }
    }

    public func toString(_ value: JSValueRef) -> String {
        guard let js = JSValueToStringCopy(ctx, value, nil) else { return "" }
        defer { JSStringRelease(js) }
        return String(jsString: js)
    }

    public func toNumber(_ value: JSValueRef) -> Double { JSValueToNumber(ctx, value, nil) }
    public func toBool(_ value: JSValueRef) -> Bool { JSValueToBoolean(ctx, value) }
    public func isUndefined(_ value: JSValueRef) -> Bool { JSValueIsUndefined(ctx, value) }
    public func isObject(_ value: JSValueRef) -> Bool { JSValueIsObject(ctx, value) }
    public func isFunction(_ value: JSValueRef) -> Bool {
        JSValueIsObject(ctx, value) && JSObjectIsFunction(ctx, JSValueToObject(ctx, value, nil))
    }
    public func asObject(_ value: JSValueRef) -> JSObjectRef? {
        JSValueIsObject(ctx, value) ? JSValueToObject(ctx, value, nil) : nil
    }

    public func get(_ object: JSObjectRef, _ name: String) -> JSValueRef {
        withJSString(name) { JSObjectGetProperty(ctx, object, $0, nil) } ?? undefined
    }

    public func set(_ object: JSObjectRef, _ name: String, _ value: JSValueRef,
                    attributes: JSPropertyAttributes = JSPropertyAttributes(kJSPropertyAttributeNone)) {
        withJSString(name) { JSObjectSetProperty(ctx, object, $0, value, attributes, nil) }
    }

    public func set(_ object: JSObjectRef, _ index: Int, _ value: JSValueRef) {
        JSObjectSetPropertyAtIndex(ctx, object, UInt32(index), value, nil)
    }

    /// Calls `function` as the outermost API call when none is active: JavaScriptCore drains the
    /// microtask queue when that call returns (see ARCHITECTURE.md, fact 1).
    public func call(_ function: JSObjectRef, this: JSObjectRef? = nil, _ args: [JSValueRef]) throws -> JSValueRef {
        var exception: JSValueRef?
        let list: [JSValueRef?] = args.map { $0 }
        let result = list.withUnsafeBufferPointer {
            JSObjectCallAsFunction(ctx, function, this, $0.count, $0.baseAddress, &exception)
        }
        if let exception { throw JSException(value: exception) }
        return result ?? undefined
    }

    /// Evaluates `source` as a classic script.
    public func evaluate(_ source: String, url: String, line: Int32 = 1) throws -> JSValueRef {
        var exception: JSValueRef?
        let result = withJSString(source) { src in
            withJSString(url) { JSEvaluateScript(ctx, src, nil, $0, line, &exception) }
        }
        if let exception { throw JSException(value: exception) }
        return result ?? undefined
    }

    /// A real function object (it has `name`, `call`, `apply`) backed by a C callback.
    public func function(_ name: String, _ callback: @escaping JSObjectCallAsFunctionCallback) -> JSObjectRef {
        withJSString(name) { apus_host_function(ctx, $0, callback) ?? JSObjectMakeFunctionWithCallback(ctx, $0, callback) }
    }

    /// An object whose properties are the given native methods: the shape of an `internalBinding`.
    public func object(methods: [NativeMethod]) -> JSObjectRef {
        let target = object()
        for method in methods { set(target, method.name, function(method.name, method.callback)) }
        return target
    }

    /// A JS Error of the given constructor (`Error`, `TypeError`, `RangeError` ...) with optional code.
    public func error(_ message: String, constructor: String = "Error", code: String? = nil) -> JSValueRef {
        let ctor = asObject(get(global, constructor)) ?? asObject(get(global, "Error"))!
        var exception: JSValueRef?
        let args: [JSValueRef?] = [string(message)]
        let error = args.withUnsafeBufferPointer {
            JSObjectCallAsConstructor(ctx, ctor, 1, $0.baseAddress, &exception)
        }
        guard let error else { return exception ?? undefined }
        if let code { set(error, "code", string(code)) }
        return error
    }

    /// Bytes of a typed array or ArrayBuffer view, or nil when `value` is not one.
    public func bytes(of value: JSValueRef) -> UnsafeMutableRawBufferPointer? {
        // Every engine call here takes the engine lock: one type test (which answers None for
        // anything that is not an object) and then the object's own fields.
        let type = JSValueGetTypedArrayType(ctx, value, nil)
        if type == kJSTypedArrayTypeNone { return nil }
        // Past the type test the value is an object, and an object's JSValueRef is its JSObjectRef.
        if type == kJSTypedArrayTypeArrayBuffer {
            let base = JSObjectGetArrayBufferBytesPtr(ctx, value, nil)
            return UnsafeMutableRawBufferPointer(start: base, count: JSObjectGetArrayBufferByteLength(ctx, value, nil))
        }
        guard let base = JSObjectGetTypedArrayBytesPtr(ctx, value, nil) else { return nil }
        let offset = JSObjectGetTypedArrayByteOffset(ctx, value, nil)
        return UnsafeMutableRawBufferPointer(start: base + offset, count: JSObjectGetTypedArrayByteLength(ctx, value, nil))
    }
}

/// A JavaScript exception crossing into Swift, or a Swift failure to be thrown into JavaScript.
public struct JSException: Error {
    public let value: JSValueRef
    public init(value: JSValueRef) { self.value = value }
}

/// A native function in a binding table. The callback must be a non-capturing closure.
public struct NativeMethod {
    public let name: String
    public let callback: JSObjectCallAsFunctionCallback
    public init(_ name: String, _ callback: @escaping JSObjectCallAsFunctionCallback) {
        self.name = name
        self.callback = callback
    }
}

/// A class whose instances carry a Swift pointer (JSObjectGetPrivate) and share the given
/// methods as non-enumerable functions; the callbacks find their Swift object through `this`.
public func makeNativeClass(name: String, methods: [NativeMethod],
                            finalize: JSObjectFinalizeCallback? = nil) -> JSClassRef {
    var definition = kJSClassDefinitionEmpty
    definition.className = UnsafePointer(strdup(name))
    definition.finalize = finalize
    let table = UnsafeMutablePointer<JSStaticFunction>.allocate(capacity: methods.count + 1)
    for (i, method) in methods.enumerated() {
        table[i] = JSStaticFunction(name: UnsafePointer(strdup(method.name)), callAsFunction: method.callback,
                                    attributes: JSPropertyAttributes(kJSPropertyAttributeDontEnum))
    }
    table[methods.count] = JSStaticFunction(name: nil, callAsFunction: nil, attributes: 0)
    definition.staticFunctions = UnsafePointer(table)
    return JSClassCreate(&definition)
}

/// See `JS.array(of:)`.
public struct ArrayBuilder {
    let ctx: JSContextRef
    public let array: JSObjectRef
    var count: UInt32 = 0

    public mutating func append(_ value: JSValueRef) {
        JSObjectSetPropertyAtIndex(ctx, array, count, value, nil)
        count += 1
    }
}
