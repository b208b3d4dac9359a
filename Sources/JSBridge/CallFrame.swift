import CJavaScriptCore
import CShims

/// The arguments of one native call, with typed accessors. Arguments arrive already validated by
/// the JavaScript side (thin native, thick JS), so a wrong type here is a bug in lib/ and is
/// reported as a TypeError naming the argument position.
public struct CallFrame {
    public let js: JS
    public let this: JSObjectRef?
    public let count: Int
    let arguments: UnsafePointer<JSValueRef?>?

    public var ctx: JSContextRef { js.ctx }

    public subscript(_ index: Int) -> JSValueRef {
        guard index < count, let value = arguments?[index] else { return js.undefined }
        return value
    }

    public func has(_ index: Int) -> Bool {
        guard index < count else { return false }
        let value = self[index]
        let undefined = apus_decode_undefined(value)
        return undefined < 0 ? !JSValueIsUndefined(ctx, value) : undefined == 0
    }

    public func string(_ index: Int) throws -> String {
        let value = self[index]
        guard JSValueIsString(ctx, value) else { throw NativeError.argument(index, "a string") }
        return js.toString(value)
    }

    /// The string argument as a NUL-terminated UTF-8 C string, valid only inside `body`; no
    /// Swift String is made, which keeps hot calls taking a path (stat) cheap.
    @inlinable
    public func withCString<R>(_ index: Int, _ body: (UnsafePointer<CChar>) throws -> R) throws -> R {
        let value = self[index]
        guard JSValueIsString(ctx, value), let string = JSValueToStringCopy(ctx, value, nil) else {
            throw NativeError.argument(index, "a string")
        }
        defer { JSStringRelease(string) }
        return try withUTF8CString(string, body)
    }

    public func double(_ index: Int) throws -> Double {
        let value = self[index]
        var number = 0.0
        if apus_decode_number(value, &number) { return number }
        guard JSValueIsNumber(ctx, value) else { throw NativeError.argument(index, "a number") }
        return JSValueToNumber(ctx, value, nil)
    }

    public func int(_ index: Int) throws -> Int {
        let number = try double(index)
        guard number.isFinite else { throw NativeError.argument(index, "a finite number") }
        // Int's own conversion in range: the generic clamping path costs ~100 instructions.
        if number > -9.0e18 && number < 9.0e18 { return Int(number) }
        return Int.clamping(number)
    }

    public func int32(_ index: Int) throws -> Int32 { Int32(truncatingIfNeeded: try int(index)) }

    /// A file position: a number or a BigInt (exact beyond 2^53), -1 (the current position)
    /// when absent or null. JS has range-checked it.
    public func filePosition(_ index: Int) throws -> Int64 {
        guard has(index) else { return -1 }
        let value = self[index]
        if JSValueIsNumber(ctx, value) { return Int64.clamping(JSValueToNumber(ctx, value, nil)) }
        if JSValueIsBigInt(ctx, value) {
            var exception: JSValueRef?
            let position = JSValueToInt64(ctx, value, &exception)
            if exception != nil { throw NativeError.argument(index, "a 64-bit integer") }
            return position
        }
        return -1
    }

    public func bool(_ index: Int) -> Bool { JSValueToBoolean(ctx, self[index]) }

    public func object(_ index: Int) throws -> JSObjectRef {
        guard let object = js.asObject(self[index]) else { throw NativeError.argument(index, "an object") }
        return object
    }

    public func function(_ index: Int) throws -> JSObjectRef {
        let object = try self.object(index)
        guard JSObjectIsFunction(ctx, object) else { throw NativeError.argument(index, "a function") }
        return object
    }

    /// A function argument kept alive beyond this call (JSValueProtect): for callbacks a binding
    /// stores for later. Bindings store these once, for the life of the process.
    public func protectedFunction(_ index: Int) throws -> JSObjectRef {
        let value = try function(index)
        JSValueProtect(ctx, value)
        return value
    }

