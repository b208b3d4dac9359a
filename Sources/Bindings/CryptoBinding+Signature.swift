import Glibc
import CJavaScriptCore
import JSBridge

/// Signatures, RSA encryption and key generation over PublicKeyState.
extension PublicKeyState {
    /// What a signature or RSA operation was asked for; -1 (or nil) for OpenSSL's default.
    struct Options {
        var padding: Int32 = -1
        var saltLength: Int32 = Int32.min
        var ieeeP1363 = false
        var oaepDigest: OpenSSL.MD?
        var oaepLabel: [UInt8] = []
    }

    private func configure(_ context: PublicKeys.Ctx, _ options: Options) throws {
        if options.padding >= 0 && ssl.setPadding(context, options.padding) != 1 { throw OpenSSL.failure("Invalid padding") }
        if options.saltLength != Int32.min && ssl.setSaltLength(context, options.saltLength) != 1 {
            throw OpenSSL.failure("Invalid salt length")
        }
        if let md = options.oaepDigest, ssl.setOAEPDigest(context, md) != 1 { throw OpenSSL.failure("Invalid OAEP digest") }
        if !options.oaepLabel.isEmpty {
            // OpenSSL takes ownership of the label it is given.
            let label = OpenSSL.copyForOpenSSL(options.oaepLabel)
            if ssl.setOAEPLabel(context, label, Int32(options.oaepLabel.count)) != 1 {
                throw OpenSSL.failure("Invalid OAEP label")
            }
        }
    }

    /// The width in bytes of each of r and s in an IEEE P1363 (EC)DSA signature.
    private var signaturePartWidth: Int { (Int(ssl.bits(key)) + 7) / 8 }

    /// Runs `body` with a digest context set up by `initialize` (EVP_DigestSignInit or
    /// EVP_DigestVerifyInit) for this key, `md` and `options`.
    private func withKeyedDigest<T>(_ initialize: PublicKeys.DigestSignInit, md: OpenSSL.MD?, options: Options,
                                    failure: String, _ body: (OpaquePointer) throws -> T) throws -> T {
        let digests = try OpenSSL.require()
        guard let context = digests.digestContextNew() else { throw OpenSSL.failure(failure) }
        defer { digests.digestContextFree(context) }
        var keyContext: PublicKeys.Ctx?
        guard initialize(context, &keyContext, md, nil, key) == 1, let keyContext else { throw OpenSSL.failure(failure) }
        try configure(keyContext, options)
        return try body(context)
    }

    func sign(digest md: OpenSSL.MD?, data: UnsafeRawBufferPointer, options: Options) throws -> [UInt8] {
        try withKeyedDigest(ssl.digestSignInit, md: md, options: options, failure: "Failed to sign") { context in
            try sign(context, data: data, options: options)
        }
    }

    private func sign(_ context: OpaquePointer, data: UnsafeRawBufferPointer, options: Options) throws -> [UInt8] {
        let input = data.baseAddress?.assumingMemoryBound(to: UInt8.self)
        let signature = try OpenSSL.sized("Failed to sign") { ssl.digestSign(context, $0, $1, input, data.count) }
        return options.ieeeP1363 ? try ieeeP1363(fromDER: signature) : signature
    }

    func verify(digest md: OpenSSL.MD?, data: UnsafeRawBufferPointer, signature given: UnsafeRawBufferPointer,
                options: Options) throws -> Bool {
        try withKeyedDigest(ssl.digestVerifyInit, md: md, options: options, failure: "Failed to verify") { context in
            var signature = Array(given)
            if options.ieeeP1363 {
                guard let der = der(fromIEEEP1363: signature) else { return false }
                signature = der
            }
            let status = ssl.digestVerify(context, signature, signature.count,
                                          data.baseAddress?.assumingMemoryBound(to: UInt8.self), data.count)
            OpenSSL.library?.errorClear()
            return status == 1
        }
    }

    private func ieeeP1363(fromDER der: [UInt8]) throws -> [UInt8] {
        var cursor: UnsafePointer<UInt8>? = nil
        let parsed: OpaquePointer? = der.withUnsafeBufferPointer { buffer in
            cursor = buffer.baseAddress
            return ssl.decodeSignature(nil, &cursor, buffer.count)
        }
        guard let parsed else { throw OpenSSL.failure("Failed to sign") }
        defer { ssl.signatureFree(parsed) }
        var r: OpaquePointer?, s: OpaquePointer?
        ssl.signatureParts(parsed, &r, &s)
        let width = signaturePartWidth
        var output = [UInt8](repeating: 0, count: 2 * width)
        guard let r, let s, ssl.bnToPadded(r, &output, Int32(width)) == width,
              output.withUnsafeMutableBufferPointer({ ssl.bnToPadded(s, $0.baseAddress! + width, Int32(width)) }) == width else {
            throw OpenSSL.failure("Failed to sign")
        }
        return output
    }

