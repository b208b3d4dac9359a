import Glibc
import CJavaScriptCore
import JSBridge

/// Finite-field Diffie-Hellman (crypto.DiffieHellman and DiffieHellmanGroup) through OpenSSL's
/// DH functions, which keep a group and a key pair together as Node's API does.
enum DiffieHellmanLibrary {
    typealias DHNew = @convention(c) () -> OpaquePointer?
    typealias DHFree = @convention(c) (OpaquePointer?) -> Void
    typealias GenerateParameters = @convention(c) (OpaquePointer, Int32, Int32, OpaquePointer?) -> Int32
    typealias SetGroup = @convention(c) (OpaquePointer, OpaquePointer?, OpaquePointer?, OpaquePointer?) -> Int32
    typealias GetGroup = @convention(c) (OpaquePointer, UnsafeMutablePointer<OpaquePointer?>?, UnsafeMutablePointer<OpaquePointer?>?,
                                         UnsafeMutablePointer<OpaquePointer?>?) -> Void
    typealias GenerateKey = @convention(c) (OpaquePointer) -> Int32
    typealias GetKey = @convention(c) (OpaquePointer, UnsafeMutablePointer<OpaquePointer?>?, UnsafeMutablePointer<OpaquePointer?>?) -> Void
    typealias SetKey = @convention(c) (OpaquePointer, OpaquePointer?, OpaquePointer?) -> Int32
    typealias ComputeKey = @convention(c) (UnsafeMutablePointer<UInt8>, OpaquePointer, OpaquePointer) -> Int32
    typealias Size = @convention(c) (OpaquePointer) -> Int32
    typealias Check = @convention(c) (OpaquePointer, UnsafeMutablePointer<Int32>) -> Int32
    typealias CheckPublic = @convention(c) (OpaquePointer, OpaquePointer, UnsafeMutablePointer<Int32>) -> Int32
    typealias NamedPrime = @convention(c) (OpaquePointer?) -> OpaquePointer?
    typealias NewNumber = @convention(c) () -> OpaquePointer?
    typealias SetWord = @convention(c) (OpaquePointer, UInt) -> Int32

    struct Library {
        let new: DHNew, free: DHFree, generateParameters: GenerateParameters, setGroup: SetGroup, getGroup: GetGroup
        let generateKey: GenerateKey, getKey: GetKey, setKey: SetKey, computeKey: ComputeKey, size: Size
        let check: Check, checkPublic: CheckPublic, namedPrimes: [String: NamedPrime], newNumber: NewNumber
        let setWord: SetWord
    }

    // Must match the modp groups crypto.getDiffieHellman names (RFC 2409 and RFC 3526).
    static let groups = ["modp1": "BN_get_rfc2409_prime_768", "modp2": "BN_get_rfc2409_prime_1024",
                         "modp5": "BN_get_rfc3526_prime_1536", "modp14": "BN_get_rfc3526_prime_2048",
                         "modp15": "BN_get_rfc3526_prime_3072", "modp16": "BN_get_rfc3526_prime_4096",
                         "modp17": "BN_get_rfc3526_prime_6144", "modp18": "BN_get_rfc3526_prime_8192"]

    nonisolated(unsafe) static let library: Library? = {
        let groupNames = groups.keys.sorted()
        guard let f = OpenSSL.symbols([
            "DH_new", "DH_free", "DH_generate_parameters_ex", "DH_set0_pqg", "DH_get0_pqg", "DH_generate_key",
            "DH_get0_key", "DH_set0_key", "DH_compute_key", "DH_size", "DH_check", "DH_check_pub_key", "BN_new",
            "BN_set_word",
        ] + groupNames.map { groups[$0]! }) else { return nil }
        func c<T>(_ i: Int, _ type: T.Type) -> T { unsafeBitCast(f[i], to: type) }
        var primes: [String: NamedPrime] = [:]
        for (index, name) in groupNames.enumerated() { primes[name] = c(14 + index, NamedPrime.self) }
        return Library(new: c(0, DHNew.self), free: c(1, DHFree.self), generateParameters: c(2, GenerateParameters.self),
                       setGroup: c(3, SetGroup.self), getGroup: c(4, GetGroup.self), generateKey: c(5, GenerateKey.self),
                       getKey: c(6, GetKey.self), setKey: c(7, SetKey.self), computeKey: c(8, ComputeKey.self),
                       size: c(9, Size.self), check: c(10, Check.self), checkPublic: c(11, CheckPublic.self),
                       namedPrimes: primes, newNumber: c(12, NewNumber.self), setWord: c(13, SetWord.self))
    }()

