import Glibc
import CJavaScriptCore
import JSBridge

/// OpenSSL's asymmetric keys (EVP_PKEY): decoding and encoding through OSSL_DECODER and
/// OSSL_ENCODER, signatures, RSA encryption and key generation. Loaded with libcrypto on first use.
enum PublicKeys {
    typealias Key = OpaquePointer
    typealias Ctx = OpaquePointer
    typealias DecoderNew = @convention(c) (UnsafeMutablePointer<Key?>, UnsafePointer<CChar>?, UnsafePointer<CChar>?,
                                           UnsafePointer<CChar>?, Int32, OpaquePointer?, UnsafePointer<CChar>?) -> Ctx?
    typealias SetPassphrase = @convention(c) (Ctx, UnsafePointer<UInt8>?, Int) -> Int32
    typealias DecodeData = @convention(c) (Ctx, UnsafeMutablePointer<UnsafePointer<UInt8>?>, UnsafeMutablePointer<Int>) -> Int32
    typealias FreeCtx = @convention(c) (Ctx?) -> Void
    typealias EncoderNew = @convention(c) (Key, Int32, UnsafePointer<CChar>, UnsafePointer<CChar>?, UnsafePointer<CChar>?) -> Ctx?
    typealias SetCipher = @convention(c) (Ctx, UnsafePointer<CChar>?, UnsafePointer<CChar>?) -> Int32
    typealias EncodeData = @convention(c) (Ctx, UnsafeMutablePointer<UnsafeMutablePointer<UInt8>?>, UnsafeMutablePointer<Int>) -> Int32
    typealias CryptoFree = @convention(c) (UnsafeMutableRawPointer?, UnsafePointer<CChar>?, Int32) -> Void
    typealias KeyFree = @convention(c) (Key?) -> Void
    typealias KeyInt = @convention(c) (Key) -> Int32
    typealias GetBNParam = @convention(c) (Key, UnsafePointer<CChar>, UnsafeMutablePointer<OpaquePointer?>) -> Int32
    typealias GetStringParam = @convention(c) (Key, UnsafePointer<CChar>, UnsafeMutablePointer<CChar>?, Int,
                                               UnsafeMutablePointer<Int>?) -> Int32
    typealias BNToBytes = @convention(c) (OpaquePointer, UnsafeMutablePointer<UInt8>) -> Int32
    typealias BNBits = @convention(c) (OpaquePointer) -> Int32
    typealias BNFree = @convention(c) (OpaquePointer?) -> Void
    typealias KeysEqual = @convention(c) (Key, Key) -> Int32
    typealias KeyCtxNew = @convention(c) (Key, OpaquePointer?) -> Ctx?
    typealias KeyCtxFree = @convention(c) (Ctx?) -> Void
    typealias CtxInit = @convention(c) (Ctx) -> Int32
    typealias CtxTransform = @convention(c) (Ctx, UnsafeMutablePointer<UInt8>?, UnsafeMutablePointer<Int>,
                                             UnsafePointer<UInt8>?, Int) -> Int32
    typealias CtxVerify = @convention(c) (Ctx, UnsafePointer<UInt8>?, Int, UnsafePointer<UInt8>?, Int) -> Int32
    typealias CtxSetMD = @convention(c) (Ctx, OpenSSL.MD?) -> Int32
    typealias CtxSetInt = @convention(c) (Ctx, Int32) -> Int32
    typealias DigestSignInit = @convention(c) (OpaquePointer, UnsafeMutablePointer<Ctx?>?, OpenSSL.MD?, OpaquePointer?, Key) -> Int32
    typealias DigestSign = @convention(c) (OpaquePointer, UnsafeMutablePointer<UInt8>?, UnsafeMutablePointer<Int>,
                                           UnsafePointer<UInt8>?, Int) -> Int32
    typealias DigestVerify = @convention(c) (OpaquePointer, UnsafePointer<UInt8>?, Int, UnsafePointer<UInt8>?, Int) -> Int32
    typealias CtxNewFromName = @convention(c) (OpaquePointer?, UnsafePointer<CChar>, UnsafePointer<CChar>?) -> Ctx?
    typealias Generate = @convention(c) (Ctx, UnsafeMutablePointer<Key?>) -> Int32
    typealias SetGroup = @convention(c) (Ctx, UnsafePointer<CChar>) -> Int32
    typealias SetPublicExponent = @convention(c) (Ctx, OpaquePointer) -> Int32
    typealias BytesToBN = @convention(c) (UnsafePointer<UInt8>?, Int32, OpaquePointer?) -> OpaquePointer?
    typealias SetLabel = @convention(c) (Ctx, UnsafeMutableRawPointer?, Int32) -> Int32
    typealias DecodeSignature = @convention(c) (UnsafeMutablePointer<OpaquePointer?>?, UnsafeMutablePointer<UnsafePointer<UInt8>?>,
                                                Int) -> OpaquePointer?
    typealias SignatureParts = @convention(c) (OpaquePointer, UnsafeMutablePointer<OpaquePointer?>,
                                               UnsafeMutablePointer<OpaquePointer?>) -> Void
    typealias SignatureFree = @convention(c) (OpaquePointer?) -> Void
    typealias EncodeSignature = @convention(c) (OpaquePointer, UnsafeMutablePointer<UnsafeMutablePointer<UInt8>?>?) -> Int32
    typealias SignatureNew = @convention(c) () -> OpaquePointer?
    typealias SignatureSet = @convention(c) (OpaquePointer, OpaquePointer, OpaquePointer) -> Int32
    typealias BNToPadded = @convention(c) (OpaquePointer, UnsafeMutablePointer<UInt8>, Int32) -> Int32
    typealias PasswordCallback = @convention(c) (UnsafeMutablePointer<CChar>?, Int32, Int32, UnsafeMutableRawPointer?) -> Int32
    typealias SetPasswordCallback = @convention(c) (Ctx, PasswordCallback?, UnsafeMutableRawPointer?) -> Int32
    typealias CtxFromKey = @convention(c) (OpaquePointer?, Key, UnsafePointer<CChar>?) -> Ctx?
    typealias SetDigestName = @convention(c) (Ctx, UnsafePointer<CChar>, UnsafePointer<CChar>?) -> Int32
    typealias GetIntParam = @convention(c) (Key, UnsafePointer<CChar>, UnsafeMutablePointer<Int32>) -> Int32
    typealias BuilderNew = @convention(c) () -> OpaquePointer?
    typealias BuilderPushNumber = @convention(c) (OpaquePointer, UnsafePointer<CChar>, OpaquePointer) -> Int32
    typealias BuilderPushOctets = @convention(c) (OpaquePointer, UnsafePointer<CChar>, UnsafeRawPointer?, Int) -> Int32
    typealias BuilderPushText = @convention(c) (OpaquePointer, UnsafePointer<CChar>, UnsafePointer<CChar>, Int) -> Int32
    typealias BuilderParameters = @convention(c) (OpaquePointer) -> OpaquePointer?
    typealias BuilderFree = @convention(c) (OpaquePointer?) -> Void
    typealias FromData = @convention(c) (Ctx, UnsafeMutablePointer<Key?>, Int32, OpaquePointer) -> Int32
    typealias GetOctetParam = @convention(c) (Key, UnsafePointer<CChar>, UnsafeMutablePointer<UInt8>?, Int,
                                              UnsafeMutablePointer<Int>?) -> Int32

