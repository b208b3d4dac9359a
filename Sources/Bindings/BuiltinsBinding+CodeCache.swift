import Glibc
import CJavaScriptCore
import CBuiltins
import CShims
import JSBridge

/// The engine's bytecode for every builtin, so that start-up neither parses nor compiles them.
/// `apus --build-code-cache FILE` writes it (make does, beside the binary); the runtime maps
/// `<executable>.codecache` on the first builtin it compiles. A file made for other sources or
/// another engine build is ignored, and the engine compiles as it would without one.
///
/// File layout (native byte order): magic, entry count, payload kind, engine identity (32 bytes),
/// builtins digest (64 ASCII hex digits), then per builtin in table order (offset, length, hash
/// word of its text) as UInt64 triples, then the bytecode blobs, each starting on a page boundary.
public enum BuiltinsCodeCache {
    static let magic: UInt64 = 0x3230_4342_5355_5041   // "APUSBC02"
    static let headerSize = 8 + 4 + 4 + 32 + 64
    static let pageSize = 4096

    struct Mapping {
        let base: UnsafeRawPointer
        let entries: UnsafePointer<UInt64>
        let payloadKind: UInt32
    }

    nonisolated(unsafe) public static var path: String?
    nonisolated(unsafe) private static var state: Mapping?? = .none

    struct Entry {
        let bytecode: UnsafeRawPointer
        let length: Int
        let payloadKind: UInt32
        let textHash: UInt32
    }
    static let entryWords = 3

    /// The cached bytecode of builtin number `index`, if the cache file is present and current.
    static func entry(at index: Int) -> Entry? {
        if case .none = state { state = .some(map()) }
        guard case .some(.some(let mapping)) = state else { return nil }
        let words = mapping.entries + entryWords * index
        guard words[1] > 0 else { return nil }
        return Entry(bytecode: mapping.base + Int(words[0]), length: Int(words[1]), payloadKind: mapping.payloadKind,
                     textHash: UInt32(truncatingIfNeeded: words[2]))
    }

    /// The engine build's id; nil when it has none (nothing then tells builds apart).
    private static func expectedIdentity() -> [UInt8]? {
        var identity = [UInt8](repeating: 0, count: 32)
        apus_engine_identity(&identity)
        return identity.allSatisfy { $0 == 0 } ? nil : identity
    }

    private static func map() -> Mapping? {
        guard let path else { return nil }
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var info = stat()
        let count = Int(apus_builtins_count())
        let tableEnd = headerSize + 8 * entryWords * count
        guard fstat(fd, &info) == 0, Int(info.st_size) >= tableEnd,
              let memory = mmap(nil, Int(info.st_size), PROT_READ, MAP_PRIVATE, fd, 0), memory != MAP_FAILED else { return nil }
        let base = UnsafeRawPointer(memory)
        guard let identity = expectedIdentity() else {
            munmap(memory, Int(info.st_size))
            return nil
        }
        let digest = UnsafeRawPointer(apus_builtins_digest()!)
        let valid = base.loadUnaligned(as: UInt64.self) == magic
            && Int(base.loadUnaligned(fromByteOffset: 8, as: UInt32.self)) == count
            && memcmp(base + 16, identity, 32) == 0
            && memcmp(base + 48, digest, 64) == 0
        let entries = (base + headerSize).assumingMemoryBound(to: UInt64.self)
        let inBounds = (0..<count).allSatisfy { i in
            let words = entries + entryWords * i
            return words[0] % UInt64(pageSize) == 0 && words[0] + words[1] <= UInt64(info.st_size)
        }
        guard valid && inBounds else {
            munmap(memory, Int(info.st_size))
            return nil
        }
        return Mapping(base: base, entries: entries, payloadKind: base.loadUnaligned(fromByteOffset: 12, as: UInt32.self))
    }

    /// Compiles every builtin with all its functions and writes the cache file; the number of
    /// builtins the engine could not encode (they are compiled at run time as usual).
    public static func build(to path: String) throws -> Int {
        guard let identity = expectedIdentity() else {
            throw NativeError.error("the engine library has no build id", code: "ERR_CODE_CACHE")
        }
        let context = JSGlobalContextCreate(nil)!
        defer { JSGlobalContextRelease(context) }
        let count = Int(apus_builtins_count())
        var blobs: [[UInt8]?] = []
        var payloadKind: UInt32 = 0
        for index in 0..<count {
            let builtin = apus_builtin_at(index).pointee
            var bytes: UnsafeMutablePointer<UInt8>?
            var size = 0
            var kind: UInt32 = 0
            guard apus_encode_program_bytecode(context, builtin.source, builtin.length, &bytes, &size, &kind) == 0,
                  let bytes else {
                blobs.append(nil)
                continue
            }
            payloadKind = kind
            blobs.append(Array(UnsafeBufferPointer(start: bytes, count: size)))
            free(bytes)
        }
        var file: [UInt8] = []
        func append<T>(_ value: T) { withUnsafeBytes(of: value) { file.append(contentsOf: $0) } }
        append(magic)
        append(UInt32(count))
        append(payloadKind)
        file.append(contentsOf: identity)
        file.append(contentsOf: UnsafeRawBufferPointer(start: apus_builtins_digest(), count: 64))
        var offset = (headerSize + 8 * entryWords * count + pageSize - 1) / pageSize * pageSize
        for (index, blob) in blobs.enumerated() {
            let builtin = apus_builtin_at(index).pointee
            append(UInt64(blob == nil ? 0 : offset))
            append(UInt64(blob?.count ?? 0))
            append(UInt64(apus_source_hash_word(builtin.source, builtin.length)))
            if let blob { offset += (blob.count + pageSize - 1) / pageSize * pageSize }
        }
        for blob in blobs {
            guard let blob else { continue }
            file.append(contentsOf: [UInt8](repeating: 0, count: (pageSize - file.count % pageSize) % pageSize))
            file.append(contentsOf: blob)
        }
        let temporary = path + ".tmp"
        let out = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard out >= 0 else { throw NativeError.error("cannot write \(temporary)", code: "ERR_CODE_CACHE") }
        let written = file.withUnsafeBytes { write(out, $0.baseAddress, $0.count) }
        close(out)
        guard written == file.count, rename(temporary, path) == 0 else {
            unlink(temporary)
            throw NativeError.error("cannot write \(path)", code: "ERR_CODE_CACHE")
        }
        return blobs.filter { $0 == nil }.count
    }
}
