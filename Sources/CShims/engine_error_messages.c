// V8's wording for the errors programs hit most: a variable that does not exist, a property read
// or set on undefined or null, a call of what is not a function, a for-of over what is not
// iterable, an assignment to a constant, and fixed messages of built-in functions (Symbol and
// BigInt conversions, circular JSON, ...). Programs and tests compare these messages; the engine
// words them its own way ("Can't find variable: x", "undefined is not an object (evaluating
// 'a.b')").
//
// The engine builds most of these errors, in every tier, through exported functions that it
// calls through its PLT; the executable defines and exports functions of the same names
// (Package.swift), so the dynamic linker binds those calls here, and these pass on to the
// engine's own (RTLD_NEXT):
// - createReferenceError(globalObject, message): "Can't find variable: NAME" becomes "NAME is not
//   defined"; other texts as below.
// - createError(globalObject, value, message, appender): the appender is the function the engine
//   calls when the error is thrown from code, with the message and the source text of the
//   failing expression; for "is not an object" the appender below takes its place and words
//   "Cannot read properties of undefined (reading 'b')" (or "set ... (setting 'b')") from the
//   same text. A key it cannot read from the text with certainty (a computed one, approximate
//   source) is left out.
// - createTypeError, createRangeError, createURIError, createSyntaxError, throwTypeError (two
//   forms), createError(type) (two forms) and createError(message): fixed texts.
// Every error made through these is also handed to the stack hook (below) before it is thrown.
// Calls of what is not a function or a constructor make their errors inline, not through these;
// their appenders are redirected instead (below).
// Strings are read only once the StringImpl layout is verified (engine_strings.c); otherwise
// every call passes through unchanged.
#define _GNU_SOURCE
#include "apus_shims.h"
#include "engine_code.h"
#include "engine_error_text.h"
#include "engine_string_impl.h"
#include <ctype.h>
#include <dlfcn.h>
#include <stdlib.h>
#include <string.h>

#define APUS_EXPORT __attribute__((visibility("default"), used))
// `engine`: the engine's own function of that name, found on first use.
#define APUS_ENGINE(type, symbol) \
    static type engine; \
    if (engine == NULL && (engine = (type)dlsym(RTLD_NEXT, symbol)) == NULL) abort()

// (String& result, const String& message, StringView source, RuntimeType, SourceTextWhereErrorOccurred)
typedef void **(*apus_appender)(void **result, void **message, struct apus_string_view_arg source, int type,
                                int occurrence);
enum { apus_found_exact_source = 0 };

// --- Stacks of the errors made here ------------------------------------------------------------
// The engine gives its own errors a `stack` in its format ("fn@file:1:2"); each error made
// through the functions below is handed, once made and before it is thrown, to a JavaScript
// hook that gives it the lazy V8-format stack errors made with `new` get. The hook runs in the
// thread and context group that set it (another group, another engine, passes by), never
// within itself, and not for a stack-overflow or out-of-memory error, where running more
// JavaScript could not succeed.

static _Thread_local JSObjectRef apus_error_hook;
static _Thread_local JSContextGroupRef apus_error_hook_group;
static _Thread_local bool apus_in_error_hook;

void apus_set_engine_error_hook(JSContextRef ctx, JSObjectRef hook) {
    JSValueProtect(ctx, hook);
    apus_error_hook = hook;
    apus_error_hook_group = JSContextGetGroup(ctx);
}

// `error` (a JSObject*) after the hook has seen it. A global object is its context and a cell
// is its own value in the C API's encoding.
static void *apus_hooked(void *global_object, void *error) {
    if (apus_error_hook == NULL || error == NULL || global_object == NULL || apus_in_error_hook) return error;
    JSContextRef ctx = (JSContextRef)global_object;
    if (JSContextGetGroup(ctx) != apus_error_hook_group) return error;
    apus_in_error_hook = true;
    JSValueRef argument = (JSValueRef)error;
    JSValueRef exception = NULL;
    JSObjectCallAsFunction(ctx, apus_error_hook, NULL, 1, &argument, &exception);
    apus_in_error_hook = false;
    return error;
}

// A stack-overflow or out-of-memory message.
static bool apus_reports_exhaustion(const struct apus_string_impl *impl) {
    return impl != NULL && apus_string_layout_verified() &&
           (apus_impl_starts_with(impl, "Maximum call stack size exceeded") ||
            apus_impl_starts_with(impl, "Out of memory"));
}

// --- ReferenceError --------------------------------------------------------------------------

typedef void *(*apus_reference_error_maker)(void *global_object, void **message);
static void *apus_make_with(apus_reference_error_maker engine, void *global_object, void **message);

#define APUS_REFERENCE_ERROR "_ZN3JSC20createReferenceErrorEPNS_14JSGlobalObjectERKN3WTF6StringE"
APUS_EXPORT void *apus_create_reference_error(void *global_object, void **message) __asm__(APUS_REFERENCE_ERROR);