    struct Library {
        let decoderNew: DecoderNew, decoderPassphrase: SetPassphrase, decode: DecodeData, decoderFree: FreeCtx
        let encoderNew: EncoderNew, encoderPassphrase: SetPassphrase, encoderCipher: SetCipher, encode: EncodeData
        let encoderFree: FreeCtx, cryptoFree: CryptoFree
        let keyFree: KeyFree, baseId: KeyInt, bits: KeyInt, size: KeyInt, bnParam: GetBNParam, stringParam: GetStringParam
        let bnToBytes: BNToBytes, bnBits: BNBits, bnFree: BNFree, equal: KeysEqual
        let contextNew: KeyCtxNew, contextFree: KeyCtxFree
        let signInit: CtxInit, sign: CtxTransform, verifyInit: CtxInit, verify: CtxVerify
        let encryptInit: CtxInit, encrypt: CtxTransform, decryptInit: CtxInit, decrypt: CtxTransform
        let setSignatureMD: CtxSetMD, setPadding: CtxSetInt, setSaltLength: CtxSetInt, setOAEPDigest: CtxSetMD
        let setOAEPLabel: SetLabel
        let digestSignInit: DigestSignInit, digestSign: DigestSign, digestVerifyInit: DigestSignInit
        let digestVerify: DigestVerify
        let contextFromName: CtxNewFromName, keygenInit: CtxInit, generate: Generate, setBits: CtxSetInt
        let setGroup: SetGroup, setPublicExponent: SetPublicExponent, bytesToBN: BytesToBN
        let decodeSignature: DecodeSignature, signatureParts: SignatureParts, signatureFree: SignatureFree
        let encodeSignature: EncodeSignature, signatureNew: SignatureNew, signatureSet: SignatureSet
        let bnToPadded: BNToPadded, recoverInit: CtxInit, recover: CtxTransform, upReference: KeyInt
        let decoderPasswordCallback: SetPasswordCallback
        let builderNew: BuilderNew, builderPushNumber: BuilderPushNumber, builderPushOctets: BuilderPushOctets
        let builderPushText: BuilderPushText, builderParameters: BuilderParameters, builderFree: BuilderFree
        let parametersFree: BuilderFree, fromDataInit: CtxInit, fromData: FromData, octetParam: GetOctetParam
        let publicCheck: CtxInit, paramgenInit: CtxInit, paramgen: Generate, setDSABits: CtxSetInt, setDSAQBits: CtxSetInt
        let setDHPrimeLength: CtxSetInt, setDHGenerator: CtxSetInt, contextFromKey: CtxFromKey
        let setPSSDigest: SetDigestName, setPSSMGF1Digest: SetDigestName, setPSSSaltLength: CtxSetInt, intParam: GetIntParam
    }

