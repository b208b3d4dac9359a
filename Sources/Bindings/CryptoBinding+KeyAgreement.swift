import Glibc
import CJavaScriptCore
import JSBridge

/// Key agreement (ECDH, X25519/X448, through EVP_PKEY_derive) and the elliptic-curve point
/// arithmetic crypto.ECDH needs (OpenSSL's EC_POINT functions).
enum KeyAgreement {
    typealias CtxInit = PublicKeys.CtxInit
    typealias SetPeer = @convention(c) (OpaquePointer, OpaquePointer) -> Int32
    typealias Derive = @convention(c) (OpaquePointer, UnsafeMutablePointer<UInt8>?, UnsafeMutablePointer<Int>) -> Int32
    typealias GroupByNID = @convention(c) (Int32) -> OpaquePointer?
    typealias Free = @convention(c) (OpaquePointer?) -> Void
    typealias PointNew = @convention(c) (OpaquePointer) -> OpaquePointer?
    typealias PointMultiply = @convention(c) (OpaquePointer, OpaquePointer, OpaquePointer?, OpaquePointer?, OpaquePointer?,
                                              OpaquePointer?) -> Int32
    typealias PointToBytes = @convention(c) (OpaquePointer, OpaquePointer, Int32, UnsafeMutablePointer<UInt8>?, Int,
                                             OpaquePointer?) -> Int
    typealias BytesToPoint = @convention(c) (OpaquePointer, OpaquePointer, UnsafePointer<UInt8>?, Int, OpaquePointer?) -> Int32
    typealias GroupOrder = @convention(c) (OpaquePointer) -> OpaquePointer?
    typealias Compare = @convention(c) (OpaquePointer, OpaquePointer) -> Int32
    typealias IsZero = @convention(c) (OpaquePointer) -> Int32
    typealias NameToNID = @convention(c) (UnsafePointer<CChar>) -> Int32
    typealias BuiltinCurves = @convention(c) (UnsafeMutableRawPointer?, Int) -> Int
    typealias NIDToName = @convention(c) (Int32) -> UnsafePointer<CChar>?

    struct Library {
        let deriveInit: CtxInit, setPeer: SetPeer, derive: Derive, groupByNID: GroupByNID, groupFree: Free
        let pointNew: PointNew, pointFree: Free, multiply: PointMultiply, pointToBytes: PointToBytes
        let bytesToPoint: BytesToPoint, order: GroupOrder, compare: Compare, isZero: IsZero
        let shortNameToNID: NameToNID, nistNameToNID: NameToNID, builtinCurves: BuiltinCurves, nidToName: NIDToName
    }

    nonisolated(unsafe) static let library: Library? = {
        guard let f = OpenSSL.symbols([
            "EVP_PKEY_derive_init", "EVP_PKEY_derive_set_peer", "EVP_PKEY_derive", "EC_GROUP_new_by_curve_name",
            "EC_GROUP_free", "EC_POINT_new", "EC_POINT_free", "EC_POINT_mul", "EC_POINT_point2oct", "EC_POINT_oct2point",
            "EC_GROUP_get0_order", "BN_cmp", "BN_is_zero", "OBJ_sn2nid", "EC_curve_nist2nid", "EC_get_builtin_curves",
            "OBJ_nid2sn",
        ]) else { return nil }
        func c<T>(_ i: Int, _ type: T.Type) -> T { unsafeBitCast(f[i], to: type) }
        return Library(deriveInit: c(0, CtxInit.self), setPeer: c(1, SetPeer.self), derive: c(2, Derive.self),
                       groupByNID: c(3, GroupByNID.self), groupFree: c(4, Free.self), pointNew: c(5, PointNew.self),
                       pointFree: c(6, Free.self), multiply: c(7, PointMultiply.self), pointToBytes: c(8, PointToBytes.self),
                       bytesToPoint: c(9, BytesToPoint.self), order: c(10, GroupOrder.self), compare: c(11, Compare.self),
                       isZero: c(12, IsZero.self), shortNameToNID: c(13, NameToNID.self), nistNameToNID: c(14, NameToNID.self),
                       builtinCurves: c(15, BuiltinCurves.self), nidToName: c(16, NIDToName.self))
    }()

    static func require() throws -> Library {
        try OpenSSL.loaded(library)
    }

