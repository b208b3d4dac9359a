import Glibc
import CJavaScriptCore
import JSBridge

/// OpenSSL's symmetric ciphers (EVP_CIPHER), loaded with the rest of libcrypto on first use.
enum Ciphers {
    typealias Cipher = OpaquePointer
    typealias Ctx = OpaquePointer
    typealias ByName = @convention(c) (UnsafePointer<CChar>) -> Cipher?
    typealias Fetch = @convention(c) (OpaquePointer?, UnsafePointer<CChar>, UnsafePointer<CChar>?) -> Cipher?
    typealias CipherInt = @convention(c) (Cipher) -> Int32
    typealias CipherFlags = @convention(c) (Cipher) -> UInt
    typealias CipherName = @convention(c) (Cipher) -> UnsafePointer<CChar>?
    typealias NewCtx = @convention(c) () -> Ctx?
    typealias FreeCtx = @convention(c) (Ctx?) -> Void
    typealias Init = @convention(c) (Ctx, Cipher?, OpaquePointer?, UnsafePointer<UInt8>?, UnsafePointer<UInt8>?, Int32) -> Int32
    typealias SetInt = @convention(c) (Ctx, Int32) -> Int32
    typealias Control = @convention(c) (Ctx, Int32, Int32, UnsafeMutableRawPointer?) -> Int32
    typealias Update = @convention(c) (Ctx, UnsafeMutablePointer<UInt8>?, UnsafeMutablePointer<Int32>,
                                       UnsafePointer<UInt8>?, Int32) -> Int32
    typealias Final = @convention(c) (Ctx, UnsafeMutablePointer<UInt8>, UnsafeMutablePointer<Int32>) -> Int32
    typealias SetFlags = @convention(c) (Ctx, Int32) -> Void
    typealias ForEach = @convention(c) (OpenSSL.NameCallback, UnsafeMutableRawPointer?) -> Void
    typealias ShortName = @convention(c) (Int32) -> UnsafePointer<CChar>?
    typealias BytesToKey = @convention(c) (Cipher, OpenSSL.MD, UnsafePointer<UInt8>?, UnsafePointer<UInt8>?, Int32, Int32,
                                           UnsafeMutablePointer<UInt8>?, UnsafeMutablePointer<UInt8>?) -> Int32
    typealias MD5 = @convention(c) () -> OpenSSL.MD

    struct Library {
        let byName: ByName, fetch: Fetch, name: CipherName
        let keyLength: CipherInt, ivLength: CipherInt, blockSize: CipherInt, mode: CipherInt, nid: CipherInt
        let flags: CipherFlags
        let contextNew: NewCtx, contextFree: FreeCtx, initialize: Init, setKeyLength: SetInt, setPadding: SetInt
        let control: Control, update: Update, final: Final, setFlags: SetFlags, forEach: ForEach, shortName: ShortName
        let bytesToKey: BytesToKey, md5: MD5
    }

    nonisolated(unsafe) static let library: Library? = {
        guard let f = OpenSSL.symbols([
            "EVP_get_cipherbyname", "EVP_CIPHER_fetch", "EVP_CIPHER_get0_name", "EVP_CIPHER_get_key_length",
            "EVP_CIPHER_get_iv_length", "EVP_CIPHER_get_block_size", "EVP_CIPHER_get_mode", "EVP_CIPHER_get_nid",
            "EVP_CIPHER_get_flags", "EVP_CIPHER_CTX_new", "EVP_CIPHER_CTX_free", "EVP_CipherInit_ex",
            "EVP_CIPHER_CTX_set_key_length", "EVP_CIPHER_CTX_set_padding", "EVP_CIPHER_CTX_ctrl", "EVP_CipherUpdate",
            "EVP_CipherFinal_ex", "EVP_CIPHER_CTX_set_flags", "EVP_CIPHER_do_all_sorted", "OBJ_nid2sn", "EVP_BytesToKey",
            "EVP_md5",
        ]) else { return nil }
        func c<T>(_ i: Int, _ type: T.Type) -> T { unsafeBitCast(f[i], to: type) }
        return Library(byName: c(0, ByName.self), fetch: c(1, Fetch.self), name: c(2, CipherName.self),
                       keyLength: c(3, CipherInt.self), ivLength: c(4, CipherInt.self), blockSize: c(5, CipherInt.self),
                       mode: c(6, CipherInt.self), nid: c(7, CipherInt.self), flags: c(8, CipherFlags.self),
                       contextNew: c(9, NewCtx.self), contextFree: c(10, FreeCtx.self), initialize: c(11, Init.self),
                       setKeyLength: c(12, SetInt.self), setPadding: c(13, SetInt.self), control: c(14, Control.self),
                       update: c(15, Update.self), final: c(16, Final.self), setFlags: c(17, SetFlags.self),
                       forEach: c(18, ForEach.self), shortName: c(19, ShortName.self), bytesToKey: c(20, BytesToKey.self),
                       md5: c(21, MD5.self))
    }()

