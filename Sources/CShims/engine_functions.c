// Native functions as the engine's own host functions. A C API callback function is entered
// through a wrapper that drops the engine lock, copies the arguments into a list and retakes the
// lock on every C API call the callback makes (~110 ns a bare call). A host function is called
// by the engine's JIT directly with the caller's frame: the arguments are read in place and the
// lock stays held. The same C API callback is run either way, so bindings do not change.
//
// Relied on, and checked once against a probe function called through the C API: the engine's
// function-creation entry point, its call frame (callee in slot 3, the argument count including
// `this` in slot 4, `this` in slot 5, the arguments from slot 6; 8-byte slots) and
// VM::throwException. On any mismatch apus_host_function answers NULL and callers use
// JSObjectMakeFunctionWithCallback.
#include "apus_shims.h"
#include "engine_lock.h"
#include <stdlib.h>
#include <string.h>

typedef uint64_t apus_encoded_value;
typedef apus_encoded_value (*apus_native_function)(void *global_object, JSValueRef *frame);

extern void *apus_jsc_function_create(void *vm, void *global_object, unsigned length, void *const *name,
                                      apus_native_function call, uint8_t visibility, uint8_t intrinsic,
                                      apus_native_function construct, const void *signature)
    __asm__("_ZN3JSC10JSFunction6createERNS_2VMEPNS_14JSGlobalObjectEjRKN3WTF6StringENS5_11FunctionPtrILNS5_6PtrTagE1EFlS4_PNS_9CallFrameEELNS5_18FunctionAttributesE2EEENS_24ImplementationVisibilityENS_9IntrinsicESF_PKNS_6DOMJIT9SignatureE");
extern apus_encoded_value apus_jsc_not_a_constructor(void *global_object, JSValueRef *frame)
    __asm__("_ZN3JSC29callHostFunctionAsConstructorEPNS_14JSGlobalObjectEPNS_9CallFrameE");
extern void *apus_jsc_throw(void *vm, void *global_object, JSValueRef value)
    __asm__("_ZN3JSC2VM14throwExceptionEPNS_14JSGlobalObjectENS_7JSValueE");

enum { apus_slot_callee = 3, apus_slot_argument_count = 4, apus_slot_this = 5, apus_slot_first_argument = 6 };

// Host function -> its C API callback. Function cells never move; a dead function's entry stays
// until a new function at that address replaces it. Open addressing, grown at half load. One
// table per thread: an engine VM, and so each of its functions, belongs to one thread.
struct apus_host_entry { JSObjectRef function; JSObjectCallAsFunctionCallback callback; };
static _Thread_local struct apus_host_entry *apus_host_table;
static _Thread_local size_t apus_host_capacity, apus_host_used;

static size_t apus_host_hash(JSObjectRef function) {
    return (size_t)(((uintptr_t)function >> 4) * 0x9E3779B97F4A7C15ull);
}

static struct apus_host_entry *apus_host_find(JSObjectRef function) {
    size_t mask = apus_host_capacity - 1;
    for (size_t i = apus_host_hash(function) & mask;; i = (i + 1) & mask) {
        if (apus_host_table[i].function == function || apus_host_table[i].function == NULL) return &apus_host_table[i];
    }
}

static int apus_host_remember(JSObjectRef function, JSObjectCallAsFunctionCallback callback) {
    if ((apus_host_used + 1) * 2 > apus_host_capacity) {
        size_t old_capacity = apus_host_capacity;
        struct apus_host_entry *old = apus_host_table;
        size_t capacity = old_capacity == 0 ? 512 : old_capacity * 2;
        struct apus_host_entry *table = calloc(capacity, sizeof *table);
        if (table == NULL) return 0;
        apus_host_table = table;
        apus_host_capacity = capacity;
        for (size_t i = 0; i < old_capacity; i++) {
            if (old[i].function != NULL) *apus_host_find(old[i].function) = old[i];
        }
        free(old);
    }
    struct apus_host_entry *entry = apus_host_find(function);
    if (entry->function == NULL) apus_host_used++;
    entry->function = function;
    entry->callback = callback;
    return 1;
}

// The C API hands a callback `this` as an object: the global object for undefined or null, a
// wrapper object for other primitives.
static JSObjectRef apus_this_object(JSContextRef ctx, JSValueRef value) {
    uint64_t bits = (uint64_t)(uintptr_t)value;
    if (bits == apus_encoded_undefined || bits == apus_encoded_null) return JSContextGetGlobalObject(ctx);
    if (JSValueIsObject(ctx, value)) return (JSObjectRef)value;
    return JSValueToObject(ctx, value, NULL);
}

