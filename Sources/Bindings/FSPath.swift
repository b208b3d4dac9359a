import CJavaScriptCore
import JSBridge

/// A path argument as the bytes its system call takes: a string's UTF-8, or the bytes of a
/// Buffer, which lib/fs passes for a name that is not valid UTF-8 (a string cannot hold it).
/// `cString` goes to the call (Swift passes an array as a pointer to its elements); `text`
/// names the path in error messages.
struct FSPath {
    let cString: [CChar]
    let text: String

    init(_ string: String) {
        cString = Array(string.utf8CString)
        text = string
    }

    init(bytes: UnsafeRawBufferPointer) {
        var cString = [CChar](repeating: 0, count: bytes.count + 1)
        for (index, byte) in bytes.enumerated() { cString[index] = CChar(bitPattern: byte) }
        self.cString = cString
        text = String(decoding: bytes, as: UTF8.self)
    }

    /// The path followed by `suffix` (mkdtemp's template).
    func appending(_ suffix: String) -> FSPath {
        var joined = cString.dropLast().map { UInt8(bitPattern: $0) }
        joined.append(contentsOf: suffix.utf8)
        return joined.withUnsafeBytes { FSPath(bytes: $0) }
    }
}

extension CallFrame {
    /// Argument `index` as a path: a string, or a Uint8Array of the name's bytes.
    func path(_ index: Int) throws -> FSPath {
        if JSValueIsString(ctx, self[index]) { return FSPath(try string(index)) }
        guard let bytes = js.bytes(of: self[index]) else { throw NativeError.argument(index, "a string or Buffer") }
        return FSPath(bytes: UnsafeRawBufferPointer(bytes))
    }
}
