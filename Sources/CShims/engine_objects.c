// Facts about engine objects the C API does not give. A promise's state, result and whether it
// has a handler: through the engine's exported JSPromise::status, result and isHandled, called
// by their Itanium symbol names. Whether two objects share a shape: their cells' first word. A
// proxy's handler.
#include "apus_shims.h"

// JSPromise::Status: 0 pending, 1 fulfilled, 2 rejected. VM& is the context group.
extern unsigned apus_jsc_promise_status(JSObjectRef promise, void *vm) __asm__("_ZNK3JSC9JSPromise6statusERNS_2VME");
// Whether a handler was ever attached to the promise (then, catch, await).
extern bool apus_jsc_promise_is_handled(JSObjectRef promise, void *vm) __asm__("_ZNK3JSC9JSPromise9isHandledERNS_2VME");
// JSValue is one encoded 64-bit word, returned in a register, and it is what a JSValueRef holds.
extern JSValueRef apus_jsc_promise_result(JSObjectRef promise, void *vm) __asm__("_ZNK3JSC9JSPromise6resultERNS_2VME");

// Every engine cell starts { StructureID (4 bytes), indexing type, JSType, flags, cell state }:
// the byte at offset 5 is the cell's type. The promise type's value is learned once from a
// promise the C API makes, and the whole scheme is checked on it (a pending promise, then the
// same promise fulfilled with 42) against a plain object and an array; on any mismatch it is
// never used.
static int apus_promise_type = -1;   // -1 not learned yet, -2 unusable

uint8_t apus_cell_type(JSObjectRef object) { return ((const uint8_t *)object)[5]; }

static int apus_learn_promise_type(JSContextRef ctx) {
    void *vm = (void *)JSContextGetGroup(ctx);
    JSObjectRef resolve = NULL, reject = NULL;
    JSObjectRef promise = JSObjectMakeDeferredPromise(ctx, &resolve, &reject, NULL);
    JSObjectRef plain = JSObjectMake(ctx, NULL, NULL);
    JSObjectRef array = JSObjectMakeArray(ctx, 0, NULL, NULL);
    if (promise == NULL || resolve == NULL || plain == NULL || array == NULL) return -2;
    uint8_t type = apus_cell_type(promise);
    if (type == apus_cell_type(plain) || type == apus_cell_type(array)) return -2;
    if (apus_jsc_promise_status(promise, vm) != 0 || apus_jsc_promise_is_handled(promise, vm)) return -2;
    JSValueRef answer = JSValueMakeNumber(ctx, 42);
    JSValueRef exception = NULL;
    JSObjectCallAsFunction(ctx, resolve, NULL, 1, &answer, &exception);
    if (exception != NULL || apus_jsc_promise_status(promise, vm) != 1) return -2;
    JSValueRef result = apus_jsc_promise_result(promise, vm);
    if (!JSValueIsNumber(ctx, result) || JSValueToNumber(ctx, result, NULL) != 42) return -2;
    return type;
}

int apus_promise_state(JSContextRef ctx, JSObjectRef object, JSValueRef *result) {
    if (apus_promise_type == -1) apus_promise_type = apus_learn_promise_type(ctx);
    if (apus_promise_type < 0) return -2;
    if (apus_cell_type(object) != (uint8_t)apus_promise_type) return -1;
    void *vm = (void *)JSContextGetGroup(ctx);
    unsigned status = apus_jsc_promise_status(object, vm);
    if (status > 2) return -2;
    *result = status == 0 ? NULL : apus_jsc_promise_result(object, vm);
    return (int)status;
}

int apus_promise_is_handled(JSContextRef ctx, JSObjectRef object) {
    if (apus_promise_type == -1) apus_promise_type = apus_learn_promise_type(ctx);
    if (apus_promise_type < 0) return -2;
    if (apus_cell_type(object) != (uint8_t)apus_promise_type) return -1;
    return apus_jsc_promise_is_handled(object, (void *)JSContextGetGroup(ctx)) ? 1 : 0;
}

// Every engine cell starts with its StructureID (4 bytes): two objects with the same one have
// the same named properties, in the same order, and the same prototype.
bool apus_same_structure(JSObjectRef a, JSObjectRef b) {
    return *(const uint32_t *)a == *(const uint32_t *)b;
}

// A proxy's handler, which the C API does not give. The engine's ProxyObject keeps its target
// and handler as the two words after the object header (cell word, butterfly); the target word
// is checked against JSObjectGetProxyTarget and the handler word must encode an object or null
// (a revoked proxy) before it is used. NULL when `object` is not a proxy or the check fails.
JSValueRef apus_proxy_handler(JSObjectRef object) {
    JSObjectRef target = JSObjectGetProxyTarget(object);
    if (target == NULL) return NULL;
    const uint64_t *words = (const uint64_t *)object;
    if (words[2] != (uint64_t)(uintptr_t)target) return NULL;
    uint64_t handler = words[3];
    const uint64_t encoded_null = 0x2, not_cell_mask = 0xfffe000000000002ull;
    if (handler != encoded_null && (handler == 0 || (handler & not_cell_mask) != 0)) return NULL;
    return (JSValueRef)(uintptr_t)handler;
}