static void *apus_reference_error_made(void *global_object, void **message) {
    APUS_ENGINE(apus_reference_error_maker, APUS_REFERENCE_ERROR);
    static const char prefix[] = "Can't find variable: ";
    const struct apus_string_impl *impl = *message;
    size_t prefix_length = sizeof prefix - 1;
    if (impl == NULL || !apus_string_layout_verified() || impl->length <= prefix_length ||
        !apus_impl_starts_with(impl, prefix)) {
        return apus_make_with(engine, global_object, message);
    }
    bool is_8bit = impl->hash_and_flags & apus_string_flag_8bit;
    const uint8_t *name = (const uint8_t *)impl->characters + prefix_length * (is_8bit ? 1 : 2);
    struct apus_text text = { 0 };
    apus_text_engine_chars(&text, name, impl->length - prefix_length, is_8bit);
    apus_text_cstring(&text, " is not defined");
    void *reworded = apus_text_string(&text);
    if (reworded == NULL) return engine(global_object, message);
    void *error = engine(global_object, &reworded);
    apus_impl_release(reworded);
    return error;
}

void *apus_create_reference_error(void *global_object, void **message) {
    return apus_hooked(global_object, apus_reference_error_made(global_object, message));
}

// --- Appenders -------------------------------------------------------------------------------

static bool apus_ends_with_call(const char *s, size_t length) {
    while (length > 0 && s[length - 1] == ' ') length--;
    return length > 0 && s[length - 1] == ')' && s[0] != '(';
}

// The value part of the engine's message: the text before " is not ..." (all of it if the
// message does not end so).
static void apus_value_description(struct apus_text *text, const struct apus_string_impl *impl, const char *suffix) {
    size_t keep = apus_impl_ends_with(impl, suffix) ? impl->length - strlen(suffix) : impl->length;
    apus_text_engine_chars(text, impl->characters, keep, impl->hash_and_flags & apus_string_flag_8bit);
}

static void **apus_finish(void **result, struct apus_text *text) {
    *result = apus_text_string(text);
    return result;
}

static void **apus_property_access_appender(void **result, void **message, struct apus_string_view_arg source,
                                            int type, int occurrence) {
    (void)type;
    const char *suffix = " is not an object";
    bool assigned = false, keyed = false;
    struct apus_text key = { 0 };
    size_t length = 0;
    char *s = apus_source_utf8(source, &length);
    struct apus_text text = { 0 };
    if (s != NULL && apus_for_of_subject(s, length, &text)) {
        free(s);
        apus_text_cstring(&text, " is not iterable");
        return apus_finish(result, &text);
    }
    if (s != NULL && occurrence == apus_found_exact_source) {
        keyed = apus_last_key(s, apus_member_length(s, length, &assigned), &key);
    }
    // A call's text: the value was handed to a built-in function that needs an object (the
    // engine's ToObject), which V8 words without the value.
    bool called = s != NULL && occurrence == apus_found_exact_source && !keyed && !assigned && apus_ends_with_call(s, length);
    free(s);
    if (called) {
        apus_text_cstring(&text, "Cannot convert undefined or null to object");
        return apus_finish(result, &text);
    }
    apus_text_cstring(&text, keyed && assigned ? "Cannot set properties of " : "Cannot read properties of ");
    apus_value_description(&text, *message, suffix);
    if (keyed) {
        apus_text_cstring(&text, assigned ? " (setting '" : " (reading '");
        apus_text_chars(&text, key.bytes, key.length);
        apus_text_cstring(&text, "')");
    }
    free(key.bytes);
    return apus_finish(result, &text);
}

// `key in value` on what is not an object: V8's "Cannot use 'in' operator to search for 'key' in
// value" when the key is written as a string or number literal (V8 names the key's value, which
// the text shows only then); otherwise the engine's own form.
static void **apus_in_operator_appender(void **result, void **message, struct apus_string_view_arg source, int type,
                                        int occurrence) {
    (void)type;
    const char *suffix = " is not an Object.";
    const struct apus_string_impl *impl = *message;
    struct apus_text text = { 0 };
    size_t length = 0;
    char *s = apus_source_utf8(source, &length);
    struct apus_text key = { 0 };
    bool keyed = false;
    for (size_t i = 0; s != NULL && occurrence == apus_found_exact_source && i + 4 <= length; i++) {
        size_t end = apus_token_end(s, length, i);
        if (end != i) {
            if (end == length) break;
            i = end;
            continue;
        }
        if (memcmp(s + i, " in ", 4) != 0) continue;
        size_t key_length = i;
        while (key_length > 0 && s[key_length - 1] == ' ') key_length--;
        if (key_length >= 2 && (s[0] == '\'' || s[0] == '"') && apus_string_end(s, key_length, 0) == key_length - 1) {
            keyed = memchr(s + 1, '\\', key_length - 2) == NULL;
            if (keyed) apus_text_chars(&key, s + 1, key_length - 2);
        } else if (key_length > 0) {
            keyed = true;
            for (size_t k = 0; k < key_length; k++) if (s[k] < '0' || s[k] > '9') keyed = false;
            if (keyed) apus_text_chars(&key, s, key_length);
        }
        break;
    }
    if (keyed && apus_impl_ends_with(impl, suffix)) {
        apus_text_cstring(&text, "Cannot use 'in' operator to search for '");
        apus_text_chars(&text, key.bytes, key.length);
        apus_text_cstring(&text, "' in ");
        struct apus_text value = { 0 };
        apus_value_description(&value, impl, suffix);
        // A string reads without the engine's quotes.
        bool quoted = value.length >= 2 && (value.bytes[0] == '\'' || value.bytes[0] == '"') &&
                      value.bytes[value.length - 1] == value.bytes[0];
        apus_text_chars(&text, value.bytes + quoted, value.length - 2 * quoted);
        free(value.bytes);
    } else {
        apus_text_impl(&text, impl);
        if (s != NULL) {
            apus_text_cstring(&text, " (evaluating '");
            apus_text_chars(&text, s, length);
            apus_text_cstring(&text, "')");
        }
    }
    free(key.bytes);
    free(s);
    return apus_finish(result, &text);
}