    static func require() throws -> Library {
        try OpenSSL.loaded(library)
    }

    // Must match EVP_CIPH_*_MODE, EVP_CTRL_AEAD_*, EVP_CIPHER_CTX_FLAG_WRAP_ALLOW and
    // NID_chacha20_poly1305 in OpenSSL 3's evp.h and obj_mac.h
    static let modeStream: Int32 = 0, modeECB: Int32 = 1, modeCBC: Int32 = 2, modeCFB: Int32 = 3, modeOFB: Int32 = 4
    static let modeCTR: Int32 = 5, modeGCM: Int32 = 6, modeCCM: Int32 = 7, modeXTS: Int32 = 0x10001
    static let modeWrap: Int32 = 0x10002, modeOCB: Int32 = 0x10003
    static let controlSetIVLength: Int32 = 0x9, controlGetTag: Int32 = 0x10, controlSetTag: Int32 = 0x11
    static let flagWrapAllow: Int32 = 0x1
    static let nidChaCha20Poly1305: Int32 = 1018

    /// The cipher named `name` (any name or alias OpenSSL knows), fetched once per name.
    nonisolated(unsafe) private static var fetched: [String: Cipher] = [:]
    static func cipher(named name: String) throws -> Cipher? {
        if let cached = fetched[name] { return cached }
        let ssl = try require()
        guard let legacy = ssl.byName(name) ?? ssl.byName(name.lowercased()), let canonical = ssl.name(legacy),
              let cipher = ssl.fetch(nil, canonical, nil) else {
            OpenSSL.library?.errorClear()
            return nil
        }
        fetched[name] = cipher
        return cipher
    }

    /// The key and IV the deprecated createCipher derives from a password (EVP_BytesToKey with
    /// MD5, no salt, one round); nil for an unknown cipher.
    static func passwordKey(cipher name: String, password: [UInt8]) throws -> ([UInt8], [UInt8])? {
        let ssl = try require()
        guard let cipher = try cipher(named: name) else { return nil }
        var key = [UInt8](repeating: 0, count: Int(ssl.keyLength(cipher)))
        var iv = [UInt8](repeating: 0, count: Int(ssl.ivLength(cipher)))
        let made = password.withUnsafeBufferPointer { password in
            ssl.bytesToKey(cipher, ssl.md5(), nil, password.baseAddress, Int32(password.count), 1, &key, &iv)
        }
        guard made == key.count else { throw OpenSSL.failure("Failed to derive a key from the password") }
        return (key, iv)
    }

    static func isAuthenticated(_ ssl: Library, _ cipher: Cipher) -> Bool {
        let mode = ssl.mode(cipher)
        return mode == modeGCM || mode == modeCCM || mode == modeOCB || ssl.nid(cipher) == nidChaCha20Poly1305
    }

