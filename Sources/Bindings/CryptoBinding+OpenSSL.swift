import Glibc
import CJavaScriptCore
import JSBridge

/// OpenSSL's libcrypto, opened with dlopen on the first crypto call that needs it: linked, it
/// would be one more library (and its relocations) at every start-up for programs that never
/// hash. The functions are declared here from OpenSSL 3's evp.h/hmac.h/kdf.h/err.h.
enum OpenSSL {
    typealias MD = OpaquePointer
    typealias Ctx = OpaquePointer

    struct Library {
        let getDigestByName: GetDigestByName, fetchDigest: FetchDigest, digestName: DigestName
        let digestSize: DigestInt, digestFlags: DigestFlags, forEachDigest: ForEachDigest
        let digestContextNew: NewCtx, digestContextFree: FreeCtx, digestContextCopy: CopyCtx
        let digestInit: DigestInit, digestUpdate: Update, digestFinal: Final, digestFinalXOF: FinalXOF
        let hmacNew: NewCtx, hmacFree: FreeCtx, hmacInit: HmacInit, hmacUpdate: Update, hmacFinal: Final
        let pbkdf2: PBKDF2, scrypt: Scrypt
        let keyContextNewId: KeyCtxNew, keyContextFree: FreeCtx, deriveInit: CtxInt, derive: Derive
        let hkdfSetDigest: SetDigest, hkdfSetSalt: SetBytes, hkdfSetKey: SetBytes, hkdfAddInfo: SetBytes
        let errorGet: ErrorGet, errorClear: Void0, errorString: ErrorString, errorReason: ErrorReason
        let memcmp: Memcmp, fipsEnabled: FipsEnabled, errorLibrary: ErrorReason
    }

    // Must match EVP_MD_FLAG_XOF in OpenSSL's evp.h
    static let flagXOF: UInt = 0x2
    // Must match EVP_PKEY_HKDF (NID_hkdf) in OpenSSL's obj_mac.h
    static let keyTypeHKDF: Int32 = 1036

    private static let names = [
        "EVP_get_digestbyname", "EVP_MD_fetch", "EVP_MD_get0_name", "EVP_MD_get_size", "EVP_MD_get_flags",
        "EVP_MD_do_all_sorted", "EVP_MD_CTX_new", "EVP_MD_CTX_free", "EVP_MD_CTX_copy_ex", "EVP_DigestInit_ex",
        "EVP_DigestUpdate", "EVP_DigestFinal_ex", "EVP_DigestFinalXOF", "HMAC_CTX_new", "HMAC_CTX_free",
        "HMAC_Init_ex", "HMAC_Update", "HMAC_Final", "PKCS5_PBKDF2_HMAC", "EVP_PBE_scrypt", "EVP_PKEY_CTX_new_id",
        "EVP_PKEY_CTX_free", "EVP_PKEY_derive_init", "EVP_PKEY_derive", "EVP_PKEY_CTX_set_hkdf_md",
        "EVP_PKEY_CTX_set1_hkdf_salt", "EVP_PKEY_CTX_set1_hkdf_key", "EVP_PKEY_CTX_add1_hkdf_info",
        "ERR_get_error", "ERR_clear_error", "ERR_error_string_n", "ERR_reason_error_string", "CRYPTO_memcmp",
        "EVP_default_properties_is_fips_enabled", "ERR_lib_error_string",
    ]

    // Must match OPENSSL_INIT_NO_ATEXIT in OpenSSL's crypto.h
    private static let initNoAtExit: UInt64 = 0x0008_0000

    /// libcrypto, initialized without its exit handler: at exit it would free what a job still
    /// running on the thread pool (a key being generated) uses.
    nonisolated(unsafe) private static let handle: UnsafeMutableRawPointer? = {
        guard let handle = dlopen("libcrypto.so.3", RTLD_NOW | RTLD_LOCAL) else { return nil }
        typealias Initialize = @convention(c) (UInt64, OpaquePointer?) -> Int32
        if let initialize = dlsym(handle, "OPENSSL_init_crypto") {
            _ = unsafeBitCast(initialize, to: Initialize.self)(initNoAtExit, nil)
        }
        return handle
    }()

    /// The functions named, in order, or nil unless libcrypto has every one.
    static func symbols(_ names: [String]) -> [UnsafeMutableRawPointer]? {
        guard let handle else { return nil }
        let found = names.compactMap { dlsym(handle, $0) }
        return found.count == names.count ? found : nil
    }