    static func require() throws -> Library {
        try OpenSSL.loaded(library)
    }
}

/// One DH group and key pair behind a JS object (lib/internal/crypto/diffiehellman.js).
///
/// Lifetime: the object owns the DH (a retained reference behind its private pointer).
final class DiffieHellmanState {
    let ssl: DiffieHellmanLibrary.Library
    let keys: PublicKeys.Library
    let dh: OpaquePointer

    private init(ssl: DiffieHellmanLibrary.Library, keys: PublicKeys.Library, dh: OpaquePointer) {
        self.ssl = ssl
        self.keys = keys
        self.dh = dh
    }

    deinit { ssl.free(dh) }

    private static func make() throws -> DiffieHellmanState {
        let ssl = try DiffieHellmanLibrary.require(), keys = try PublicKeys.require()
        guard let dh = ssl.new() else { throw OpenSSL.failure("DH_new failed") }
        return DiffieHellmanState(ssl: ssl, keys: keys, dh: dh)
    }

    private func number(_ bytes: [UInt8]) -> OpaquePointer? {
        bytes.withUnsafeBufferPointer { keys.bytesToBN($0.baseAddress, Int32($0.count), nil) }
    }

    private func bytes(_ number: OpaquePointer?) -> [UInt8]? {
        guard let number else { return nil }
        let length = (Int(keys.bnBits(number)) + 7) / 8
        var output = [UInt8](repeating: 0, count: max(length, 1))
        _ = keys.bnToBytes(number, &output)
        return Array(output.prefix(length))
    }

    /// A group with a new prime of `bits` bits and the generator `generator`.
    static func generated(bits: Int32, generator: Int32) throws -> DiffieHellmanState {
        let state = try make()
        guard state.ssl.generateParameters(state.dh, bits, generator, nil) == 1 else { throw OpenSSL.failure("DH parameter generation failed") }
        return state
    }

    /// A group from its prime and generator (a number, or bytes when `generatorBytes`).
    static func from(prime: [UInt8], generator: Int32?, generatorBytes: [UInt8]?) throws -> DiffieHellmanState {
        let state = try make()
        guard let p = state.number(prime) else { throw OpenSSL.failure("Invalid prime") }
        var g: OpaquePointer?
        if let generatorBytes {
            g = state.number(generatorBytes)
        } else if let generator, let word = state.ssl.newNumber() {
            _ = state.ssl.setWord(word, UInt(max(generator, 0)))
            g = word
        }
        guard let g else {
            state.keys.bnFree(p)
            throw OpenSSL.failure("Invalid generator")
        }
        // The prime and generator are checked as OpenSSL checks them when keys are made.
        if generator.map({ $0 < 2 }) ?? (state.bytes(g).map { $0.count <= 1 && ($0.first ?? 0) < 2 } ?? true) {
            state.keys.bnFree(p)
            state.keys.bnFree(g)
            throw OpenSSL.Failure(message: "error:02800065:Diffie-Hellman routines::bad generator",
                                  code: "ERR_OSSL_DH_BAD_GENERATOR", library: "Diffie-Hellman routines", reason: "bad generator")
        }
        guard state.ssl.setGroup(state.dh, p, nil, g) == 1 else {
            state.keys.bnFree(p)
            state.keys.bnFree(g)
            throw OpenSSL.failure("Invalid group")
        }
        return state
    }

