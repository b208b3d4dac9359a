// One-byte engine strings and the engine's UTF-8 decoder: the C API only builds UTF-16 strings,
// so these call the exported WTF/JavaScriptCore C++ entry points by their Itanium symbol names.
#include "apus_shims.h"
#include "engine_lock.h"
#include "engine_string_impl.h"

// WTF::String, Ref<WTF::StringImpl> and RefPtr<OpaqueJSString> are each a single pointer; a
// std::span is { pointer, size }. Class results come back through a hidden result pointer.
struct apus_byte_span { uint8_t *data; size_t size; };

extern void apus_wtf_create_uninitialized8(void **result, size_t length, struct apus_byte_span *characters)
    __asm__("_ZN3WTF10StringImpl19createUninitializedEmRSt4spanIhLm18446744073709551615EE");
extern void apus_opaque_string_create(JSStringRef *result, void **string)
    __asm__("_ZN14OpaqueJSString9tryCreateEON3WTF6StringE");
extern void *apus_jsc_string_of_impl(void *vm, void *impl)
    __asm__("_ZN3JSC25jsStringWithCacheSlowCaseERNS_2VMERN3WTF10StringImplE");

// Wraps a string the caller owns one reference to; tryCreate moves it into the JSStringRef.
static JSStringRef apus_adopt_string(void *impl) {
    if (impl == NULL) return NULL;
    JSStringRef result = NULL;
    apus_opaque_string_create(&result, &impl);
    return result;
}

// A new one-byte StringImpl of `length` characters to be written through `*characters`.
static void *apus_uninitialized8(size_t length, uint8_t **characters) {
    void *impl = NULL;
    struct apus_byte_span span = { NULL, 0 };
    apus_wtf_create_uninitialized8(&impl, length, &span);
    *characters = span.data;
    return impl;
}

JSStringRef apus_string_create_latin1(size_t length, uint8_t **characters) {
    return apus_adopt_string(apus_uninitialized8(length, characters));
}

JSStringRef apus_string_create_static_latin1(const uint8_t *characters, size_t length) {
    if (length == 0) return JSStringCreateWithCharacters(NULL, 0);
    void *impl = NULL;
    apus_wtf_create_without_copying8(&impl, characters, length);
    return apus_adopt_string(impl);
}

JSStringRef apus_string_create_utf8(const uint8_t *bytes, size_t length) {
    void *impl = NULL;
    apus_wtf_from_utf8(&impl, bytes, length);
    return apus_adopt_string(impl);
}

// Reading a string's one-byte storage relies on two layouts: OpaqueJSString keeps its
// WTF::String after its reference count, and WTF::StringImpl is { refCount, length, characters,
// hashAndFlags } with bit 2 of the flags marking one-byte storage. They are checked once against
// strings made through the entry points above; on any mismatch the answer is always NULL.
struct apus_opaque_string { unsigned ref_count; void *string; };
static const unsigned apus_flag_8bit = 1u << 2;
static int apus_layout_state;   // 0 unknown, 1 verified, -1 unusable

static const struct apus_string_impl *apus_impl_of(JSStringRef string) {
    return (const struct apus_string_impl *)((const struct apus_opaque_string *)string)->string;
}

static int apus_verify_layout(void) {
    uint8_t *characters = NULL;
    JSStringRef one_byte = apus_string_create_latin1(3, &characters);
    if (one_byte == NULL) return -1;
    characters[0] = 'a'; characters[1] = 0xe9; characters[2] = 'z';
    const struct apus_string_impl *impl = apus_impl_of(one_byte);
    int ok = impl != NULL && impl->length == 3 && impl->characters == characters && (impl->hash_and_flags & apus_flag_8bit);
    JSStringRelease(one_byte);
    const JSChar wide[2] = { 0x263a, 'x' };
    JSStringRef two_byte = JSStringCreateWithCharacters(wide, 2);
    impl = apus_impl_of(two_byte);
    ok = ok && impl != NULL && impl->length == 2 && !(impl->hash_and_flags & apus_flag_8bit) &&
         ((const JSChar *)impl->characters)[0] == 0x263a;
    JSStringRelease(two_byte);
    return ok ? 1 : -1;
}

bool apus_string_layout_verified(void) {
    if (apus_layout_state == 0) apus_layout_state = apus_verify_layout();
    return apus_layout_state == 1;
}