    nonisolated(unsafe) static let library: Library? = {
        guard let f = symbols(names) else { return nil }
        func c<T>(_ i: Int, _ type: T.Type) -> T { unsafeBitCast(f[i], to: type) }
        return Library(getDigestByName: c(0, GetDigestByName.self),
                       fetchDigest: c(1, FetchDigest.self), digestName: c(2, DigestName.self),
                       digestSize: c(3, DigestInt.self), digestFlags: c(4, DigestFlags.self),
                       forEachDigest: c(5, ForEachDigest.self), digestContextNew: c(6, NewCtx.self),
                       digestContextFree: c(7, FreeCtx.self), digestContextCopy: c(8, CopyCtx.self),
                       digestInit: c(9, DigestInit.self), digestUpdate: c(10, Update.self),
                       digestFinal: c(11, Final.self), digestFinalXOF: c(12, FinalXOF.self),
                       hmacNew: c(13, NewCtx.self), hmacFree: c(14, FreeCtx.self),
                       hmacInit: c(15, HmacInit.self), hmacUpdate: c(16, Update.self),
                       hmacFinal: c(17, Final.self), pbkdf2: c(18, PBKDF2.self),
                       scrypt: c(19, Scrypt.self), keyContextNewId: c(20, KeyCtxNew.self),
                       keyContextFree: c(21, FreeCtx.self), deriveInit: c(22, CtxInt.self),
                       derive: c(23, Derive.self), hkdfSetDigest: c(24, SetDigest.self),
                       hkdfSetSalt: c(25, SetBytes.self), hkdfSetKey: c(26, SetBytes.self),
                       hkdfAddInfo: c(27, SetBytes.self), errorGet: c(28, ErrorGet.self),
                       errorClear: c(29, Void0.self), errorString: c(30, ErrorString.self),
                       errorReason: c(31, ErrorReason.self), memcmp: c(32, Memcmp.self),
                       fipsEnabled: c(33, FipsEnabled.self), errorLibrary: c(34, ErrorReason.self))
    }()

    static func require() throws -> Library {
        try OpenSSL.loaded(library)
    }

    /// A table of libcrypto's functions, or the one error for a machine without libcrypto.
    static func loaded<Table>(_ table: Table?) throws -> Table {
        guard let table else {
            throw NativeError.error("crypto is unavailable: libcrypto.so.3 (OpenSSL 3) could not be loaded",
                                    code: "ERR_CRYPTO_UNAVAILABLE")
        }
        return table
    }

    /// The digest named `name` (any name or alias OpenSSL knows), fetched once per name: an
    /// implicit fetch at every init would search the providers each time.
    nonisolated(unsafe) private static var digests: [String: MD] = [:]
    static func digest(named name: String) throws -> MD? {
        if let cached = digests[name] { return cached }
        let ssl = try require()
        guard let legacy = ssl.getDigestByName(name) ?? ssl.getDigestByName(name.lowercased()),
              let canonical = ssl.digestName(legacy), let fetched = ssl.fetchDigest(nil, canonical, nil) else {
            ssl.errorClear()
            return nil
        }
        digests[name] = fetched
        return fetched
    }

    /// The error OpenSSL queued for the failed call (see Failure); safe off the JavaScript thread.
    static func failure(_ fallback: String) -> Failure {
        guard let ssl = library, let (code, text) = takeError() else { return Failure(message: fallback) }
        var name = "ERR_OSSL"
        if let library = libraryNames[Int((code >> 23) & 0xff)] { name += "_" + library }
        let reason = ssl.errorReason(code).map { String(cString: $0) }
        if let reason { name += "_" + reason.uppercased().split(separator: " ", omittingEmptySubsequences: false).joined(separator: "_") }
        return Failure(message: text, code: name, library: ssl.errorLibrary(code).map { String(cString: $0) }, reason: reason)
    }

    /// A failed OpenSSL call as Node reports it: the "error:..." text, the `library` and `reason`
    /// OpenSSL names, and a code ERR_OSSL_<LIB>_<REASON>; a plain Error with a fallback message
    /// when OpenSSL queued nothing.
    struct Failure: JSValueError {
        var message: String
        var code: String?
        var library: String?
        var reason: String?

        func jsValue(_ js: JS) -> JSValueRef {
            let error = js.error(message)
            guard let object = js.asObject(error) else { return error }
            if let library { js.set(object, "library", js.string(library)) }
            if let reason { js.set(object, "reason", js.string(reason)) }
            if let code { js.set(object, "code", js.string(code)) }
            return error
        }
    }

    typealias NameCallback = @convention(c) (OpaquePointer?, UnsafePointer<CChar>?, UnsafePointer<CChar>?,
                                             UnsafeMutableRawPointer?) -> Void

    /// The names an EVP_*_do_all_sorted function lists, each once, in its order, that `usable`
    /// accepts.
    static func listedNames(_ forEach: (NameCallback, UnsafeMutableRawPointer?) -> Void,
                            usable: (String) throws -> Bool) rethrows -> [String] {
        final class Collected { var names: [String] = [] }
        let collected = Collected()
        forEach({ _, from, _, context in
            guard let from, let context else { return }
            Unmanaged<Collected>.fromOpaque(context).takeUnretainedValue().names.append(String(cString: from))
        }, Unmanaged.passUnretained(collected).toOpaque())
        var seen = Set<String>()
        return try collected.names.filter { name in
            guard !seen.contains(name) else { return false }
            seen.insert(name)
            return try usable(name)
        }
    }