// `x instanceof y` where y is an object that is not callable.
static void **apus_instanceof_appender(void **result, void **message, struct apus_string_view_arg source, int type,
                                       int occurrence) {
    (void)message, (void)source, (void)type, (void)occurrence;
    struct apus_text text = { 0 };
    apus_text_cstring(&text, "Right-hand side of 'instanceof' is not callable");
    return apus_finish(result, &text);
}

// --- createError -----------------------------------------------------------------------------

typedef void *(*apus_error_maker)(void *global_object, uint64_t value, void **message, apus_appender appender);

#define APUS_ERROR_WITH_APPENDER "_ZN3JSC11createErrorEPNS_14JSGlobalObjectENS_7JSValueERKN3WTF6StringEPFS4_S6_NS3_10StringViewENS_11RuntimeTypeENS_13ErrorInstance28SourceTextWhereErrorOccurredEE"
APUS_EXPORT void *apus_create_error_with_appender(void *global_object, uint64_t value, void **message,
                                                  apus_appender appender) __asm__(APUS_ERROR_WITH_APPENDER);

void *apus_create_error_with_appender(void *global_object, uint64_t value, void **message, apus_appender appender) {
    APUS_ENGINE(apus_error_maker, APUS_ERROR_WITH_APPENDER);
    const struct apus_string_impl *impl = *message;
    if (impl != NULL && apus_string_layout_verified()) {
        // The engine's message here is the bare phrase; the value's description comes first in
        // the message it builds, which is what the appender receives.
        if (apus_impl_is_phrase(impl, "is not an object")) appender = apus_property_access_appender;
        else if (apus_impl_is_phrase(impl, "is not an Object.")) appender = apus_in_operator_appender;
        // Only the engine's instanceof check passes this phrase with its leading space.
        else if (impl->length == 18 && apus_impl_is_phrase(impl, "is not a function")) appender = apus_instanceof_appender;
    }
    return apus_hooked(global_object, engine(global_object, value, message, appender));
}

// --- Fixed messages --------------------------------------------------------------------------
// Messages made through createTypeError, createRangeError, createURIError, the two
// throwTypeError of the engine (the last with most of its built-in functions' messages) and
// createError(type) (with the messages of its built-ins written in JavaScript), are matched
// against a table of those with one V8 counterpart: whole, by prefix (an engine text ending in
// '*'), or with one variable part (a '%' in the engine's text: the property name a Proxy check names,
// a built-in function's name; kept where V8's text has a '%' too). Messages whose V8 form holds
// something the engine's lacks ("... or null: 5", the operation a revoked Proxy refused) or that
// V8 words differently by case ("Attempted to assign to readonly property.") keep the engine's
// wording.