    static func named(_ name: String) throws -> DiffieHellmanState? {
        let ssl = try DiffieHellmanLibrary.require()
        guard let prime = ssl.namedPrimes[name] else { return nil }
        let state = try make()
        guard let p = prime(nil), let g = ssl.newNumber(), ssl.setWord(g, 2) == 1, ssl.setGroup(state.dh, p, nil, g) == 1 else {
            throw OpenSSL.failure("Invalid group")
        }
        return state
    }

    var verifyError: Int32 {
        var codes: Int32 = 0
        guard ssl.check(dh, &codes) == 1 else {
            OpenSSL.library?.errorClear()
            return codes
        }
        return codes
    }

    func generateKeys() throws {
        guard ssl.generateKey(dh) == 1 else { throw OpenSSL.failure("Key generation failed") }
    }

    enum Part { case prime, generator, publicKey, privateKey }

    func part(_ part: Part) -> [UInt8]? {
        var p: OpaquePointer?, g: OpaquePointer?, publicKey: OpaquePointer?, privateKey: OpaquePointer?
        ssl.getGroup(dh, &p, nil, &g)
        ssl.getKey(dh, &publicKey, &privateKey)
        switch part {
        case .prime: return bytes(p)
        case .generator: return bytes(g)
        case .publicKey: return bytes(publicKey)
        case .privateKey: return bytes(privateKey)
        }
    }

    func setKey(_ value: [UInt8], isPrivate: Bool) throws {
        guard let number = number(value) else { throw OpenSSL.failure("Invalid key") }
        let status = isPrivate ? ssl.setKey(dh, nil, number) : ssl.setKey(dh, number, nil)
        guard status == 1 else {
            keys.bnFree(number)
            throw OpenSSL.failure("Invalid key")
        }
    }

    /// The shared secret with the peer's public key, zero-padded to the prime's length.
    func computeSecret(_ peer: [UInt8]) throws -> [UInt8] {
        guard let peerNumber = number(peer) else { throw OpenSSL.failure("Invalid key") }
        defer { keys.bnFree(peerNumber) }
        var codes: Int32 = 0
        _ = ssl.checkPublic(dh, peerNumber, &codes)
        // Must match DH_CHECK_PUBKEY_TOO_SMALL / _TOO_LARGE in OpenSSL's dh.h
        if codes & 0x1 != 0 {
            throw NativeError.error("Supplied key is too small", constructor: "RangeError", code: "ERR_CRYPTO_INVALID_KEYLEN")
        }
        if codes & 0x2 != 0 {
            throw NativeError.error("Supplied key is too large", constructor: "RangeError", code: "ERR_CRYPTO_INVALID_KEYLEN")
        }
        let size = Int(ssl.size(dh))
        var output = [UInt8](repeating: 0, count: size)
        let length = Int(ssl.computeKey(&output, peerNumber, dh))
        guard length >= 0 else {
            OpenSSL.library?.errorClear()
            throw NativeError.error("Invalid key", code: "ERR_CRYPTO_INVALID_KEYTYPE")
        }
        return Array(repeating: 0, count: size - length) + output.prefix(length)
    }

    static func of(_ call: CallFrame) throws -> DiffieHellmanState { try call.receiver(DiffieHellmanState.self) }

    func object(_ ctx: JSContextRef) -> JSObjectRef {
        JSObjectMake(ctx, DiffieHellmanState.jsClass, Unmanaged.passRetained(self).toOpaque())
    }