    /// The bytes of a typed array or ArrayBuffer argument, for use during this call only: a typed
    /// array's are read from the engine's cell without engine calls and are not pinned.
    public func bytes(_ index: Int) throws -> UnsafeMutableRawBufferPointer {
        var data: UnsafeMutablePointer<UInt8>?
        var length = 0
        if apus_typed_array_bytes(ctx, self[index], &data, &length) != 0 {
            return UnsafeMutableRawBufferPointer(start: data, count: length)
        }
        return try pinnedBytes(index)
    }

    /// The bytes of a typed array or ArrayBuffer argument, pinned by the engine (never detached
    /// or moved): for memory a libuv request reads or writes after this call returns.
    public func pinnedBytes(_ index: Int) throws -> UnsafeMutableRawBufferPointer {
        guard let bytes = js.bytes(of: self[index]) else { throw NativeError.argument(index, "an ArrayBufferView") }
        return bytes
    }
}

/// Failures raised by native code. `bridge` is the only place they become JS exceptions.
public enum NativeError: Error {
    case argument(Int, String)
    case error(String, constructor: String = "Error", code: String? = nil)
    case exception(JSValueRef)
}

/// A failure that knows its own JavaScript error value (made when it crosses into JavaScript,
/// so it can be raised where no JavaScript may run).
public protocol JSValueError: Error {
    func jsValue(_ js: JS) -> JSValueRef
}

/// The one place a Swift `throw` from a binding becomes a JavaScript exception.
@inline(__always)
public func bridge(_ ctx: JSContextRef?, _ this: JSObjectRef?, _ count: Int, _ args: UnsafePointer<JSValueRef?>?,
                   _ exception: UnsafeMutablePointer<JSValueRef?>?,
                   _ body: (CallFrame) throws -> JSValueRef?) -> JSValueRef? {
    let js = JS(ctx!)
    let frame = CallFrame(js: js, this: this, count: count, arguments: args)
    do {
        return try body(frame) ?? js.undefined
    } catch let failure as NativeError {
        switch failure {
        case .argument(let index, let expected):
            exception?.pointee = js.error("internal binding argument \(index) must be \(expected)",
                                          constructor: "TypeError", code: "ERR_INTERNAL_ASSERTION")
        case .error(let message, let constructor, let code):
            exception?.pointee = js.error(message, constructor: constructor, code: code)
        case .exception(let value):
            exception?.pointee = value
        }
    } catch let thrown as JSException {
        exception?.pointee = thrown.value
    } catch let failure as JSValueError {
        exception?.pointee = failure.jsValue(js)
    } catch {
        exception?.pointee = js.error(String(describing: error))
    }
    return nil
}

public extension FixedWidthInteger {
    /// A JavaScript number as this integer type: rounded toward zero and clamped into range,
    /// NaN as 0. Swift's own conversion traps on out-of-range values; input from JavaScript
    /// must never crash the process.
    @inlinable
    static func clamping(_ value: Double) -> Self {
        if value.isNaN { return 0 }
        if value >= Double(Self.max) { return Self.max }
        if value <= Double(Self.min) { return Self.min }
        return Self(value)
    }
}

extension CallFrame {
    /// The Swift object behind `this` (an object of a makeNativeClass class, which holds one
    /// retained reference as its private pointer); a TypeError when the call has another receiver.
    public func receiver<Owner: AnyObject>(_ type: Owner.Type) throws -> Owner {
        guard let this, let pointer = JSObjectGetPrivate(this) else {
            throw NativeError.error("Illegal invocation", constructor: "TypeError")
        }
        return Unmanaged<Owner>.fromOpaque(pointer).takeUnretainedValue()
    }

    /// The Swift object behind argument `index`, which must be an object of `jsClass`.
    public func native<Owner: AnyObject>(_ index: Int, of jsClass: JSClassRef, as type: Owner.Type) throws -> Owner {
        guard let object = js.asObject(self[index]), JSValueIsObjectOfClass(ctx, object, jsClass),
              let pointer = JSObjectGetPrivate(object) else {
            throw NativeError.error("Illegal invocation", constructor: "TypeError")
        }
        return Unmanaged<Owner>.fromOpaque(pointer).takeUnretainedValue()
    }
}