    nonisolated(unsafe) static let library: Library? = {
        guard let f = OpenSSL.symbols([
            "OSSL_DECODER_CTX_new_for_pkey", "OSSL_DECODER_CTX_set_passphrase", "OSSL_DECODER_from_data",
            "OSSL_DECODER_CTX_free", "OSSL_ENCODER_CTX_new_for_pkey", "OSSL_ENCODER_CTX_set_passphrase",
            "OSSL_ENCODER_CTX_set_cipher", "OSSL_ENCODER_to_data", "OSSL_ENCODER_CTX_free", "CRYPTO_free",
            "EVP_PKEY_free", "EVP_PKEY_get_base_id", "EVP_PKEY_get_bits", "EVP_PKEY_get_size", "EVP_PKEY_get_bn_param",
            "EVP_PKEY_get_utf8_string_param", "BN_bn2bin", "BN_num_bits", "BN_free", "EVP_PKEY_eq",
            "EVP_PKEY_CTX_new", "EVP_PKEY_CTX_free", "EVP_PKEY_sign_init", "EVP_PKEY_sign", "EVP_PKEY_verify_init",
            "EVP_PKEY_verify", "EVP_PKEY_encrypt_init", "EVP_PKEY_encrypt", "EVP_PKEY_decrypt_init", "EVP_PKEY_decrypt",
            "EVP_PKEY_CTX_set_signature_md", "EVP_PKEY_CTX_set_rsa_padding", "EVP_PKEY_CTX_set_rsa_pss_saltlen",
            "EVP_PKEY_CTX_set_rsa_oaep_md", "EVP_PKEY_CTX_set0_rsa_oaep_label", "EVP_DigestSignInit", "EVP_DigestSign",
            "EVP_DigestVerifyInit", "EVP_DigestVerify", "EVP_PKEY_CTX_new_from_name", "EVP_PKEY_keygen_init",
            "EVP_PKEY_generate", "EVP_PKEY_CTX_set_rsa_keygen_bits", "EVP_PKEY_CTX_set_group_name",
            "EVP_PKEY_CTX_set1_rsa_keygen_pubexp", "BN_bin2bn", "d2i_ECDSA_SIG", "ECDSA_SIG_get0", "ECDSA_SIG_free",
            "i2d_ECDSA_SIG", "ECDSA_SIG_new", "ECDSA_SIG_set0", "BN_bn2binpad", "EVP_PKEY_verify_recover_init",
            "EVP_PKEY_verify_recover", "EVP_PKEY_up_ref", "OSSL_DECODER_CTX_set_pem_password_cb",
            "OSSL_PARAM_BLD_new", "OSSL_PARAM_BLD_push_BN", "OSSL_PARAM_BLD_push_octet_string",
            "OSSL_PARAM_BLD_push_utf8_string", "OSSL_PARAM_BLD_to_param", "OSSL_PARAM_BLD_free", "OSSL_PARAM_free",
            "EVP_PKEY_fromdata_init", "EVP_PKEY_fromdata", "EVP_PKEY_get_octet_string_param", "EVP_PKEY_public_check",
            "EVP_PKEY_paramgen_init", "EVP_PKEY_paramgen", "EVP_PKEY_CTX_set_dsa_paramgen_bits",
            "EVP_PKEY_CTX_set_dsa_paramgen_q_bits", "EVP_PKEY_CTX_set_dh_paramgen_prime_len",
            "EVP_PKEY_CTX_set_dh_paramgen_generator", "EVP_PKEY_CTX_new_from_pkey",
            "EVP_PKEY_CTX_set_rsa_pss_keygen_md_name", "EVP_PKEY_CTX_set_rsa_pss_keygen_mgf1_md_name",
            "EVP_PKEY_CTX_set_rsa_pss_keygen_saltlen", "EVP_PKEY_get_int_param",
        ]) else { return nil }
        func c<T>(_ i: Int, _ type: T.Type) -> T { unsafeBitCast(f[i], to: type) }
        return Library(decoderNew: c(0, DecoderNew.self), decoderPassphrase: c(1, SetPassphrase.self),
                       decode: c(2, DecodeData.self), decoderFree: c(3, FreeCtx.self), encoderNew: c(4, EncoderNew.self),
                       encoderPassphrase: c(5, SetPassphrase.self), encoderCipher: c(6, SetCipher.self),
                       encode: c(7, EncodeData.self), encoderFree: c(8, FreeCtx.self), cryptoFree: c(9, CryptoFree.self),
                       keyFree: c(10, KeyFree.self), baseId: c(11, KeyInt.self), bits: c(12, KeyInt.self),
                       size: c(13, KeyInt.self), bnParam: c(14, GetBNParam.self), stringParam: c(15, GetStringParam.self),
                       bnToBytes: c(16, BNToBytes.self), bnBits: c(17, BNBits.self), bnFree: c(18, BNFree.self),
                       equal: c(19, KeysEqual.self), contextNew: c(20, KeyCtxNew.self), contextFree: c(21, KeyCtxFree.self),
                       signInit: c(22, CtxInit.self), sign: c(23, CtxTransform.self), verifyInit: c(24, CtxInit.self),
                       verify: c(25, CtxVerify.self), encryptInit: c(26, CtxInit.self), encrypt: c(27, CtxTransform.self),
                       decryptInit: c(28, CtxInit.self), decrypt: c(29, CtxTransform.self),
                       setSignatureMD: c(30, CtxSetMD.self), setPadding: c(31, CtxSetInt.self),
                       setSaltLength: c(32, CtxSetInt.self), setOAEPDigest: c(33, CtxSetMD.self),
                       setOAEPLabel: c(34, SetLabel.self), digestSignInit: c(35, DigestSignInit.self),
                       digestSign: c(36, DigestSign.self), digestVerifyInit: c(37, DigestSignInit.self),
                       digestVerify: c(38, DigestVerify.self), contextFromName: c(39, CtxNewFromName.self),
                       keygenInit: c(40, CtxInit.self), generate: c(41, Generate.self), setBits: c(42, CtxSetInt.self),
                       setGroup: c(43, SetGroup.self), setPublicExponent: c(44, SetPublicExponent.self),
                       bytesToBN: c(45, BytesToBN.self), decodeSignature: c(46, DecodeSignature.self),
                       signatureParts: c(47, SignatureParts.self), signatureFree: c(48, SignatureFree.self),
                       encodeSignature: c(49, EncodeSignature.self), signatureNew: c(50, SignatureNew.self),
                       signatureSet: c(51, SignatureSet.self), bnToPadded: c(52, BNToPadded.self),
                       recoverInit: c(53, CtxInit.self), recover: c(54, CtxTransform.self), upReference: c(55, KeyInt.self),
                       decoderPasswordCallback: c(56, SetPasswordCallback.self), builderNew: c(57, BuilderNew.self),
                       builderPushNumber: c(58, BuilderPushNumber.self), builderPushOctets: c(59, BuilderPushOctets.self),
                       builderPushText: c(60, BuilderPushText.self), builderParameters: c(61, BuilderParameters.self),
                       builderFree: c(62, BuilderFree.self), parametersFree: c(63, BuilderFree.self),
                       fromDataInit: c(64, CtxInit.self), fromData: c(65, FromData.self),
                       octetParam: c(66, GetOctetParam.self), publicCheck: c(67, CtxInit.self),
                       paramgenInit: c(68, CtxInit.self), paramgen: c(69, Generate.self), setDSABits: c(70, CtxSetInt.self),
                       setDSAQBits: c(71, CtxSetInt.self), setDHPrimeLength: c(72, CtxSetInt.self),
                       setDHGenerator: c(73, CtxSetInt.self), contextFromKey: c(74, CtxFromKey.self),
                       setPSSDigest: c(75, SetDigestName.self), setPSSMGF1Digest: c(76, SetDigestName.self),
                       setPSSSaltLength: c(77, CtxSetInt.self), intParam: c(78, GetIntParam.self))
    }()