    private func der(fromIEEEP1363 signature: [UInt8]) -> [UInt8]? {
        let width = signaturePartWidth
        guard signature.count == 2 * width, let parts = ssl.signatureNew() else { return nil }
        let r = signature.withUnsafeBufferPointer { ssl.bytesToBN($0.baseAddress, Int32(width), nil) }
        let s = signature.withUnsafeBufferPointer { ssl.bytesToBN($0.baseAddress! + width, Int32(width), nil) }
        guard let r, let s, ssl.signatureSet(parts, r, s) == 1 else {
            ssl.bnFree(r)
            ssl.bnFree(s)
            ssl.signatureFree(parts)
            return nil
        }
        defer { ssl.signatureFree(parts) }
        let length = ssl.encodeSignature(parts, nil)
        guard length > 0 else { return nil }
        var der = [UInt8](repeating: 0, count: Int(length))
        _ = der.withUnsafeMutableBufferPointer { buffer -> Int32 in
            var cursor = buffer.baseAddress
            return ssl.encodeSignature(parts, &cursor)
        }
        return der
    }

    enum Transform { case publicEncrypt, privateDecrypt, privateEncrypt, publicDecrypt }

    func transform(_ kind: Transform, _ data: UnsafeRawBufferPointer, options: Options) throws -> [UInt8] {
        guard let context = ssl.contextNew(key, nil) else { throw OpenSSL.failure("Failed to create key context") }
        defer { ssl.contextFree(context) }
        let (initialize, run): (PublicKeys.CtxInit, PublicKeys.CtxTransform)
        switch kind {
        case .publicEncrypt: (initialize, run) = (ssl.encryptInit, ssl.encrypt)
        case .privateDecrypt: (initialize, run) = (ssl.decryptInit, ssl.decrypt)
        case .privateEncrypt: (initialize, run) = (ssl.signInit, ssl.sign)
        case .publicDecrypt: (initialize, run) = (ssl.recoverInit, ssl.recover)
        }
        guard initialize(context) == 1 else { throw OpenSSL.failure("Failed to initialize") }
        try configure(context, options)
        let input = data.baseAddress?.assumingMemoryBound(to: UInt8.self)
        return try OpenSSL.sized("Operation failed") { run(context, $0, $1, input, data.count) }
    }

    /// A new key pair of `type` (rsa, rsa-pss, ec, ed25519, ed448, x25519, x448): the private
    /// key, whose handle also serves as the public one. Safe to run off the JavaScript thread.
    /// `pss` restricts an RSA-PSS key to a digest, an MGF1 digest and a minimum salt length.
    struct PSSRestrictions { var digest: String?, mgf1Digest: String?, saltLength: Int32? }

    static func generate(_ ssl: PublicKeys.Library, type: String, bits: Int32, publicExponent: [UInt8],
                         curve: String?, pss: PSSRestrictions = PSSRestrictions()) -> PublicKeys.Key? {
        let name = type == "rsa-pss" ? "RSA-PSS" : type.uppercased()
        guard let context = ssl.contextFromName(nil, name, nil) else { return nil }
        defer { ssl.contextFree(context) }
        guard ssl.keygenInit(context) == 1 else { return nil }
        if type == "rsa" || type == "rsa-pss" {
            guard ssl.setBits(context, bits) == 1 else { return nil }
            if !publicExponent.isEmpty {
                guard let exponent = publicExponent.withUnsafeBufferPointer({ ssl.bytesToBN($0.baseAddress, Int32($0.count), nil) }) else {
                    return nil
                }
                defer { ssl.bnFree(exponent) }
                guard ssl.setPublicExponent(context, exponent) == 1 else { return nil }
            }
        }
        if let curve, ssl.setGroup(context, curve) != 1 { return nil }
        if let digest = pss.digest, ssl.setPSSDigest(context, digest, nil) != 1 { return nil }
        if let digest = pss.mgf1Digest, ssl.setPSSMGF1Digest(context, digest, nil) != 1 { return nil }
        if let saltLength = pss.saltLength, ssl.setPSSSaltLength(context, saltLength) != 1 { return nil }
        var key: PublicKeys.Key?
        guard ssl.generate(context, &key) == 1 else { return nil }
        return key
    }
}