    static func modeName(_ mode: Int32) -> String? {
        switch mode {
        case modeStream: return "stream"
        case modeECB: return "ecb"
        case modeCBC: return "cbc"
        case modeCFB: return "cfb"
        case modeOFB: return "ofb"
        case modeCTR: return "ctr"
        case modeGCM: return "gcm"
        case modeCCM: return "ccm"
        case modeXTS: return "xts"
        case modeWrap: return "wrap"
        case modeOCB: return "ocb"
        default: return nil
        }
    }

    /// Every cipher name and alias OpenSSL lists that can be fetched, in its order (most names
    /// come in both cases; lib/internal/crypto/cipher.js keeps one of each).
    static func names() throws -> [String] {
        let ssl = try require()
        return try OpenSSL.listedNames({ ssl.forEach($0, $1) }) { try cipher(named: $0) != nil }
    }
}

/// One encryption or decryption in progress behind a JS object (lib/internal/crypto/cipher.js
/// makes Cipheriv and Decipheriv around it), with the authentication-tag rules of the AEAD modes.
///
/// Lifetime: the object owns the OpenSSL context (a retained reference behind its private
/// pointer); final() frees it, or collection does.
final class CipherState {
    enum TagState { case unknown, known, passed }

    let ssl: Ciphers.Library
    let cipher: Ciphers.Cipher
    let decrypts: Bool
    let mode: Int32
    private var context: Ciphers.Ctx?
    private var tagLength: Int?
    private var tag = [UInt8](repeating: 0, count: 16)
    private var tagState = TagState.unknown
    private var pendingAuthenticationFailure = false
    private var maxMessageSize = Int(Int32.max)

    private init(ssl: Ciphers.Library, cipher: Ciphers.Cipher, decrypts: Bool, context: Ciphers.Ctx) {
        self.ssl = ssl
        self.cipher = cipher
        self.decrypts = decrypts
        self.mode = ssl.mode(cipher)
        self.context = context
    }

    deinit { ssl.contextFree(context) }

    private var isAuthenticated: Bool { Ciphers.isAuthenticated(ssl, cipher) }

    static func invalidMessageLength() -> NativeError {
        .error("Invalid message length", constructor: "RangeError", code: "ERR_CRYPTO_INVALID_MESSAGELEN")
    }
    static func invalidIV() -> NativeError { .error("Invalid initialization vector", constructor: "TypeError", code: "ERR_CRYPTO_INVALID_IV") }
    static func invalidTag(_ text: String) -> NativeError { .error(text, constructor: "TypeError", code: "ERR_CRYPTO_INVALID_AUTH_TAG") }

    static func make(name: String, key: UnsafeRawBufferPointer, iv: UnsafeRawBufferPointer?, tagLength: Int?,
                     decrypts: Bool) throws -> CipherState {
        let ssl = try Ciphers.require()
        guard let cipher = try Ciphers.cipher(named: name) else {
            throw NativeError.error("Unknown cipher", code: "ERR_CRYPTO_UNKNOWN_CIPHER")
        }
        let expectedIV = Int(ssl.ivLength(cipher))
        let ivCount = iv?.count ?? 0
        let authenticated = Ciphers.isAuthenticated(ssl, cipher)
        if ivCount == 0 && expectedIV != 0 { throw invalidIV() }
        if !authenticated && ivCount > 0 && ivCount != expectedIV { throw invalidIV() }
        if ssl.nid(cipher) == Ciphers.nidChaCha20Poly1305 && ivCount > 12 { throw invalidIV() }
        guard let context = ssl.contextNew() else { throw OpenSSL.failure("Failed to initialize cipher") }
        let state = CipherState(ssl: ssl, cipher: cipher, decrypts: decrypts, context: context)
        if state.mode == Ciphers.modeWrap { ssl.setFlags(context, Ciphers.flagWrapAllow) }
        let direction: Int32 = decrypts ? 0 : 1
        guard ssl.initialize(context, cipher, nil, nil, nil, direction) == 1 else {
            throw OpenSSL.failure("Failed to initialize cipher")
        }
        if authenticated { try state.initializeAuthentication(name: name, ivLength: ivCount, tagLength: tagLength) }
        guard ssl.setKeyLength(context, Int32(key.count)) == 1 else {
            OpenSSL.library?.errorClear()
            throw NativeError.error("Invalid key length", constructor: "RangeError", code: "ERR_CRYPTO_INVALID_KEYLEN")
        }
        let status = key.withMemoryRebound(to: UInt8.self) { key in
            (iv ?? UnsafeRawBufferPointer(start: nil, count: 0)).withMemoryRebound(to: UInt8.self) { iv in
                ssl.initialize(context, nil, nil, key.baseAddress ?? UnsafePointer(bitPattern: 1),
                               ivCount > 0 ? iv.baseAddress : nil, direction)
            }
        }
        guard status == 1 else { throw OpenSSL.failure("Failed to initialize cipher") }
        return state
    }