    static func require() throws -> Library {
        try OpenSSL.loaded(library)
    }

    // Must match OSSL_KEYMGMT_SELECT_* (EVP_PKEY_KEYPAIR, EVP_PKEY_PUBLIC_KEY) in OpenSSL 3's
    // core_dispatch.h and evp.h
    static let selectKeyPair: Int32 = 0x87, selectPublicKey: Int32 = 0x86, selectParameters: Int32 = 0x84

    /// The start of `buffer` for OpenSSL, which refuses a null pointer even for no bytes (an
    /// empty passphrase is still one).
    static func bytes(_ buffer: UnsafeRawBufferPointer) -> UnsafePointer<UInt8> {
        buffer.baseAddress?.assumingMemoryBound(to: UInt8.self) ?? emptyBytes
    }
    nonisolated(unsafe) private static let emptyBytes = UnsafePointer(UnsafeMutablePointer<UInt8>.allocate(capacity: 1))
    // Must match the NID_* of the key types in OpenSSL's obj_mac.h
    static let typeNames: [Int32: String] = [
        6: "rsa", 912: "rsa-pss", 116: "dsa", 28: "dh", 408: "ec", 1087: "ed25519", 1088: "ed448", 1034: "x25519",
        1035: "x448",
    ]
}

/// One asymmetric key behind a JS object; lib/internal/crypto/keys.js makes PublicKeyObject and
/// PrivateKeyObject around it. `isPrivate` says what it was made as: a private key's handle
/// also serves as its public key.
///
/// Lifetime: the object owns the EVP_PKEY (a retained reference behind its private pointer).
final class PublicKeyState {
    let ssl: PublicKeys.Library
    let key: PublicKeys.Key
    let isPrivate: Bool