    nonisolated(unsafe) static let jsClass: JSClassRef = {
        makeNativeClass(name: "DiffieHellman", methods: [
            NativeMethod("generateKeys") { c, _, t, n, a, e in
                bridge(c, t, n, a, e) { f in try DiffieHellmanState.of(f).generateKeys(); return nil }
            },
            // get(part): 0 prime, 1 generator, 2 public key, 3 private key; undefined when unset.
            NativeMethod("get") { c, _, t, n, a, e in
                bridge(c, t, n, a, e) { f in
                    let parts: [Part] = [.prime, .generator, .publicKey, .privateKey]
                    let index = try f.int(0)
                    guard parts.indices.contains(index), let bytes = try DiffieHellmanState.of(f).part(parts[index]) else {
                        return f.js.undefined
                    }
                    return try CryptoBinding.bytesResult(f, bytes)
                }
            },
            // setKey(bytes, isPrivate)
            NativeMethod("setKey") { c, _, t, n, a, e in
                bridge(c, t, n, a, e) { f in try DiffieHellmanState.of(f).setKey(try f.copiedBytes(0), isPrivate: f.bool(1)); return nil }
            },
            NativeMethod("computeSecret") { c, _, t, n, a, e in
                bridge(c, t, n, a, e) { f in try CryptoBinding.bytesResult(f, try DiffieHellmanState.of(f).computeSecret(try f.copiedBytes(0))) }
            },
            NativeMethod("verifyError") { c, _, t, n, a, e in
                bridge(c, t, n, a, e) { f in f.js.number(Double(try DiffieHellmanState.of(f).verifyError)) }
            },
        ], finalize: { object in
            if let pointer = JSObjectGetPrivate(object) { Unmanaged<DiffieHellmanState>.fromOpaque(pointer).release() }
        })
    }()
}

extension CryptoBinding {
    static let diffieHellmanMethods: [NativeMethod] = [
        // createDiffieHellman(bits or prime bytes, generator number or bytes)
        NativeMethod("createDiffieHellman") { c, _, t, n, a, e in
            bridge(c, t, n, a, e) { f in
                let generatorBytes = JSValueIsNumber(f.ctx, f[1]) ? nil : try f.copiedBytes(1)
                let generator = generatorBytes == nil ? try f.int32(1) : nil
                if JSValueIsNumber(f.ctx, f[0]) {
                    return try DiffieHellmanState.generated(bits: try f.int32(0), generator: generator ?? 2).object(f.ctx)
                }
                return try DiffieHellmanState.from(prime: try f.copiedBytes(0), generator: generator,
                                                   generatorBytes: generatorBytes).object(f.ctx)
            }
        },
        // getDiffieHellman(name): a modp group, or null for an unknown name.
        NativeMethod("getDiffieHellman") { c, _, t, n, a, e in
            bridge(c, t, n, a, e) { f in
                guard let state = try DiffieHellmanState.named(try f.string(0)) else { return f.js.null }
                return state.object(f.ctx)
            }
        },
    ]
}

/// Random primes and primality tests (crypto.generatePrime and checkPrime) with OpenSSL's BN
/// functions; both are safe off the JavaScript thread.
enum Primes {
    typealias Generate = @convention(c) (OpaquePointer, Int32, Int32, OpaquePointer?, OpaquePointer?, OpaquePointer?) -> Int32
    typealias IsPrime = @convention(c) (OpaquePointer, Int32, OpaquePointer?, OpaquePointer?) -> Int32

    struct Library { let generate: Generate, isPrime: IsPrime, newNumber: DiffieHellmanLibrary.NewNumber }

    nonisolated(unsafe) static let library: Library? = {
        guard let f = OpenSSL.symbols(["BN_generate_prime_ex", "BN_is_prime_ex", "BN_new"]) else { return nil }
        return Library(generate: unsafeBitCast(f[0], to: Generate.self), isPrime: unsafeBitCast(f[1], to: IsPrime.self),
                       newNumber: unsafeBitCast(f[2], to: DiffieHellmanLibrary.NewNumber.self))
    }()

    static func require() throws -> (Library, PublicKeys.Library) {
        (try OpenSSL.loaded(library), try PublicKeys.require())
    }