    private func initializeAuthentication(name: String, ivLength: Int, tagLength requested: Int?) throws {
        guard let context else { return }
        guard ssl.control(context, Ciphers.controlSetIVLength, Int32(ivLength), nil) == 1 else {
            OpenSSL.library?.errorClear()
            throw CipherState.invalidIV()
        }
        if mode == Ciphers.modeGCM {
            if let requested {
                guard CipherState.isValidGCMTagLength(requested) else {
                    throw CipherState.invalidTag("Invalid authentication tag length: \(requested)")
                }
                tagLength = requested
            }
            return
        }
        var length = requested
        if length == nil {
            // ChaCha20-Poly1305's tag is 16 bytes unless asked otherwise, in both directions.
            guard ssl.nid(cipher) == Ciphers.nidChaCha20Poly1305 else {
                throw CipherState.invalidTag("authTagLength required for \(name)")
            }
            length = 16
        }
        guard let length else { return }
        guard ssl.control(context, Ciphers.controlSetTag, Int32(length), nil) == 1 else {
            OpenSSL.library?.errorClear()
            throw CipherState.invalidTag("Invalid authentication tag length: \(length)")
        }
        if mode == Ciphers.modeCCM {
            if ivLength == 12 { maxMessageSize = 16_777_215 }
            if ivLength == 13 { maxMessageSize = 65_535 }
        }
        tagLength = length
    }

    static func isValidGCMTagLength(_ length: Int) -> Bool { length == 4 || length == 8 || (length >= 12 && length <= 16) }

    /// Decryption gives OpenSSL the expected tag before the data of modes that check as they go.
    private func passTagIfKnown() -> Bool {
        guard tagState == .known, let context, let tagLength else { return true }
        tagState = .passed
        return tag.withUnsafeMutableBytes { ssl.control(context, Ciphers.controlSetTag, Int32(tagLength), $0.baseAddress) } == 1
    }

    enum Failure: Error { case state, messageSize }

    /// The output of `input`, malloc'd (at least one byte allocated), and its length.
    func update(_ input: UnsafeRawBufferPointer) throws -> (UnsafeMutableRawPointer, Int) {
        guard let context else { throw Failure.state }
        if mode == Ciphers.modeCCM && input.count > maxMessageSize { throw Failure.messageSize }
        if decrypts && isAuthenticated && !passTagIfKnown() { throw Failure.state }
        let capacity = input.count + Int(ssl.blockSize(cipher)) + 16
        let output = malloc(capacity)!
        var produced: Int32 = 0
        let status = input.withMemoryRebound(to: UInt8.self) { input in
            ssl.update(context, output.assumingMemoryBound(to: UInt8.self), &produced, input.baseAddress, Int32(input.count))
        }
        if status != 1 && decrypts && mode == Ciphers.modeCCM {
            pendingAuthenticationFailure = true
            OpenSSL.library?.errorClear()
            return (output, 0)
        }
        guard status == 1 else {
            free(output)
            OpenSSL.library?.errorClear()
            throw Failure.state
        }
        return (output, Int(produced))
    }