extension PublicKeyState {
    /// A new DSA or DH key pair from generated domain parameters (`bits`, and the divisor bits or
    /// the generator as `extra`), or for DH from a given prime and generator. Safe off the
    /// JavaScript thread.
    static func generateWithParameters(_ ssl: PublicKeys.Library, type: String, bits: Int32, extra: Int32,
                                       prime: [UInt8]?) -> PublicKeys.Key? {
        let name = type.uppercased()
        var parameters: PublicKeys.Key?
        if let prime {
            var generator = [UInt8](repeating: 0, count: 4)
            withUnsafeBytes(of: UInt32(max(extra, 0)).bigEndian) { generator = Array($0) }
            guard let state = try? PublicKeyState.fromParts(type: name, wantsPrivate: false,
                                                              parts: [.number("p", prime), .number("g", generator)],
                                                              selection: PublicKeys.selectParameters) else { return nil }
            _ = ssl.upReference(state.key)
            parameters = state.key
        } else {
            guard let context = ssl.contextFromName(nil, name, nil) else { return nil }
            defer { ssl.contextFree(context) }
            guard ssl.paramgenInit(context) == 1 else { return nil }
            if type == "dsa" {
                guard ssl.setDSABits(context, bits) == 1, extra < 0 || ssl.setDSAQBits(context, extra) == 1 else { return nil }
            } else {
                guard ssl.setDHPrimeLength(context, bits) == 1, ssl.setDHGenerator(context, extra) == 1 else { return nil }
            }
            guard ssl.paramgen(context, &parameters) == 1 else { return nil }
        }
        guard let parameters else { return nil }
        defer { ssl.keyFree(parameters) }
        guard let context = ssl.contextFromKey(nil, parameters, nil) else { return nil }
        defer { ssl.contextFree(context) }
        var key: PublicKeys.Key?
        guard ssl.keygenInit(context) == 1, ssl.generate(context, &key) == 1 else { return nil }
        return key
    }
}

extension OpenSSL {
    /// The output of an OpenSSL call made twice, as its API asks: first for the length (output
    /// null), then to fill a buffer of that length, which the second call may shorten.
    static func sized(_ failure: String, _ call: (UnsafeMutablePointer<UInt8>?, UnsafeMutablePointer<Int>) -> Int32) throws -> [UInt8] {
        var length = 0
        guard call(nil, &length) == 1 else { throw OpenSSL.failure(failure) }
        var output = [UInt8](repeating: 0, count: length)
        guard output.withUnsafeMutableBufferPointer({ call($0.baseAddress, &length) }) == 1 else { throw OpenSSL.failure(failure) }
        output.removeLast(output.count - length)
        return output
    }

    /// A copy of `bytes` in memory OpenSSL may free (its CRYPTO_free is the C library's free).
    static func copyForOpenSSL(_ bytes: [UInt8]) -> UnsafeMutableRawPointer {
        let copy = malloc(max(bytes.count, 1))!
        bytes.withUnsafeBytes { copy.copyMemory(from: $0.baseAddress!, byteCount: $0.count) }
        return copy
    }
}

extension PublicKeyState {
    /// Signs (or checks) the digest a Hash state has made so far (crypto.Sign and Verify stream
    /// their data through one), with the key's algorithm and that digest.
    func signDigest(_ hash: DigestState, options: Options) throws -> [UInt8] {
        let digest = try hash.digestBytes()
        guard let context = ssl.contextNew(key, nil) else { throw OpenSSL.failure("Failed to sign") }
        defer { ssl.contextFree(context) }
        guard ssl.signInit(context) == 1, ssl.setSignatureMD(context, hash.md) == 1 else { throw OpenSSL.failure("Failed to sign") }
        try configure(context, options)
        let signature = try OpenSSL.sized("Failed to sign") { ssl.sign(context, $0, $1, digest, digest.count) }
        return options.ieeeP1363 ? try ieeeP1363(fromDER: signature) : signature
    }

    func verifyDigest(_ hash: DigestState, signature given: UnsafeRawBufferPointer, options: Options) throws -> Bool {
        let digest = try hash.digestBytes()
        guard let context = ssl.contextNew(key, nil) else { throw OpenSSL.failure("Failed to verify") }
        defer { ssl.contextFree(context) }
        guard ssl.verifyInit(context) == 1, ssl.setSignatureMD(context, hash.md) == 1 else {
            throw OpenSSL.failure("Failed to verify")
        }
        try configure(context, options)
        var signature = Array(given)
        if options.ieeeP1363 {
            guard let der = der(fromIEEEP1363: signature) else { return false }
            signature = der
        }
        let status = ssl.verify(context, signature, signature.count, digest, digest.count)
        OpenSSL.library?.errorClear()
        return status == 1
    }
}

extension DigestState {
    /// The digest as bytes (made once; see finish()).
    func digestBytes() throws -> [UInt8] {
        let output = try finish()
        defer { free(output) }
        return Array(UnsafeRawBufferPointer(start: output, count: length))
    }
}