    init(ssl: PublicKeys.Library, key: PublicKeys.Key, isPrivate: Bool) {
        self.ssl = ssl
        self.key = key
        self.isPrivate = isPrivate
    }

    deinit { ssl.keyFree(key) }

    /// A key decoded from PEM or DER (`format`), public or private (`wantsPrivate`); the PEM
    /// type (PKCS#1, SPKI, PKCS#8, SEC1, encrypted or not) is read from the data.
    static func decode(_ data: UnsafeRawBufferPointer, format: String, wantsPrivate: Bool,
                       passphrase: UnsafeRawBufferPointer?) throws -> PublicKeyState {
        let ssl = try PublicKeys.require()
        var key: PublicKeys.Key?
        // A public key may be given as (and taken from) a private one.
        let attempts: [(Int32, Bool)] = wantsPrivate ? [(PublicKeys.selectKeyPair, true)] :
            [(PublicKeys.selectPublicKey, false), (PublicKeys.selectKeyPair, true)]
        // As with encoders, the context keeps the input type name it is given until it is freed.
        let inputType = strdup(format.uppercased())
        defer { free(inputType) }
        for (selection, isPrivate) in attempts {
            guard let context = ssl.decoderNew(&key, inputType, nil, nil, selection, nil, nil) else { continue }
            defer { ssl.decoderFree(context) }
            if let passphrase {
                _ = ssl.decoderPassphrase(context, PublicKeys.bytes(passphrase), passphrase.count)
            } else {
                // Without a passphrase an encrypted key fails instead of OpenSSL asking on the terminal.
                _ = ssl.decoderPasswordCallback(context, { _, _, _, _ in -1 }, nil)
            }
            var next: UnsafePointer<UInt8>? = data.baseAddress?.assumingMemoryBound(to: UInt8.self)
            var left = data.count
            if ssl.decode(context, &next, &left) == 1, let key {
                OpenSSL.library?.errorClear()
                return PublicKeyState(ssl: ssl, key: key, isPrivate: isPrivate)
            }
            if attempts.count > 1 && selection == PublicKeys.selectPublicKey { OpenSSL.library?.errorClear() }
        }
        throw OpenSSL.failure("Failed to read \(wantsPrivate ? "private" : "public") key")
    }