    func final() throws -> (UnsafeMutableRawPointer, Int) {
        guard let context else {
            throw NativeError.error("Invalid state", code: "ERR_CRYPTO_INVALID_STATE")
        }
        defer {
            ssl.contextFree(context)
            self.context = nil
        }
        let output = malloc(64)!
        var produced: Int32 = 0
        var ok = true
        if decrypts && isAuthenticated {
            _ = passTagIfKnown()
            if mode != Ciphers.modeCCM && tagState == .unknown { ok = false }
        }
        if ok {
            if decrypts && mode == Ciphers.modeCCM {
                ok = !pendingAuthenticationFailure
            } else {
                ok = ssl.final(context, output.assumingMemoryBound(to: UInt8.self), &produced) == 1
                if ok && !decrypts && isAuthenticated {
                    let length = tagLength ?? 16
                    tagLength = length
                    ok = tag.withUnsafeMutableBytes { ssl.control(context, Ciphers.controlGetTag, Int32(length), $0.baseAddress) } == 1
                }
            }
        }
        guard ok else {
            free(output)
            throw OpenSSL.failure(isAuthenticated ? "Unsupported state or unable to authenticate data" : "Unsupported state")
        }
        return (output, Int(produced))
    }

    func setAutoPadding(_ padding: Bool) -> Bool {
        guard let context else { return false }
        return ssl.setPadding(context, padding ? 1 : 0) == 1
    }

    /// The tag made by a finished encryption, or nil when there is none to give.
    func authTag() -> [UInt8]? {
        guard !decrypts, context == nil, let tagLength else { return nil }
        return Array(tag.prefix(tagLength))
    }

    func setAuthTag(_ bytes: UnsafeRawBufferPointer) throws -> Bool {
        guard decrypts, context != nil, isAuthenticated, tagState == .unknown else { return false }
        let valid: Bool
        if mode == Ciphers.modeGCM && tagLength == nil {
            valid = CipherState.isValidGCMTagLength(bytes.count)
        } else {
            valid = bytes.count == tagLength
        }
        guard valid, bytes.count <= tag.count else {
            throw CipherState.invalidTag("Invalid authentication tag length: \(bytes.count)")
        }
        tagLength = bytes.count
        tag.withUnsafeMutableBytes { $0.copyMemory(from: bytes) }
        tagState = .known
        return true
    }

    /// `plaintextLength` < 0 when not given; CCM needs it.
    func setAAD(_ bytes: UnsafeRawBufferPointer, plaintextLength: Int) throws -> Bool {
        guard let context, isAuthenticated else { return false }
        var produced: Int32 = 0
        if mode == Ciphers.modeCCM {
            guard plaintextLength >= 0 else {
                throw NativeError.error("options.plaintextLength required for CCM mode with AAD", constructor: "TypeError",
                                        code: "ERR_MISSING_ARGS")
            }
            guard plaintextLength <= maxMessageSize else { throw CipherState.invalidMessageLength() }
            if decrypts && !passTagIfKnown() { return false }
            guard ssl.update(context, nil, &produced, nil, Int32(plaintextLength)) == 1 else { return false }
        }
        return bytes.withMemoryRebound(to: UInt8.self) { ssl.update(context, nil, &produced, $0.baseAddress, Int32($0.count)) } == 1
    }

    static func of(_ call: CallFrame) throws -> CipherState { try call.receiver(CipherState.self) }