static const char *const apus_rewordings[][2] = {
    { "Cannot convert a symbol to a string", "Cannot convert a Symbol value to a string" },
    { "Cannot convert a symbol to a number", "Cannot convert a Symbol value to a number" },
    { "Invalid mix of BigInt and other type in *", "Cannot mix BigInt and other types, use explicit conversions" },
    { "Conversion from 'BigInt' to 'number' is not allowed.", "Cannot convert a BigInt value to a number" },
    { "Right hand side of instanceof is not an object", "Right-hand side of 'instanceof' is not an object" },
    { "Array length must be a positive integer of safe magnitude.", "Invalid array length" },
    { "JSON.stringify cannot serialize cyclic structures.", "Converting circular structure to JSON" },
    { "toFixed() argument must be between 0 and 100", "toFixed() digits argument must be between 0 and 100" },
    { "Invalid Date", "Invalid time value" },
    { "WeakMap keys must be objects or non-registered symbols", "Invalid value used as weak map key" },
    { "WeakSet values must be objects or non-registered symbols", "Invalid value used in weak set" },
    { "reduce of empty array with no initial value", "Reduce of empty array with no initial value" },
    { "reduceRight of empty array with no initial value", "Reduce of empty array with no initial value" },
    { "TypedArray.prototype.reduce of empty array with no initial value", "Reduce of empty array with no initial value" },
    { "TypedArray.prototype.reduceRight of empty array with no initial value", "Reduce of empty array with no initial value" },
    { "String.prototype.replaceAll argument must not be a non-global regular expression",
      "String.prototype.replaceAll called with a non-global RegExp argument" },
    { "String.prototype.matchAll argument must not be a non-global regular expression",
      "String.prototype.matchAll called with a non-global RegExp argument" },
    { "Array.prototype.flatMap callback must be a function", "flatMap mapper function is not callable" },
    // Classes, generators, BigInt, JSON, Reflect, Atomics, normalize().
    { "'super()' can't be called more than once in a constructor.", "Super constructor may only be called once" },
    { "Cannot return a non-object type in the constructor of a derived class.",
      "Derived constructors may only return object or undefined" },
    { "'super()' must be called in derived constructor before accessing |this| or returning non-object.",
      "Must call super constructor in derived class before accessing 'this' or returning from derived constructor" },
    { "Cannot delete a super property", "Unsupported reference to 'super'" },
    { "0 is an invalid divisor value.", "Division by zero" },
    { "cyclic __proto__ value", "Cyclic __proto__ value" },
    { "argument does not match any normalization form", "The normalization form should be one of NFC, NFD, NFKC, NFKD." },
    { "Generator is executing", "Generator is already running" },
    { "JSON.stringify cannot serialize BigInt.", "Do not know how to serialize a BigInt" },
    { "'arguments', 'callee', and 'caller' cannot be accessed in this context.",
      "'caller', 'callee', and 'arguments' properties may not be accessed on strict mode functions or the arguments objects for calls to them" },
    { "Cannot resolve a promise with itself", "Chaining cycle detected for promise #<Promise>" },
    { "Reflect.% requires the first argument be an object", "Reflect.% called on non-object" },
    { "% requires that input parameter not be null or undefined", "Cannot convert undefined or null to object" },
    // Most built-in methods say which they are; these Array ones (ToObject first in V8) do not.
#define APUS_ARRAY_TO_OBJECT(method) \
    { "Array.prototype." method " requires that |this| not be null or undefined", "Cannot convert undefined or null to object" }
    APUS_ARRAY_TO_OBJECT("at"), APUS_ARRAY_TO_OBJECT("copyWithin"), APUS_ARRAY_TO_OBJECT("fill"),
    APUS_ARRAY_TO_OBJECT("flat"), APUS_ARRAY_TO_OBJECT("flatMap"), APUS_ARRAY_TO_OBJECT("includes"),
    APUS_ARRAY_TO_OBJECT("toReversed"), APUS_ARRAY_TO_OBJECT("toSorted"), APUS_ARRAY_TO_OBJECT("toSpliced"),
    APUS_ARRAY_TO_OBJECT("with"),
#undef APUS_ARRAY_TO_OBJECT
    { "% requires that |this| not be null or undefined", "% called on null or undefined" },
    { "Symbol.prototype.% requires that |this| be a symbol or a symbol object", "Symbol.prototype.% requires that 'this' be a Symbol" },
    { "% requires the comparator argument to be a function or undefined",
      "The comparison function must be either a function or undefined" },
    { "Range consisting of offset and length are out of bounds", "offset is out of bounds" },
    { "Out of bounds access", "Offset is outside the bounds of the DataView" },
    { "Receiver should be a typed array view*", "this is not a typed array." },
    { "Cannot set prototype of undefined or null", "Object.setPrototypeOf called on null or undefined" },
    { "Properties can only be defined on Objects.", "Object.defineProperty called on non-object" },
    { "Access index out of bounds for atomic access.", "Invalid atomic access index" },
    // decodeURI and the like; encodeURI and the like with a lone surrogate.
    { "URI error", "URI malformed" },
    { "String contained an illegal UTF-16 sequence.", "URI malformed" },
    // Proxy invariants and constructor checks.
    { "A Proxy's 'target' should be an Object", "Cannot create proxy with a non-object as target or handler" },
    { "A Proxy's 'handler' should be an Object", "Cannot create proxy with a non-object as target or handler" },
    { "Proxy.revocable needs to be called with two arguments: the target and the handler",
      "Cannot create proxy with a non-object as target or handler" },
    { "calling Proxy constructor without new is invalid", "Constructor Proxy requires 'new'" },
    { "Proxy object's 'target' has the non-configurable property '%' that was not in the result from the 'ownKeys' trap",
      "'ownKeys' on proxy: trap result did not include '%'" },
    { "Proxy object's non-extensible 'target' has configurable property '%' that was not in the result from the 'ownKeys' trap",
      "'ownKeys' on proxy: trap result did not include '%'" },
    { "Proxy handler's 'ownKeys' method returned a key that was not present in its non-extensible target",
      "'ownKeys' on proxy: trap returned extra keys but proxy target is non-extensible" },
    { "Proxy handler's 'ownKeys' trap result must not contain any duplicate names",
      "'ownKeys' on proxy: trap returned duplicate entries" },
    { "Proxy handler's 'ownKeys' method must return an object", "CreateListFromArrayLike called on non-object" },
    { "Proxy handler's 'getPrototypeOf' trap should either return an object or null",
      "'getPrototypeOf' on proxy: trap returned neither object nor null" },
    { "Proxy's 'getPrototypeOf' trap for a non-extensible target should return the same value as the target's prototype",
      "'getPrototypeOf' on proxy: proxy target is non-extensible but the trap did not return its actual prototype" },
    { "Proxy object's 'set' trap returned falsy value for property '%'", "'set' on proxy: trap returned falsish for property '%'" },
    { "Proxy's 'defineProperty' trap returned falsy value for property '%'",
      "'defineProperty' on proxy: trap returned falsish for property '%'" },
    { "Proxy object's 'isExtensible' trap returned false when the target is extensible. It should have returned true",
      "'isExtensible' on proxy: trap result does not reflect extensibility of proxy target (which is 'true')" },
    { "Proxy object's 'isExtensible' trap returned true when the target is non-extensible. It should have returned false",
      "'isExtensible' on proxy: trap result does not reflect extensibility of proxy target (which is 'false')" },
    { "Proxy's 'preventExtensions' trap returned true even though its target is extensible. It should have returned false",
      "'preventExtensions' on proxy: trap returned truish but the proxy target is extensible" },
    // Only a Proxy's trap can make preventExtensions fail.
    { "Unable to prevent extension in Object.preventExtensions", "'preventExtensions' on proxy: trap returned falsish" },
    { "Proxy 'setPrototypeOf' returned false indicating it could not set the prototype value. The operation was expected to succeed",
      "'setPrototypeOf' on proxy: trap returned falsish for property 'undefined'" },
    { "Proxy 'setPrototypeOf' trap returned true when its target is non-extensible and the new prototype value is not the same as the current prototype value. It should have returned false",
      "'setPrototypeOf' on proxy: trap returned truish for setting a new prototype on the non-extensible proxy target" },
};