const uint8_t *apus_string_latin1_characters(JSStringRef string, size_t *length) {
    if (apus_layout_state == 0) apus_layout_state = apus_verify_layout();
    if (apus_layout_state != 1) return NULL;
    const struct apus_string_impl *impl = apus_impl_of(string);
    if (impl == NULL || !(impl->hash_and_flags & apus_flag_8bit)) return NULL;
    *length = impl->length;
    return impl->length == 0 ? (const uint8_t *)"" : (const uint8_t *)impl->characters;
}

// JSValueMakeString hands the engine an isolated copy of the characters (a JSStringRef may be
// shared between threads); a string this thread just made and releases after the call can give
// the engine its own storage instead. The engine's string-from-StringImpl entry point shares it
// (one more reference). Native callbacks run with the engine lock dropped, so it is taken here
// as the C API does. The context group is the VM (see engine_heap.c).
static int apus_string_value_state;   // 0 unknown, 1 verified, -1 use the C API

// The string value of `impl`, which the engine takes one more reference to.
static JSValueRef apus_value_of_impl(JSContextRef ctx, void *impl) {
    void *vm = (void *)JSContextGetGroup(ctx);
    struct apus_lock_holder holder;
    apus_jsc_lock(&holder, vm);
    JSValueRef value = (JSValueRef)apus_jsc_string_of_impl(vm, impl);
    apus_jsc_unlock(&holder);
    return value;
}

static JSValueRef apus_string_value_shared(JSContextRef ctx, JSStringRef string) {
    return apus_value_of_impl(ctx, (void *)apus_impl_of(string));
}

static int apus_verify_string_value(JSContextRef ctx) {
    if (apus_layout_state == 0) apus_layout_state = apus_verify_layout();
    if (apus_layout_state != 1) return -1;
    static const char sample[] = "shared \xc3\xa9\xe2\x98\xba";
    JSStringRef expected = JSStringCreateWithUTF8CString(sample);
    JSValueRef value = apus_string_value_shared(ctx, expected);
    int ok = 0;
    if (value != NULL && JSValueIsString(ctx, value)) {
        JSStringRef actual = JSValueToStringCopy(ctx, value, NULL);
        ok = actual != NULL && JSStringIsEqual(actual, expected);
        if (actual != NULL) JSStringRelease(actual);
    }
    JSStringRelease(expected);
    return ok ? 1 : -1;
}

JSValueRef apus_string_value(JSContextRef ctx, JSStringRef string) {
    if (apus_string_value_state == 0) apus_string_value_state = apus_verify_string_value(ctx);
    if (apus_string_value_state != 1 || apus_impl_of(string) == NULL) return JSValueMakeString(ctx, string);
    return apus_string_value_shared(ctx, string);
}

// A one-byte string value made without a JSStringRef in between: the engine's StringImpl is
// created, filled by the caller, then handed to the engine, which keeps its own reference.
void *apus_latin1_storage_create(size_t length, uint8_t **characters) {
    if (apus_string_value_state != 1 || length == 0) return NULL;
    return apus_uninitialized8(length, characters);
}

JSValueRef apus_latin1_storage_value(JSContextRef ctx, void *storage) {
    JSValueRef value = apus_value_of_impl(ctx, storage);
    apus_impl_release(storage);
    return value;
}

// A JS string value's characters read in place. JSValueToStringCopy copies every character (a
// JSStringRef may go to another thread); a native call that only reads its argument can use the
// engine's own storage. Relied on, and checked once against strings of known content (one-byte,
// two-byte, a concatenation not yet flattened): a string cell has one type byte of its own at
// offset 5 and its StringImpl after the 8-byte header, tagged with bit 0 while it is a rope; the
// engine's getString flattens a rope and answers its StringImpl with one more reference.
extern bool apus_jsc_cell_get_string(const void *cell, void *global_object, void **string)
    __asm__("_ZNK3JSC6JSCell9getStringEPNS_14JSGlobalObjectERN3WTF6StringE");

static int apus_view_state;   // 0 unknown, 1 verified, -1 use JSValueToStringCopy
static uint8_t apus_string_cell_type;
static const uint64_t apus_not_cell_bits = 0xfffe000000000002ull;