    nonisolated(unsafe) static let jsClass: JSClassRef = {
        makeNativeClass(name: "Cipher", methods: [
            // update(bytes): an ArrayBuffer; a state error throws "Trying to add data in unsupported state".
            NativeMethod("update") { c, _, t, n, a, e in
                bridge(c, t, n, a, e) { f in
                    do {
                        let (output, count) = try CipherState.of(f).update(UnsafeRawBufferPointer(try f.bytes(0)))
                        return try AdoptedMemory.arrayBuffer(f.ctx, adopting: output, count: count)
                    } catch Failure.state {
                        throw NativeError.error("Trying to add data in unsupported state")
                    } catch Failure.messageSize {
                        throw CipherState.invalidMessageLength()
                    }
                }
            },
            NativeMethod("final") { c, _, t, n, a, e in
                bridge(c, t, n, a, e) { f in
                    let (output, count) = try CipherState.of(f).final()
                    return try AdoptedMemory.arrayBuffer(f.ctx, adopting: output, count: count)
                }
            },
            NativeMethod("setAutoPadding") { c, _, t, n, a, e in
                bridge(c, t, n, a, e) { f in f.js.bool(try CipherState.of(f).setAutoPadding(f.bool(0))) }
            },
            NativeMethod("getAuthTag") { c, _, t, n, a, e in
                bridge(c, t, n, a, e) { f in
                    guard let tag = try CipherState.of(f).authTag() else { return f.js.undefined }
                    let output = malloc(max(tag.count, 1))!
                    tag.withUnsafeBytes { output.copyMemory(from: $0.baseAddress!, byteCount: $0.count) }
                    return try AdoptedMemory.arrayBuffer(f.ctx, adopting: output, count: tag.count)
                }
            },
            NativeMethod("setAuthTag") { c, _, t, n, a, e in
                bridge(c, t, n, a, e) { f in f.js.bool(try CipherState.of(f).setAuthTag(UnsafeRawBufferPointer(try f.bytes(0)))) }
            },
            // setAAD(bytes, plaintextLength or -1)
            NativeMethod("setAAD") { c, _, t, n, a, e in
                bridge(c, t, n, a, e) { f in
                    f.js.bool(try CipherState.of(f).setAAD(UnsafeRawBufferPointer(try f.bytes(0)), plaintextLength: try f.int(1)))
                }
            },
        ], finalize: { object in
            if let pointer = JSObjectGetPrivate(object) { Unmanaged<CipherState>.fromOpaque(pointer).release() }
        })
    }()

    /// getCipherInfo's answer for `cipher`, with the key and IV lengths asked for when the cipher
    /// takes them; nil when it does not.
    static func info(_ js: JS, name: String, keyLength: Int?, ivLength: Int?) throws -> JSValueRef? {
        let ssl = try Ciphers.require()
        guard let cipher = try Ciphers.cipher(named: name) else { return nil }
        let mode = ssl.mode(cipher)
        var key = Int(ssl.keyLength(cipher)), iv = Int(ssl.ivLength(cipher))
        if let keyLength, keyLength != key {
            guard let context = ssl.contextNew() else { return nil }
            defer { ssl.contextFree(context) }
            guard ssl.initialize(context, cipher, nil, nil, nil, 1) == 1,
                  ssl.setKeyLength(context, Int32(keyLength)) == 1 else {
                OpenSSL.library?.errorClear()
                return nil
            }
            key = keyLength
        }
        if let ivLength, ivLength != iv {
            switch mode {
            case Ciphers.modeCCM:
                guard ivLength >= 7 && ivLength <= 13 else { return nil }
            case Ciphers.modeGCM, Ciphers.modeOCB:
                guard let context = ssl.contextNew() else { return nil }
                defer { ssl.contextFree(context) }
                guard ssl.initialize(context, cipher, nil, nil, nil, 1) == 1,
                      ssl.control(context, Ciphers.controlSetIVLength, Int32(ivLength), nil) == 1 else {
                    OpenSSL.library?.errorClear()
                    return nil
                }
            default:
                return nil
            }
            iv = ivLength
        }
        let object = js.object()
        if let modeName = Ciphers.modeName(mode) { js.set(object, "mode", js.string(modeName)) }
        let nid = ssl.nid(cipher)
        if let short = ssl.shortName(nid) { js.set(object, "name", js.string(String(cString: short))) }
        js.set(object, "nid", js.number(Double(nid)))
        if mode != Ciphers.modeStream { js.set(object, "blockSize", js.number(Double(ssl.blockSize(cipher)))) }
        if iv != 0 { js.set(object, "ivLength", js.number(Double(iv))) }
        js.set(object, "keyLength", js.number(Double(key)))
        return object
    }
}