// V8's wording for the engine's one-byte message `text` into `wording`; false if it has none.
static bool apus_v8_wording(const uint8_t *text, size_t length, struct apus_text *wording) {
    for (size_t i = 0; i < sizeof apus_rewordings / sizeof apus_rewordings[0]; i++) {
        const char *engine = apus_rewordings[i][0], *v8 = apus_rewordings[i][1];
        size_t n = strlen(engine);
        const char *hole = strchr(engine, '%');
        if (hole != NULL) {
            size_t before = (size_t)(hole - engine), after = n - before - 1;
            if (length < before + after || memcmp(text, engine, before) != 0 ||
                memcmp(text + length - after, hole + 1, after) != 0) continue;
            // A V8 text without the hole leaves the engine's variable part out.
            const char *v8_hole = strchr(v8, '%');
            if (v8_hole == NULL) {
                apus_text_cstring(wording, v8);
                return true;
            }
            apus_text_chars(wording, v8, (size_t)(v8_hole - v8));
            apus_text_engine_chars(wording, text + before, length - before - after, true);
            apus_text_cstring(wording, v8_hole + 1);
            return true;
        }
        bool prefix = engine[n - 1] == '*';
        if (prefix ? (length >= n - 1 && memcmp(text, engine, n - 1) == 0) : (length == n && memcmp(text, engine, n) == 0)) {
            apus_text_cstring(wording, v8);
            return true;
        }
    }
    return false;
}

// The V8 wording of the engine string `impl` as a new engine string, or NULL.
static void *apus_reworded_impl(const struct apus_string_impl *impl) {
    if (impl == NULL || !apus_string_layout_verified() || !(impl->hash_and_flags & apus_string_flag_8bit)) return NULL;
    struct apus_text wording = { 0 };
    if (!apus_v8_wording(impl->characters, impl->length, &wording)) return NULL;
    return apus_text_string(&wording);
}

typedef void *(*apus_string_error_maker)(void *global_object, void **message);
typedef void *(*apus_string_error_thrower)(void *global_object, void *scope, void **message);
typedef void *(*apus_literal_error_thrower)(void *global_object, void *scope, const char *characters, size_t size);

#define APUS_TYPE_ERROR_OF_STRING "_ZN3JSC15createTypeErrorEPNS_14JSGlobalObjectERKN3WTF6StringE"
#define APUS_RANGE_ERROR_OF_STRING "_ZN3JSC16createRangeErrorEPNS_14JSGlobalObjectERKN3WTF6StringE"
#define APUS_URI_ERROR_OF_STRING "_ZN3JSC14createURIErrorEPNS_14JSGlobalObjectERKN3WTF6StringE"
#define APUS_THROW_TYPE_ERROR_OF_STRING "_ZN3JSC14throwTypeErrorEPNS_14JSGlobalObjectERNS_10ThrowScopeERKN3WTF6StringE"
#define APUS_THROW_TYPE_ERROR_OF_LITERAL "_ZN3JSC14throwTypeErrorEPNS_14JSGlobalObjectERNS_10ThrowScopeEN3WTF12ASCIILiteralE"

// Calls `engine` with the reworded message if there is one.
static void *apus_make_with(apus_string_error_maker engine, void *global_object, void **message) {
    void *reworded = apus_reworded_impl(*message);
    if (reworded == NULL) return engine(global_object, message);
    void *error = engine(global_object, &reworded);
    apus_impl_release(reworded);
    return error;
}

// The engine's `symbol`, taking (globalObject, const String& message), taken over as `name`:
// the message worded by the table, the error handed to the stack hook.
#define APUS_STRING_ERROR_MAKER(name, symbol) \
    APUS_EXPORT void *name(void *global_object, void **message) __asm__(symbol); \
    void *name(void *global_object, void **message) { \
        APUS_ENGINE(apus_string_error_maker, symbol); \
        return apus_hooked(global_object, apus_make_with(engine, global_object, message)); \
    }

APUS_STRING_ERROR_MAKER(apus_create_type_error, APUS_TYPE_ERROR_OF_STRING)
APUS_STRING_ERROR_MAKER(apus_create_uri_error, APUS_URI_ERROR_OF_STRING)

// SyntaxErrors of RegExp, eval and Function sources, and plain Errors: the table has nothing for
// them yet; they are here for the stack hook.
#define APUS_SYNTAX_ERROR_OF_STRING "_ZN3JSC17createSyntaxErrorEPNS_14JSGlobalObjectERKN3WTF6StringE"
#define APUS_ERROR_OF_STRING "_ZN3JSC11createErrorEPNS_14JSGlobalObjectERKN3WTF6StringE"
APUS_STRING_ERROR_MAKER(apus_create_syntax_error, APUS_SYNTAX_ERROR_OF_STRING)
APUS_STRING_ERROR_MAKER(apus_create_plain_error, APUS_ERROR_OF_STRING)