    /// The first error OpenSSL queued and its text ("error:..."); the queue is emptied.
    static func takeError() -> (code: UInt, text: String)? {
        guard let ssl = library else { return nil }
        let code = ssl.errorGet()
        ssl.errorClear()
        guard code != 0 else { return nil }
        var text = [CChar](repeating: 0, count: 256)
        ssl.errorString(code, &text, text.count)
        return (code, String(cString: text))
    }

    // Must match the ERR_LIB_* numbers in OpenSSL's err.h. Errors of the other libraries (the
    // providers' among them) get codes without a library part, as in Node.
    private static let libraryNames: [Int: String] = [
        2: "SYS", 3: "BN", 4: "RSA", 5: "DH", 6: "EVP", 7: "BUF", 8: "OBJ", 9: "PEM", 10: "DSA", 11: "X509",
        13: "ASN1", 14: "CONF", 15: "CRYPTO", 16: "EC", 20: "SSL", 32: "BIO", 33: "PKCS7", 34: "X509V3", 35: "PKCS12",
        36: "RAND", 37: "DSO", 38: "ENGINE", 39: "OCSP", 40: "UI", 41: "COMP", 42: "ECDSA", 43: "ECDH",
        44: "OSSL_STORE", 45: "FIPS", 46: "CMS", 47: "TS", 48: "HMAC", 50: "CT", 51: "ASYNC", 52: "KDF", 53: "SM2",
        128: "USER",
    ]
}

extension OpenSSL {
    typealias GetDigestByName = @convention(c) (UnsafePointer<CChar>) -> MD?
    typealias FetchDigest = @convention(c) (OpaquePointer?, UnsafePointer<CChar>, UnsafePointer<CChar>?) -> MD?
    typealias DigestName = @convention(c) (MD) -> UnsafePointer<CChar>?
    typealias DigestInt = @convention(c) (MD) -> Int32
    typealias DigestFlags = @convention(c) (MD) -> UInt
    typealias ForEachDigest = @convention(c) (NameCallback, UnsafeMutableRawPointer?) -> Void
    typealias NewCtx = @convention(c) () -> Ctx?
    typealias FreeCtx = @convention(c) (Ctx?) -> Void
    typealias CopyCtx = @convention(c) (Ctx, Ctx) -> Int32
    typealias DigestInit = @convention(c) (Ctx, MD, OpaquePointer?) -> Int32
    typealias Update = @convention(c) (Ctx, UnsafeRawPointer?, Int) -> Int32
    typealias Final = @convention(c) (Ctx, UnsafeMutablePointer<UInt8>, UnsafeMutablePointer<UInt32>?) -> Int32
    typealias FinalXOF = @convention(c) (Ctx, UnsafeMutablePointer<UInt8>, Int) -> Int32
    typealias HmacInit = @convention(c) (Ctx, UnsafeRawPointer?, Int32, MD, OpaquePointer?) -> Int32
    typealias PBKDF2 = @convention(c) (UnsafeRawPointer?, Int32, UnsafeRawPointer?, Int32, Int32, MD, Int32,
                                       UnsafeMutablePointer<UInt8>) -> Int32
    typealias Scrypt = @convention(c) (UnsafeRawPointer?, Int, UnsafeRawPointer?, Int, UInt64, UInt64, UInt64, UInt64,
                                       UnsafeMutablePointer<UInt8>?, Int) -> Int32
    typealias KeyCtxNew = @convention(c) (Int32, OpaquePointer?) -> Ctx?
    typealias CtxInt = @convention(c) (Ctx) -> Int32
    typealias Derive = @convention(c) (Ctx, UnsafeMutablePointer<UInt8>?, UnsafeMutablePointer<Int>) -> Int32
    typealias SetDigest = @convention(c) (Ctx, MD) -> Int32
    typealias SetBytes = @convention(c) (Ctx, UnsafeRawPointer?, Int32) -> Int32
    typealias ErrorGet = @convention(c) () -> UInt
    typealias Void0 = @convention(c) () -> Void
    typealias ErrorString = @convention(c) (UInt, UnsafeMutablePointer<CChar>, Int) -> Void
    typealias ErrorReason = @convention(c) (UInt) -> UnsafePointer<CChar>?
    typealias Memcmp = @convention(c) (UnsafeRawPointer?, UnsafeRawPointer?, Int) -> Int32
    typealias FipsEnabled = @convention(c) (OpaquePointer?) -> Int32
}