static bool apus_view_open(JSContextRef ctx, JSValueRef value, struct apus_string_view *view) {
    uint64_t bits = (uint64_t)(uintptr_t)value;
    if (bits == 0 || (bits & apus_not_cell_bits) != 0) return false;
    const uint8_t *cell = (const uint8_t *)value;
    if (cell[5] != apus_string_cell_type) return false;
    uintptr_t fiber = *(const uintptr_t *)(cell + 8);
    struct apus_string_impl *impl;
    if (fiber & 1) {
        void *vm = (void *)JSContextGetGroup(ctx);
        void *resolved = NULL;
        struct apus_lock_holder holder;
        apus_jsc_lock(&holder, vm);
        bool is_string = apus_jsc_cell_get_string(cell, (void *)JSContextGetGlobalContext(ctx), &resolved);
        apus_jsc_unlock(&holder);
        if (!is_string || resolved == NULL) return false;
        impl = resolved;
    } else {
        impl = (struct apus_string_impl *)fiber;
        if (impl == NULL) return false;
        __atomic_add_fetch(&impl->ref_count, 2u, __ATOMIC_RELAXED);
    }
    view->impl = impl;
    view->length = impl->length;
    view->latin1 = (impl->hash_and_flags & apus_flag_8bit) != 0;
    view->characters = impl->length == 0 ? (const void *)"" : impl->characters;
    return true;
}

void apus_string_view_close(struct apus_string_view *view) {
    if (view->impl != NULL) apus_impl_release(view->impl);
    view->impl = NULL;
}

static bool apus_view_matches(JSContextRef ctx, JSValueRef value, JSStringRef expected) {
    struct apus_string_view view = { 0 };
    if (!apus_view_open(ctx, value, &view)) return false;
    size_t length = JSStringGetLength(expected);
    const JSChar *units = JSStringGetCharactersPtr(expected);
    bool ok = view.length == length;
    for (size_t i = 0; ok && i < length; i++) {
        JSChar unit = view.latin1 ? ((const uint8_t *)view.characters)[i] : ((const JSChar *)view.characters)[i];
        ok = unit == units[i];
    }
    apus_string_view_close(&view);
    return ok;
}

static int apus_verify_views(JSContextRef ctx) {
    if (sizeof(void *) != 8 || !apus_values_encoded) return -1;
    if (apus_layout_state == 0) apus_layout_state = apus_verify_layout();
    if (apus_layout_state != 1) return -1;
    JSStringRef narrow = JSStringCreateWithUTF8CString("h\xc3\xa9llo");
    JSStringRef wide = JSStringCreateWithUTF8CString("\xe6\x97\xa5\xe6\x9c\xac \xe2\x98\xba");
    JSValueRef narrow_value = JSValueMakeString(ctx, narrow);
    JSValueRef object = JSObjectMake(ctx, NULL, NULL);
    apus_string_cell_type = ((const uint8_t *)narrow_value)[5];
    int ok = apus_string_cell_type != ((const uint8_t *)object)[5];
    ok = ok && apus_view_matches(ctx, narrow_value, narrow) && apus_view_matches(ctx, JSValueMakeString(ctx, wide), wide);
    struct apus_string_view view = { 0 };
    ok = ok && !apus_view_open(ctx, object, &view) && !apus_view_open(ctx, JSValueMakeNumber(ctx, 1), &view);
    JSStringRef script = JSStringCreateWithUTF8CString(
        "(function (a, b) { return a + b; })('x'.repeat(40), '\\u263a'.repeat(40))");
    // Two equal concatenations: one flattened by the C API gives the expected text, the other
    // is viewed while still a rope, then again once the view has flattened it.
    JSValueRef rope = JSEvaluateScript(ctx, script, NULL, NULL, 1, NULL);
    JSValueRef twin = JSEvaluateScript(ctx, script, NULL, NULL, 1, NULL);
    ok = ok && rope != NULL && twin != NULL && (*(const uintptr_t *)((const uint8_t *)rope + 8) & 1);
    if (ok) {
        JSStringRef flat = JSValueToStringCopy(ctx, twin, NULL);
        ok = flat != NULL && apus_view_matches(ctx, rope, flat) &&
            !(*(const uintptr_t *)((const uint8_t *)rope + 8) & 1) && apus_view_matches(ctx, rope, flat);
        if (flat != NULL) JSStringRelease(flat);
    }
    JSStringRelease(script);
    JSStringRelease(narrow);
    JSStringRelease(wide);
    return ok ? 1 : -1;
}

bool apus_string_view_open(JSContextRef ctx, JSValueRef value, struct apus_string_view *view) {
    if (apus_view_state == 0) apus_view_state = apus_verify_views(ctx);
    return apus_view_state == 1 && apus_view_open(ctx, value, view);
}