// Not for a stack overflow or out-of-memory error (see apus_hooked).
APUS_EXPORT void *apus_create_range_error(void *global_object, void **message) __asm__(APUS_RANGE_ERROR_OF_STRING);
void *apus_create_range_error(void *global_object, void **message) {
    APUS_ENGINE(apus_string_error_maker, APUS_RANGE_ERROR_OF_STRING);
    // Read before the call: the engine may release the message once the error holds it.
    bool exhausted = apus_reports_exhaustion(*message);
    void *error = apus_make_with(engine, global_object, message);
    return exhausted ? error : apus_hooked(global_object, error);
}

// The two throwTypeError make the error with createTypeError above (reworded, and handed to the
// stack hook before it is thrown) and throw it through the VM, as the engine's own do, when the
// ThrowScope's first word is the VM of the error's context (a release build's ThrowScope holds
// only its VM reference); otherwise they pass to the engine's, which words the text only.
typedef void *(*apus_vm_thrower)(void *vm, void *global_object, void *error);
#define APUS_VM_THROW_OBJECT "_ZN3JSC2VM14throwExceptionEPNS_14JSGlobalObjectEPNS_8JSObjectE"

static void *apus_scope_vm(void *global_object, void *scope) {
    if (global_object == NULL || scope == NULL || apus_error_hook == NULL) return NULL;
    void *vm = (void *)JSContextGetGroup((JSContextRef)global_object);
    void *first;
    memcpy(&first, scope, sizeof first);
    return first == vm ? vm : NULL;
}

static void *apus_throw_made(void *vm, void *global_object, void **message) {
    static apus_vm_thrower thrower;
    if (thrower == NULL && (thrower = (apus_vm_thrower)dlsym(RTLD_NEXT, APUS_VM_THROW_OBJECT)) == NULL) abort();
    return thrower(vm, global_object, apus_create_type_error(global_object, message));
}

APUS_EXPORT void *apus_throw_type_error(void *global_object, void *scope, void **message) __asm__(APUS_THROW_TYPE_ERROR_OF_STRING);
void *apus_throw_type_error(void *global_object, void *scope, void **message) {
    APUS_ENGINE(apus_string_error_thrower, APUS_THROW_TYPE_ERROR_OF_STRING);
    void *vm = apus_scope_vm(global_object, scope);
    if (vm != NULL) return apus_throw_made(vm, global_object, message);
    void *reworded = apus_reworded_impl(*message);
    if (reworded == NULL) return engine(global_object, scope, message);
    void *error = engine(global_object, scope, &reworded);
    apus_impl_release(reworded);
    return error;
}

// ASCIILiteral is passed as { characters, size including the NUL }; the size is checked
// against the characters before the text is trusted.
APUS_EXPORT void *apus_throw_type_error_literal(void *global_object, void *scope, const char *characters, size_t size)
    __asm__(APUS_THROW_TYPE_ERROR_OF_LITERAL);
void *apus_throw_type_error_literal(void *global_object, void *scope, const char *characters, size_t size) {
    APUS_ENGINE(apus_literal_error_thrower, APUS_THROW_TYPE_ERROR_OF_LITERAL);
    if (characters == NULL || size == 0 || size >= 4096 || strnlen(characters, 4096) != size - 1) {
        return engine(global_object, scope, characters, size);
    }
    void *vm = apus_scope_vm(global_object, scope);
    if (vm != NULL) {
        void *text = NULL;
        apus_wtf_from_utf8(&text, (const uint8_t *)characters, size - 1);
        if (text != NULL) {
            void *error = apus_throw_made(vm, global_object, &text);
            apus_impl_release(text);
            return error;
        }
    }
    struct apus_text wording = { 0 };
    if (!apus_v8_wording((const uint8_t *)characters, size - 1, &wording)) return engine(global_object, scope, characters, size);
    static apus_string_error_thrower thrower;
    if (thrower == NULL && (thrower = (apus_string_error_thrower)dlsym(RTLD_NEXT, APUS_THROW_TYPE_ERROR_OF_STRING)) == NULL) abort();
    void *reworded = apus_text_string(&wording);
    if (reworded == NULL) return engine(global_object, scope, characters, size);
    void *error = thrower(global_object, scope, &reworded);
    apus_impl_release(reworded);
    return error;
}

// --- Calls of what is not a function or not a constructor ----------------------------------------
// The engine makes these errors inline in its call paths, not through the functions above, but
// with the appenders its exported createNotAFunctionError and createNotAConstructorError pass to
// createError next to the texts "is not a function" and "is not a constructor" (the latter its
// general appender). The appenders are found there (the lea of that text into %rsi, then the
// lea of a function into %rcx, then a call through the PLT entry of createError, all within a
// few bytes, near createError itself) and their entries become jumps to the functions below,
// once, before the first context exists. "f is not a function. (In 'f()', 'f' is undefined)"
// then reads "f is not a function", a callee with calls inside it reads as V8 writes it
// ("a.b(...).c is not a function"), and "5 is not a constructor (evaluating 'new C()')" reads
// "C is not a constructor".