    /// A random prime of `bits` bits (safe: (p - 1) / 2 prime too; p % add == rem when given),
    /// big-endian; nil when OpenSSL cannot make one.
    static func generate(bits: Int32, safe: Bool, add: [UInt8]?, rem: [UInt8]?) throws -> [UInt8]? {
        let (ssl, keys) = try require()
        func number(_ bytes: [UInt8]?) -> OpaquePointer? {
            bytes.flatMap { b in b.withUnsafeBufferPointer { keys.bytesToBN($0.baseAddress, Int32($0.count), nil) } }
        }
        let addNumber = number(add), remNumber = number(rem)
        defer {
            keys.bnFree(addNumber)
            keys.bnFree(remNumber)
        }
        guard let prime = ssl.newNumber() else { return nil }
        defer { keys.bnFree(prime) }
        guard ssl.generate(prime, bits, safe ? 1 : 0, addNumber, remNumber, nil) == 1 else {
            OpenSSL.library?.errorClear()
            return nil
        }
        let length = (Int(keys.bnBits(prime)) + 7) / 8
        var output = [UInt8](repeating: 0, count: max(length, 1))
        _ = keys.bnToBytes(prime, &output)
        return Array(output.prefix(length))
    }

    /// Whether `candidate` (big-endian) is prime after `checks` rounds (0: OpenSSL's choice).
    static func check(_ candidate: [UInt8], checks: Int32) throws -> Bool {
        let (ssl, keys) = try require()
        guard let number = candidate.withUnsafeBufferPointer({ keys.bytesToBN($0.baseAddress, Int32($0.count), nil) }) else {
            return false
        }
        defer { keys.bnFree(number) }
        let result = ssl.isPrime(number, checks, nil, nil)
        OpenSSL.library?.errorClear()
        return result == 1
    }
}

extension CryptoBinding {
    static let primeMethods: [NativeMethod] = [
        // generatePrime(bits, safe, add or null, rem or null[, callback]): the prime's bytes, or
        // callback(err, bytes) from the thread pool.
        NativeMethod("generatePrime") { c, _, t, n, a, e in
            bridge(c, t, n, a, e) { f in
                let bits = try f.int32(0), safe = f.bool(1)
                let add = JSValueIsNull(f.ctx, f[2]) ? nil : try f.copiedBytes(2)
                let rem = JSValueIsNull(f.ctx, f[3]) ? nil : try f.copiedBytes(3)
                let failure = "Failed to generate a prime"
                guard JSValueIsObject(f.ctx, f[4]) else {
                    guard let prime = try Primes.generate(bits: bits, safe: safe, add: add, rem: rem) else {
                        throw NativeError.error(failure, code: "ERR_CRYPTO_OPERATION_FAILED")
                    }
                    return try bytesResult(f, prime)
                }
                try ThreadPoolJob.queue(callback: try f.protectedFunction(4), work: {
                    try? Primes.generate(bits: bits, safe: safe, add: add, rem: rem)
                }) { prime, js in
                    guard let prime = prime ?? nil else { return [js.error(failure, code: "ERR_CRYPTO_OPERATION_FAILED")] }
                    return [js.undefined, try AdoptedMemory.arrayBuffer(js.ctx, adopting: OpenSSL.copyForOpenSSL(prime), count: prime.count)]
                }
                return f.js.undefined
            }
        },
        // checkPrime(bytes, checks[, callback])
        NativeMethod("checkPrime") { c, _, t, n, a, e in
            bridge(c, t, n, a, e) { f in
                let candidate = try f.copiedBytes(0), checks = try f.int32(1)
                guard JSValueIsObject(f.ctx, f[2]) else { return f.js.bool(try Primes.check(candidate, checks: checks)) }
                try ThreadPoolJob.queue(callback: try f.protectedFunction(2), work: { (try? Primes.check(candidate, checks: checks)) ?? false }) { result, js in
                    [js.undefined, js.bool(result)]
                }
                return f.js.undefined
            }
        },
    ]
}