    /// The key in `format` (PEM or DER) and `structure` (SubjectPublicKeyInfo, PrivateKeyInfo,
    /// EncryptedPrivateKeyInfo, type-specific), encrypted with `cipher` when given.
    func encode(format: String, structure: String, asPrivate: Bool, cipher: String?,
                passphrase: UnsafeRawBufferPointer?) throws -> (UnsafeMutableRawPointer, Int) {
        // The context keeps the type and structure names it is given (not copies) until it is
        // freed, so they stay alive around all of its use.
        try format.uppercased().withCString { format in
            try structure.withCString { structure in
                try encode(format: format, structure: structure, asPrivate: asPrivate, cipher: cipher, passphrase: passphrase)
            }
        }
    }

    private func encode(format: UnsafePointer<CChar>, structure: UnsafePointer<CChar>, asPrivate: Bool, cipher: String?,
                        passphrase: UnsafeRawBufferPointer?) throws -> (UnsafeMutableRawPointer, Int) {
        let selection = asPrivate ? PublicKeys.selectKeyPair : PublicKeys.selectPublicKey
        guard let context = ssl.encoderNew(key, selection, format, structure, nil) else {
            throw OpenSSL.failure("Failed to encode key")
        }
        defer { ssl.encoderFree(context) }
        if let cipher {
            _ = ssl.encoderCipher(context, cipher, nil)
            _ = ssl.encoderPassphrase(context, passphrase.map(PublicKeys.bytes) ?? PublicKeys.bytes(UnsafeRawBufferPointer(start: nil, count: 0)),
                                      passphrase?.count ?? 0)
        }
        var data: UnsafeMutablePointer<UInt8>?
        var length = 0
        guard ssl.encode(context, &data, &length) == 1, let data else { throw OpenSSL.failure("Failed to encode key") }
        defer { ssl.cryptoFree(data, nil, 0) }
        let output = malloc(max(length, 1))!
        output.copyMemory(from: data, byteCount: length)
        return (output, length)
    }

    var typeName: String? { PublicKeys.typeNames[ssl.baseId(key)] }

    /// One value of a key built from its parts: a big number (big-endian bytes), an octet string
    /// or a text, under OpenSSL's parameter name.
    enum Part {
        case number(String, [UInt8]), octets(String, [UInt8]), text(String, String)
    }