static void **apus_not_a_function_appender(void **result, void **message, struct apus_string_view_arg source,
                                           int type, int occurrence) {
    (void)type;
    struct apus_text text = { 0 };
    size_t length = 0;
    char *s = apus_source_utf8(source, &length);
    if (s != NULL && apus_for_of_subject(s, length, &text)) {
        free(s);
        apus_text_cstring(&text, " is not iterable");
        return apus_finish(result, &text);
    }
    bool worded = s != NULL && occurrence == apus_found_exact_source && apus_callee_text(s, length, &text);
    if (!worded) {
        text.length = 0;
        apus_value_description(&text, *message, " is not a function");
    }
    apus_text_cstring(&text, " is not a function");
    // Where the text is not a call (a for-of over what is not iterable), or only its
    // neighbourhood is known, the text is kept as the engine writes it.
    if (!worded && s != NULL) {
        apus_text_cstring(&text, " (near '...");
        apus_text_chars(&text, s, length);
        apus_text_cstring(&text, "...')");
    }
    free(s);
    return apus_finish(result, &text);
}

// `o.#x` (or `o.#x = v`) on an object without that private field: V8 names the member and
// says whether it was read or written.
static bool apus_private_member_wording(const char *s, size_t length, struct apus_text *text) {
    bool assigned = false;
    size_t end = apus_member_length(s, length, &assigned);
    while (end > 0 && s[end - 1] == ' ') end--;
    size_t start = end;
    while (start > 0 && (isalnum((unsigned char)s[start - 1]) || s[start - 1] == '_' || s[start - 1] == '$' ||
                         (unsigned char)s[start - 1] >= 0x80)) {
        start--;
    }
    if (start == end || start < 2 || s[start - 1] != '#' || s[start - 2] != '.') return false;
    apus_text_cstring(text, assigned ? "Cannot write private member " : "Cannot read private member ");
    apus_text_chars(text, s + start - 1, end - start + 1);
    apus_text_cstring(text, assigned ? " to an object whose class did not declare it"
                                     : " from an object whose class did not declare it");
    return true;
}

// The engine's general appender, which it also gives `new` of what is not a constructor: the
// engine's text with "(evaluating '<source>')", or "(near '...<source>...')" where only the
// neighbourhood is known, as it writes them; `new X()` reads "X is not a constructor" and a
// property access on undefined or null reads as above, as in V8.
static void **apus_default_appender(void **result, void **message, struct apus_string_view_arg source, int type,
                                    int occurrence) {
    const struct apus_string_impl *impl = *message;
    if (apus_impl_ends_with(impl, " is not an object")) {
        return apus_property_access_appender(result, message, source, type, occurrence);
    }
    struct apus_text text = { 0 };
    size_t length = 0;
    char *s = apus_source_utf8(source, &length);
    if (s != NULL && occurrence == apus_found_exact_source && apus_impl_ends_with(impl, " is not a constructor") &&
        length > 4 && memcmp(s, "new ", 4) == 0) {
        if (!apus_callee_text(s + 4, length - 4, &text)) {
            text.length = 0;
            apus_text_chars(&text, s + 4, length - 4);
        }
        free(s);
        // `new (a.b)()` names a.b.
        if (text.length > 2 && text.bytes[0] == '(' && apus_group_end(text.bytes, text.length, 0) == text.length - 1 &&
            memchr(text.bytes, ',', text.length) == NULL) {
            memmove(text.bytes, text.bytes + 1, text.length - 2);
            text.length -= 2;
        }
        apus_text_cstring(&text, " is not a constructor");
        return apus_finish(result, &text);
    }
    static const char private_field[] = "Cannot access invalid private field";
    if (s != NULL && occurrence == apus_found_exact_source && impl->length == sizeof private_field - 1 &&
        apus_impl_starts_with(impl, private_field) && apus_private_member_wording(s, length, &text)) {
        free(s);
        return apus_finish(result, &text);
    }
    text.length = 0;
    apus_text_impl(&text, impl);
    if (s != NULL) {
        bool exact = occurrence == apus_found_exact_source;
        apus_text_cstring(&text, exact ? " (evaluating '" : " (near '...");
        apus_text_chars(&text, s, length);
        apus_text_cstring(&text, exact ? "')" : "...')");
    }
    free(s);
    return apus_finish(result, &text);
}

// The appender passed with `phrase` by the code at `at`, or NULL.
static uint8_t *apus_appender_at(const uint8_t *at, const struct apus_code_segments *segments, const uint8_t *maker,
                                 const char *phrase) {
    size_t size = strlen(phrase) + 1;
    if (at[0] != 0x48 || at[1] != 0x8d || at[2] != 0x35) return NULL;   // lea disp32(%rip), %rsi
    const char *text = (const char *)(at + 7) + apus_code_disp32(at + 3);
    if (!apus_code_in(segments, text, size) || memcmp(text, phrase, size) != 0) return NULL;
    for (const uint8_t *lea = at + 7; lea + 7 <= at + 7 + 48; lea++) {
        if (lea[0] != 0x48 || lea[1] != 0x8d || lea[2] != 0x0d) continue;   // lea disp32(%rip), %rcx
        uint8_t *appender = (uint8_t *)(lea + 7) + apus_code_disp32(lea + 3);
        for (const uint8_t *call = lea + 7; call + 5 <= lea + 7 + 32; call++) {
            if (call[0] != 0xe8) continue;
            const void *target = apus_code_plt_target(segments, apus_code_branch_target(call));
            if (target != (const void *)maker && target != (const void *)&apus_create_error_with_appender) continue;
            return apus_code_in(segments, appender, 16) ? appender : NULL;
        }
        return NULL;
    }
    return NULL;
}