    /// The secret `privateKey` and `publicKey` agree on; OpenSSL's error when it refuses them.
    static func derive(_ privateKey: PublicKeyState, _ publicKey: PublicKeyState) throws -> [UInt8] {
        let ssl = try require()
        guard let context = privateKey.ssl.contextNew(privateKey.key, nil) else { throw OpenSSL.failure("Failed to derive") }
        defer { privateKey.ssl.contextFree(context) }
        guard ssl.deriveInit(context) == 1, ssl.setPeer(context, publicKey.key) == 1 else { throw OpenSSL.failure("Failed to derive") }
        return try OpenSSL.sized("Failed to derive") { ssl.derive(context, $0, $1) }
    }

    /// Every built-in curve's short name.
    static func curveNames() throws -> [String] {
        let ssl = try require()
        let count = ssl.builtinCurves(nil, 0)
        // Must match EC_builtin_curve in OpenSSL's ec.h: { int nid; const char *comment; }
        let stride = MemoryLayout<Int>.size * 2
        let table = UnsafeMutableRawPointer.allocate(byteCount: max(count, 1) * stride, alignment: 8)
        defer { table.deallocate() }
        _ = ssl.builtinCurves(table, count)
        return (0..<count).compactMap { index in
            ssl.nidToName(table.load(fromByteOffset: index * stride, as: Int32.self)).map { String(cString: $0) }
        }
    }

    /// The point on `curve` given as `point` (any encoding) or made from the private key
    /// `privateKey`, encoded in `form` (2 compressed, 4 uncompressed, 6 hybrid); nil when the
    /// curve is unknown (nil, nil) or the point or private key is not valid on it.
    static func point(curve: String, point bytes: [UInt8]?, privateKey: [UInt8]?, form: Int32) throws -> [UInt8]?? {
        let ssl = try require()
        var nid = ssl.shortNameToNID(curve)
        if nid == 0 { nid = ssl.nistNameToNID(curve) }
        guard nid != 0, let group = ssl.groupByNID(nid) else {
            OpenSSL.library?.errorClear()
            return .none
        }
        defer { ssl.groupFree(group) }
        guard let point = ssl.pointNew(group) else { return .some(nil) }
        defer { ssl.pointFree(point) }
        let keys = try PublicKeys.require()
        if let bytes {
            guard bytes.withUnsafeBufferPointer({ ssl.bytesToPoint(group, point, $0.baseAddress, $0.count, nil) }) == 1 else {
                OpenSSL.library?.errorClear()
                return .some(nil)
            }
        } else if let privateKey {
            guard let scalar = privateKey.withUnsafeBufferPointer({ keys.bytesToBN($0.baseAddress, Int32($0.count), nil) }) else {
                return .some(nil)
            }
            defer { keys.bnFree(scalar) }
            guard ssl.isZero(scalar) == 0, let order = ssl.order(group), ssl.compare(scalar, order) < 0,
                  ssl.multiply(group, point, scalar, nil, nil, nil) == 1 else {
                OpenSSL.library?.errorClear()
                return .some(nil)
            }
        }
        let length = ssl.pointToBytes(group, point, form, nil, 0, nil)
        guard length > 0 else { return .some(nil) }
        var output = [UInt8](repeating: 0, count: length)
        guard ssl.pointToBytes(group, point, form, &output, length, nil) == length else { return .some(nil) }
        return .some(output)
    }
}

extension CryptoBinding {
    static let agreementMethods: [NativeMethod] = [
        // keyDerive(privateHandle, publicHandle): the agreed secret; OpenSSL's error when the keys
        // do not agree.
        NativeMethod("keyDerive") { c, _, t, n, a, e in
            bridge(c, t, n, a, e) { f in
                try bytesResult(f, try KeyAgreement.derive(try PublicKeyState.of(f, 0), try PublicKeyState.of(f, 1)))
            }
        },
        NativeMethod("getCurves") { c, _, t, n, a, e in
            bridge(c, t, n, a, e) { f in f.js.string(try KeyAgreement.curveNames().joined(separator: ",")) }
        },
        // ecPoint(curve, point or null, privateKey or null, form): the point re-encoded or computed;
        // undefined for an unknown curve, null for an invalid point or private key.
        NativeMethod("ecPoint") { c, _, t, n, a, e in
            bridge(c, t, n, a, e) { f in
                let point = JSValueIsNull(f.ctx, f[1]) ? nil : try f.copiedBytes(1)
                let privateKey = JSValueIsNull(f.ctx, f[2]) ? nil : try f.copiedBytes(2)
                switch try KeyAgreement.point(curve: try f.string(0), point: point, privateKey: privateKey, form: try f.int32(3)) {
                case .none: return f.js.undefined
                case .some(.none): return f.js.null
                case .some(.some(let bytes)): return try bytesResult(f, bytes)
                }
            }
        },
    ]
}
