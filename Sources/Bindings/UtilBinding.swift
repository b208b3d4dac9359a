import CJavaScriptCore
import Glibc
import CShims
import JSBridge

/// `internalBinding('util')`: engine facts JavaScript cannot find out by itself.
public enum UtilBinding: InternalBinding {
    public static let name = "util"

    public static func make(_ host: BindingHost) -> JSObjectRef {
        host.js.object(methods: [
            NativeMethod("getProxyTarget") { c, _, t, n, a, e in
                bridge(c, t, n, a, e) { f in UtilBinding.userProxyTarget(f.ctx, f[0]) ?? f.js.undefined }
            },
            // getProxyDetails(value): [target, handler] for a proxy (handler null once revoked,
            // undefined when it cannot be read), undefined for anything else.
            NativeMethod("getProxyDetails") { c, _, t, n, a, e in
                bridge(c, t, n, a, e) { f in
                    guard let target = UtilBinding.userProxyTarget(f.ctx, f[0]) else { return f.js.undefined }
                    return f.js.array([target, apus_proxy_handler(f.js.asObject(f[0])!) ?? f.js.undefined])
                }
            },
            // hostObjectTarget(): the target for a proxy that implements an object Node makes
            // exotic in native code (process.env); such proxies are not proxies to lib/.
            NativeMethod("hostObjectTarget") { c, _, t, n, a, e in
                bridge(c, t, n, a, e) { f in JSObjectMake(f.ctx, UtilBinding.hostObjectTargetClass, nil) }
            },
            // getCellType(value): the engine's type byte of an object (-1 for other values); lib/
            // learns which byte each kind of object has from instances (internal/util/cell_kinds).
            NativeMethod("getCellType") { c, _, t, n, a, e in
                bridge(c, t, n, a, e) { f in
                    guard let object = f.js.asObject(f[0]) else { return f.js.number(-1) }
                    return f.js.number(Double(apus_cell_type(object)))
                }
            },
            // sameStructure(a, b): whether two objects share the engine's shape (see CShims).
            NativeMethod("sameStructure") { c, _, t, n, a, e in
                bridge(c, t, n, a, e) { f in
                    guard let first = f.js.asObject(f[0]), let second = f.js.asObject(f[1]) else { return f.js.bool(false) }
                    return f.js.bool(apus_same_structure(first, second))
                }
            },
            // collectionIteratorState(value): [collection, kind, isSet] for a Map or Set iterator
            // (collection null once it is exhausted; kind 0 keys, 1 values, 2 entries), undefined
            // for anything else or when the engine's layout is not known.
            NativeMethod("collectionIteratorState") { c, _, t, n, a, e in
                bridge(c, t, n, a, e) { f in
                    guard let iterator = f.js.asObject(f[0]) else { return f.js.undefined }
                    var collection: JSObjectRef?
                    var kind: Int32 = 0
                    let which = apus_collection_iterator_state(f.ctx, iterator, &collection, &kind)
                    guard which >= 0 else { return f.js.undefined }
                    return f.js.array([collection ?? f.js.null, f.js.number(Double(kind)), f.js.bool(which == 1)])
                }
            },
            // alignCollectionIterator(fresh, original): whether `fresh` now stands where `original`
            // does (see CShims).
            NativeMethod("alignCollectionIterator") { c, _, t, n, a, e in
                bridge(c, t, n, a, e) { f in
                    guard let fresh = f.js.asObject(f[0]), let original = f.js.asObject(f[1]) else { return f.js.bool(false) }
                    return f.js.bool(apus_collection_iterator_align(fresh, original))
                }
            },
            NativeMethod("getPromiseDetails") { c, _, t, n, a, e in bridge(c, t, n, a, e, UtilBinding.getPromiseDetails) },
            // promiseIsHandled(promise): whether a handler was ever attached; undefined when unknown.
            NativeMethod("promiseIsHandled") { c, _, t, n, a, e in
                bridge(c, t, n, a, e) { f in
                    guard let object = f.js.asObject(f[0]) else { return f.js.undefined }
                    let handled = apus_promise_is_handled(f.ctx, object)
                    return handled < 0 ? f.js.undefined : f.js.bool(handled == 1)
                }
            },
        ])
    }

    /// An ordinary extensible object (prototype Object.prototype) of its own class, so that a
    /// proxy over it is known for a host object.
    nonisolated(unsafe) static let hostObjectTargetClass: JSClassRef = {
        var definition = kJSClassDefinitionEmpty
        definition.className = UnsafePointer(strdup("Object"))
        definition.attributes = JSClassAttributes(kJSClassAttributeNoAutomaticPrototype)
        return JSClassCreate(&definition)
    }()

    /// The target of a proxy made by a program (not of one over a host-object target).
    static func userProxyTarget(_ ctx: JSContextRef, _ value: JSValueRef) -> JSObjectRef? {
        guard let object = JS(ctx).asObject(value), let target = JSObjectGetProxyTarget(object),
              !JSValueIsObjectOfClass(ctx, target, hostObjectTargetClass) else { return nil }
        return target
    }

    /// getPromiseDetails(value): [state] for a pending promise, [state, result] for a settled one
    /// (states: 0 pending, 1 fulfilled, 2 rejected); undefined for anything that is not a
    /// promise; null when this engine build's promise layout could not be verified.
    /// Must match kPending/kRejected in lib/internal/util/inspect.js.
    static func getPromiseDetails(_ call: CallFrame) throws -> JSValueRef? {
        guard let object = call.js.asObject(call[0]) else { return call.js.undefined }
        var result: JSValueRef?
        let state = apus_promise_state(call.ctx, object, &result)
        if state == -1 { return call.js.undefined }
        if state < 0 { return call.js.null }
        var details = [call.js.number(Double(state))]
        if let result { details.append(result) }
        return call.js.array(details)
    }
}