// The appenders the engine passes to createError with each of `count` phrases, into `found`
// (NULL where none is), in one pass (x86-64 only). The code that passes them lies near
// createError (after it in this build): 8 KiB after it are read first, then 8 KiB before. The
// library's segments are read once: asking the loader for each address (dladdr) cost 70 us.
static void apus_find_appenders(const char *const *phrases, uint8_t **found, int count) {
    for (int i = 0; i < count; i++) found[i] = NULL;
#if defined(__x86_64__)
    const uint8_t *maker = dlsym(RTLD_NEXT, APUS_ERROR_WITH_APPENDER);
    struct apus_code_segments segments;
    if (maker == NULL || !apus_code_segments_of(maker, &segments)) return;
    const size_t reach = 0x2000;
    if (!apus_code_in(&segments, maker - reach, 2 * reach + 64)) return;
    int missing = count;
    for (size_t step = 0; step < 2 * reach && missing > 0; step++) {
        const uint8_t *at = step < reach ? maker + step : maker - reach + (step - reach);
        for (int i = 0; i < count; i++) {
            if (found[i] != NULL) continue;
            found[i] = apus_appender_at(at, &segments, maker, phrases[i]);
            if (found[i] != NULL) missing--;
        }
    }
#else
    (void)phrases;
#endif
}

// Makes the engine's `appender` jump to `replacement`: movabs $replacement, %rax; jmp *%rax.
static bool apus_redirect(uint8_t *appender, apus_appender replacement) {
    uint8_t jump[12] = { 0x48, 0xb8 };
    uintptr_t target = (uintptr_t)replacement;
    memcpy(jump + 2, &target, sizeof target);
    jump[10] = 0xff;
    jump[11] = 0xe0;
    return apus_write_code(appender, jump, sizeof jump);
}

int apus_use_v8_call_messages(void) {
    static int changed = -1;
    if (changed >= 0) return changed;
    changed = 0;
    if (!apus_string_layout_verified()) return changed;
    // Both or neither, so every call error reads the same.
    static const char *const phrases[2] = { "is not a function", "is not a constructor" };
    uint8_t *found[2];
    apus_find_appenders(phrases, found, 2);
    uint8_t *not_a_function = found[0], *fallback = found[1];
    if (not_a_function == NULL || fallback == NULL || not_a_function == fallback) return changed;
    if (!apus_redirect(fallback, apus_default_appender)) return changed;
    changed = apus_redirect(not_a_function, apus_not_a_function_appender) ? 1 : 0;
    return changed;
}

// --- Errors the compiler knows of ------------------------------------------------------------
// Errors the bytecode compiler finds in code that parses are thrown when reached, through
// createError(globalObject, type, message). There "Attempted to assign to readonly property."
// is always an assignment to a constant binding (a const, a named function expression's own
// name), which V8 words "Assignment to constant variable."; the same text elsewhere (a write to
// a frozen object's property) stays as it is.

typedef void *(*apus_typed_error_maker)(void *global_object, int type, void **message);
#define APUS_ERROR_OF_TYPE "_ZN3JSC11createErrorEPNS_14JSGlobalObjectENS_22ErrorTypeWithExtensionERKN3WTF6StringE"

APUS_EXPORT void *apus_create_error_of_type(void *global_object, int type, void **message) __asm__(APUS_ERROR_OF_TYPE);
static void *apus_error_of_type_made(void *global_object, int type, void **message) {
    APUS_ENGINE(apus_typed_error_maker, APUS_ERROR_OF_TYPE);
    static const char constant[] = "Attempted to assign to readonly property.";
    static const char v8_constant[] = "Assignment to constant variable.";
    const struct apus_string_impl *impl = *message;
    if (impl == NULL || !apus_string_layout_verified() || !(impl->hash_and_flags & apus_string_flag_8bit) ||
        impl->length != sizeof constant - 1 || memcmp(impl->characters, constant, sizeof constant - 1) != 0) {
        void *fixed = apus_reworded_impl(impl);
        if (fixed == NULL) return engine(global_object, type, message);
        void *error = engine(global_object, type, &fixed);
        apus_impl_release(fixed);
        return error;
    }
    void *reworded = NULL;
    apus_wtf_from_utf8(&reworded, (const uint8_t *)v8_constant, sizeof v8_constant - 1);
    if (reworded == NULL) return engine(global_object, type, message);
    void *error = engine(global_object, type, &reworded);
    apus_impl_release(reworded);
    return error;
}

void *apus_create_error_of_type(void *global_object, int type, void **message) {
    return apus_hooked(global_object, apus_error_of_type_made(global_object, type, message));
}

// createError(globalObject, ErrorType, message), which built-in functions use for errors of a
// given type: worded by the table and handed to the stack hook.
#define APUS_ERROR_OF_ERROR_TYPE "_ZN3JSC11createErrorEPNS_14JSGlobalObjectENS_9ErrorTypeERKN3WTF6StringE"
APUS_EXPORT void *apus_create_error_of_error_type(void *global_object, int type, void **message)
    __asm__(APUS_ERROR_OF_ERROR_TYPE);
void *apus_create_error_of_error_type(void *global_object, int type, void **message) {
    APUS_ENGINE(apus_typed_error_maker, APUS_ERROR_OF_ERROR_TYPE);
    void *reworded = apus_reworded_impl(*message);
    void *error = engine(global_object, type, reworded != NULL ? &reworded : message);
    if (reworded != NULL) apus_impl_release(reworded);
    return apus_hooked(global_object, error);
}