    /// A key of `type` (OpenSSL's key type name: RSA, EC, ED25519, ...) made from its parts, as
    /// JWK import and raw public keys give them; nil when OpenSSL refuses them.
    static func fromParts(type: String, wantsPrivate: Bool, parts: [Part], selection chosen: Int32? = nil) throws -> PublicKeyState? {
        let ssl = try PublicKeys.require()
        guard let builder = ssl.builderNew() else { return nil }
        defer { ssl.builderFree(builder) }
        var numbers: [OpaquePointer] = []
        defer { numbers.forEach { ssl.bnFree($0) } }
        // The builder refers to the names, octet strings and texts (not copies) until it makes
        // the parameters.
        var storage: [UnsafeMutableRawPointer] = []
        defer { storage.forEach { free($0) } }
        func kept(_ text: String) -> UnsafeMutablePointer<CChar> {
            let copy = strdup(text)!
            storage.append(UnsafeMutableRawPointer(copy))
            return copy
        }
        for part in parts {
            let pushed: Int32
            switch part {
            case .number(let name, let bytes):
                guard let number = bytes.withUnsafeBufferPointer({ ssl.bytesToBN($0.baseAddress, Int32($0.count), nil) }) else { return nil }
                numbers.append(number)
                pushed = ssl.builderPushNumber(builder, kept(name), number)
            case .octets(let name, let bytes):
                let copy = OpenSSL.copyForOpenSSL(bytes)
                storage.append(copy)
                pushed = ssl.builderPushOctets(builder, kept(name), copy, bytes.count)
            case .text(let name, let text):
                pushed = ssl.builderPushText(builder, kept(name), kept(text), 0)
            }
            guard pushed == 1 else { return nil }
        }
        guard let parameters = ssl.builderParameters(builder) else { return nil }
        defer { ssl.parametersFree(parameters) }
        guard let context = ssl.contextFromName(nil, type, nil) else { return nil }
        defer { ssl.contextFree(context) }
        var key: PublicKeys.Key?
        let selection = chosen ?? (wantsPrivate ? PublicKeys.selectKeyPair : PublicKeys.selectPublicKey)
        guard ssl.fromDataInit(context) == 1, ssl.fromData(context, &key, selection, parameters) == 1, let key else {
            OpenSSL.library?.errorClear()
            return nil
        }
        // OpenSSL takes the parts as given; a public key must also be a valid one (an EC point
        // on its curve).
        let state = PublicKeyState(ssl: ssl, key: key, isPrivate: wantsPrivate)
        if chosen != nil { return state }
        guard let checker = ssl.contextNew(key, nil) else { return nil }
        defer { ssl.contextFree(checker) }
        guard ssl.publicCheck(checker) == 1 else {
            OpenSSL.library?.errorClear()
            return nil
        }
        return state
    }

    /// An octet-string parameter of the key (an Edwards or Montgomery key's "pub" or "priv").
    func octetParameter(_ name: String) -> [UInt8]? {
        var length = 0
        guard ssl.octetParam(key, name, nil, 0, &length) == 1 else {
            OpenSSL.library?.errorClear()
            return nil
        }
        var bytes = [UInt8](repeating: 0, count: length)
        guard ssl.octetParam(key, name, &bytes, length, &length) == 1 else {
            OpenSSL.library?.errorClear()
            return nil
        }
        return Array(bytes.prefix(length))
    }

    /// A big-number parameter of the key (n, e, d, qx, ...) as big-endian bytes, at least
    /// `width` long.
    func parameter(_ name: String, width: Int = 0) -> [UInt8]? {
        var number: OpaquePointer?
        guard ssl.bnParam(key, name, &number) == 1, let number else {
            OpenSSL.library?.errorClear()
            return nil
        }
        defer { ssl.bnFree(number) }
        let length = max((Int(ssl.bnBits(number)) + 7) / 8, width)
        var bytes = [UInt8](repeating: 0, count: max(length, 1))
        _ = ssl.bnToPadded(number, &bytes, Int32(length))
        return Array(bytes.prefix(length))
    }

    func intParameter(_ name: String) -> Int32? {
        var value: Int32 = 0
        guard ssl.intParam(key, name, &value) == 1 else {
            OpenSSL.library?.errorClear()
            return nil
        }
        return value
    }

    func stringParameter(_ name: String) -> String? {
        var buffer = [CChar](repeating: 0, count: 80)
        guard ssl.stringParam(key, name, &buffer, buffer.count, nil) == 1 else {
            OpenSSL.library?.errorClear()
            return nil
        }
        return String(cString: buffer)
    }

    /// The key handle passed as argument `index`.
    static func of(_ call: CallFrame, _ index: Int) throws -> PublicKeyState {
        try call.native(index, of: jsClass, as: PublicKeyState.self)
    }

    func object(_ ctx: JSContextRef) -> JSObjectRef {
        JSObjectMake(ctx, PublicKeyState.jsClass, Unmanaged.passRetained(self).toOpaque())
    }

    nonisolated(unsafe) static let jsClass: JSClassRef = {
        makeNativeClass(name: "KeyObjectHandle", methods: [], finalize: { object in
            if let pointer = JSObjectGetPrivate(object) { Unmanaged<PublicKeyState>.fromOpaque(pointer).release() }
        })
    }()
}