static apus_encoded_value apus_host_call(void *global_object, JSValueRef *frame) {
    JSObjectRef callee = (JSObjectRef)frame[apus_slot_callee];
    JSContextRef ctx = (JSContextRef)global_object;
    JSObjectCallAsFunctionCallback callback = apus_host_find(callee)->callback;
    size_t count = (uint32_t)(uintptr_t)frame[apus_slot_argument_count] - 1;
    JSValueRef exception = NULL;
    JSValueRef result = callback(ctx, callee, apus_this_object(ctx, frame[apus_slot_this]), count,
                                 count == 0 ? NULL : &frame[apus_slot_first_argument], &exception);
    if (exception != NULL) {
        apus_jsc_throw((void *)JSContextGetGroup(ctx), global_object, exception);
        return 0;
    }
    // As the C API: a callback's NULL result is null.
    return result == NULL ? apus_encoded_null : (apus_encoded_value)(uintptr_t)result;
}

static JSObjectRef apus_host_create(JSContextRef ctx, JSStringRef name, JSObjectCallAsFunctionCallback callback) {
    void *vm = (void *)JSContextGetGroup(ctx);
    void *global_object = (void *)JSContextGetGlobalContext(ctx);
    // OpaqueJSString is { refCount, WTF::String }: the name is read as the engine's String.
    void *const *name_string = (void *const *)((const char *)name + sizeof(void *));
    struct apus_lock_holder holder;
    apus_jsc_lock(&holder, vm);
    JSObjectRef function = apus_jsc_function_create(vm, global_object, 0, name_string, apus_host_call, 0, 0,
                                                    apus_jsc_not_a_constructor, NULL);
    apus_jsc_unlock(&holder);
    if (function != NULL && !apus_host_remember(function, callback)) return NULL;
    return function;
}

// The probe: records what it was called with, throws its first argument when asked to.
static JSObjectRef apus_probe_this;
static size_t apus_probe_count;
static JSValueRef apus_probe_arguments[2];
static JSValueRef apus_probe(JSContextRef ctx, JSObjectRef function, JSObjectRef this_object, size_t count,
                             const JSValueRef arguments[], JSValueRef *exception) {
    (void)function;
    apus_probe_this = this_object;
    apus_probe_count = count;
    for (size_t i = 0; i < count && i < 2; i++) apus_probe_arguments[i] = arguments[i];
    if (count == 1) { *exception = arguments[0]; return NULL; }
    return JSValueMakeNumber(ctx, (double)count + 40);
}

static int apus_host_verify(JSContextRef ctx) {
    if (sizeof(void *) != 8 || !apus_values_encoded) return -1;
    JSStringRef name = JSStringCreateWithUTF8CString("probe");
    JSObjectRef probe = apus_host_create(ctx, name, apus_probe);
    int ok = probe != NULL && JSObjectIsFunction(ctx, probe);
    if (ok) {
        JSStringRef name_key = JSStringCreateWithUTF8CString("name");
        JSValueRef function_name = JSObjectGetProperty(ctx, probe, name_key, NULL);
        ok = JSValueIsString(ctx, function_name) && JSValueIsStrictEqual(ctx, function_name, JSValueMakeString(ctx, name));
        JSStringRelease(name_key);
    }
    if (ok) {
        JSObjectRef self = JSObjectMake(ctx, NULL, NULL);
        JSStringRef text = JSStringCreateWithUTF8CString("second");
        JSValueRef arguments[2] = { JSValueMakeNumber(ctx, 1.5), JSValueMakeString(ctx, text) };
        JSStringRelease(text);
        JSValueRef exception = NULL;
        JSValueRef result = JSObjectCallAsFunction(ctx, probe, self, 2, arguments, &exception);
        ok = exception == NULL && result != NULL && JSValueIsNumber(ctx, result) && JSValueToNumber(ctx, result, NULL) == 42 &&
            apus_probe_this == self && apus_probe_count == 2 && apus_probe_arguments[0] == arguments[0] &&
            JSValueIsStrictEqual(ctx, apus_probe_arguments[1], arguments[1]);
        result = JSObjectCallAsFunction(ctx, probe, NULL, 0, NULL, &exception);
        ok = ok && exception == NULL && apus_probe_count == 0 && apus_probe_this == JSContextGetGlobalObject(ctx) &&
            JSValueToNumber(ctx, result, NULL) == 40;
        JSObjectRef thrown = JSObjectMake(ctx, NULL, NULL);
        result = JSObjectCallAsFunction(ctx, probe, self, 1, (JSValueRef *)&thrown, &exception);
        ok = ok && result == NULL && exception == thrown;
        ok = ok && !JSObjectIsConstructor(ctx, probe);
    }
    JSStringRelease(name);
    return ok ? 1 : -1;
}

static int apus_host_state;   // 0 unknown, 1 verified, -1 use the C API

JSObjectRef apus_host_function(JSContextRef ctx, JSStringRef name, JSObjectCallAsFunctionCallback callback) {
    if (apus_host_state == 0) apus_host_state = apus_host_verify(ctx);
    if (apus_host_state != 1) return NULL;
    return apus_host_create(ctx, name, callback);
}
