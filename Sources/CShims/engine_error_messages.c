// V8's wording for the errors programs hit most: a variable that does not exist, a property read
// or set on undefined or null, and fixed messages of built-in functions (Symbol and BigInt
// conversions, circular JSON, ...). Programs and tests compare these messages; the engine words
// them its own way ("Can't find variable: x", "undefined is not an object (evaluating 'a.b')").
//
// The engine builds these errors, in every tier, through some of its exported functions, which it
// calls through its PLT; the executable defines and exports functions of the same names
// (Package.swift), so the dynamic linker binds those calls here, and these pass on to the
// engine's own (RTLD_NEXT):
// - createReferenceError(globalObject, message): "Can't find variable: NAME" becomes "NAME is not
//   defined".
// - createError(globalObject, value, message, appender): the appender is the function the engine
//   calls when the error is thrown from code, with the message and the source text of the
//   failing expression; for "is not an object" the appender below takes its place and words
//   "Cannot read properties of undefined (reading 'b')" (or "set ... (setting 'b')") from the
//   same text. A key it cannot read from the text with certainty (a computed one, approximate
//   source) is left out.
// Calls of what is not a function, and `new` of what is not a constructor, make their errors
// without these functions and keep the engine's wording ("f is not a function. (In 'f()', ...").
// Strings are read only once the StringImpl layout is verified (engine_strings.c); otherwise
// every call passes through unchanged.
#define _GNU_SOURCE
#include "apus_shims.h"
#include "engine_string_impl.h"
#include <dlfcn.h>
#include <stdlib.h>
#include <string.h>

#define APUS_EXPORT __attribute__((visibility("default"), used))

// WTF::StringView passed by value: { characters, length, is8Bit } in two registers.
struct apus_string_view_arg { const void *characters; unsigned length; bool is_8bit; };
// (String& result, const String& message, StringView source, RuntimeType, SourceTextWhereErrorOccurred)
typedef void **(*apus_appender)(void **result, void **message, struct apus_string_view_arg source, int type,
                                int occurrence);
enum { apus_found_exact_source = 0 };

// A growable UTF-8 text.
struct apus_text { char *bytes; size_t length, capacity; };

static void apus_text_byte(struct apus_text *text, char byte) {
    if (text->length + 1 >= text->capacity) {
        size_t capacity = text->capacity ? text->capacity * 2 : 128;
        char *bytes = realloc(text->bytes, capacity);
        if (bytes == NULL) return;
        text->bytes = bytes;
        text->capacity = capacity;
    }
    text->bytes[text->length++] = byte;
}

static void apus_text_code_point(struct apus_text *text, uint32_t c) {
    if (c < 0x80) {
        apus_text_byte(text, (char)c);
    } else if (c < 0x800) {
        apus_text_byte(text, (char)(0xc0 | c >> 6));
        apus_text_byte(text, (char)(0x80 | (c & 0x3f)));
    } else if (c < 0x10000) {
        apus_text_byte(text, (char)(0xe0 | c >> 12));
        apus_text_byte(text, (char)(0x80 | ((c >> 6) & 0x3f)));
        apus_text_byte(text, (char)(0x80 | (c & 0x3f)));
    } else {
        apus_text_byte(text, (char)(0xf0 | c >> 18));
        apus_text_byte(text, (char)(0x80 | ((c >> 12) & 0x3f)));
        apus_text_byte(text, (char)(0x80 | ((c >> 6) & 0x3f)));
        apus_text_byte(text, (char)(0x80 | (c & 0x3f)));
    }
}

static void apus_text_chars(struct apus_text *text, const char *bytes, size_t length) {
    for (size_t i = 0; i < length; i++) apus_text_byte(text, bytes[i]);
}

static void apus_text_cstring(struct apus_text *text, const char *bytes) { apus_text_chars(text, bytes, strlen(bytes)); }

// Engine characters (one-byte Latin-1 or UTF-16) as UTF-8 (lone surrogates as U+FFFD).
static void apus_text_engine_chars(struct apus_text *text, const void *characters, size_t length, bool is_8bit) {
    for (size_t i = 0; i < length; i++) {
        uint32_t c = is_8bit ? ((const uint8_t *)characters)[i] : ((const uint16_t *)characters)[i];
        if (!is_8bit && c >= 0xd800 && c <= 0xdfff) {
            uint32_t next = i + 1 < length ? ((const uint16_t *)characters)[i + 1] : 0;
            if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
                c = 0x10000 + ((c - 0xd800) << 10) + (next - 0xdc00);
                i++;
            } else {
                c = 0xfffd;
            }
        }
        apus_text_code_point(text, c);
    }
}

static void apus_text_impl(struct apus_text *text, const struct apus_string_impl *impl) {
    if (impl->length > 0) apus_text_engine_chars(text, impl->characters, impl->length, impl->hash_and_flags & apus_string_flag_8bit);
}

// A new engine string of `text` in *result (the caller owns the reference); NULL if none.
static void *apus_text_string(struct apus_text *text) {
    void *impl = NULL;
    if (text->bytes != NULL) apus_wtf_from_utf8(&impl, (const uint8_t *)text->bytes, text->length);
    free(text->bytes);
    return impl;
}

// The character at `index` of the engine string `impl`.
static uint32_t apus_impl_char(const struct apus_string_impl *impl, size_t index) {
    return (impl->hash_and_flags & apus_string_flag_8bit) ? ((const uint8_t *)impl->characters)[index]
                                                          : ((const uint16_t *)impl->characters)[index];
}

// Whether the engine string `impl` ends with the ASCII text `suffix`.
static bool apus_impl_ends_with(const struct apus_string_impl *impl, const char *suffix) {
    size_t n = strlen(suffix);
    if (impl == NULL || impl->length < n) return false;
    for (size_t i = 0; i < n; i++) {
        if (apus_impl_char(impl, impl->length - n + i) != (uint8_t)suffix[i]) return false;
    }
    return true;
}

// Whether the engine string `impl` starts with the ASCII text `prefix`.
static bool apus_impl_starts_with(const struct apus_string_impl *impl, const char *prefix) {
    size_t n = strlen(prefix);
    if (impl == NULL || impl->length < n) return false;
    for (size_t i = 0; i < n; i++) if (apus_impl_char(impl, i) != (uint8_t)prefix[i]) return false;
    return true;
}

// Whether the engine string `impl` is the ASCII `phrase`, after at most one space.
static bool apus_impl_is_phrase(const struct apus_string_impl *impl, const char *phrase) {
    size_t n = strlen(phrase);
    return apus_impl_ends_with(impl, phrase) && (impl->length == n || (impl->length == n + 1 && apus_impl_char(impl, 0) == ' '));
}

// --- ReferenceError --------------------------------------------------------------------------

typedef void *(*apus_reference_error_maker)(void *global_object, void **message);

APUS_EXPORT void *apus_create_reference_error(void *global_object, void **message)
    __asm__("_ZN3JSC20createReferenceErrorEPNS_14JSGlobalObjectERKN3WTF6StringE");

void *apus_create_reference_error(void *global_object, void **message) {
    static apus_reference_error_maker engine;
    if (engine == NULL) {
        engine = (apus_reference_error_maker)dlsym(RTLD_NEXT, "_ZN3JSC20createReferenceErrorEPNS_14JSGlobalObjectERKN3WTF6StringE");
        if (engine == NULL) abort();
    }
    static const char prefix[] = "Can't find variable: ";
    const struct apus_string_impl *impl = *message;
    size_t prefix_length = sizeof prefix - 1;
    if (impl == NULL || !apus_string_layout_verified() || impl->length <= prefix_length ||
        !apus_impl_starts_with(impl, prefix)) {
        return engine(global_object, message);
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

// --- Source text of the failing expression ---------------------------------------------------

// The source as UTF-8, NUL-terminated.
static char *apus_source_utf8(struct apus_string_view_arg source, size_t *length) {
    struct apus_text text = { 0 };
    apus_text_engine_chars(&text, source.characters, source.length, source.is_8bit);
    apus_text_byte(&text, 0);
    if (text.bytes == NULL) return NULL;
    *length = text.length - 1;
    return text.bytes;
}

static bool apus_is_identifier_byte(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '$' ||
           (unsigned char)c >= 0x80;
}

// The end of the bracketed group that starts at `open` ('(' or '['), skipping strings; `length`
// if it does not close.
static size_t apus_group_end(const char *s, size_t length, size_t open) {
    int depth = 0;
    for (size_t i = open; i < length; i++) {
        char c = s[i];
        if (c == '\'' || c == '"' || c == '`') {
            for (i++; i < length && s[i] != c; i++) if (s[i] == '\\') i++;
        } else if (c == '(' || c == '[' || c == '{') {
            depth++;
        } else if (c == ')' || c == ']' || c == '}') {
            if (--depth == 0) return i;
        }
    }
    return length;
}

// Length of the member expression at the start of `s`: the text before a top-level `=` that is
// an assignment (not `==`, `=>`, `<=`, `>=`, `!=` or a compound operator); *assigned tells
// whether there was one.
static size_t apus_member_length(const char *s, size_t length, bool *assigned) {
    *assigned = false;
    for (size_t i = 0; i < length; i++) {
        char c = s[i];
        if (c == '(' || c == '[' || c == '{' || c == '\'' || c == '"' || c == '`') {
            i = apus_group_end(s, length, i);
            if (c == '\'' || c == '"' || c == '`') {
                for (i = i + 1; i < length && s[i] != c; i++) if (s[i] == '\\') i++;
            }
            continue;
        }
        if (c == '=') {
            char before = i > 0 ? s[i - 1] : 0, after = i + 1 < length ? s[i + 1] : 0;
            if (after == '=' || after == '>') return length;
            if (before != 0 && strchr("=!<>+-*/%&|^?", before) != NULL) return length;
            size_t end = i;
            while (end > 0 && s[end - 1] == ' ') end--;
            *assigned = true;
            return end;
        }
    }
    return length;
}

// The key a member expression `s[0..length)` reads last, into `key`: `.name`, `["text"]`,
// `['text']` or `[123]`; false for any other form.
static bool apus_last_key(const char *s, size_t length, struct apus_text *key) {
    while (length > 0 && s[length - 1] == ' ') length--;
    if (length == 0) return false;
    if (s[length - 1] == ']') {
        size_t open = length - 1;
        int depth = 0;
        for (size_t i = length; i-- > 0;) {
            if (s[i] == ']') depth++;
            else if (s[i] == '[' && --depth == 0) { open = i; break; }
        }
        if (open == length - 1 || open == 0) return false;
        const char *inner = s + open + 1;
        size_t inner_length = length - 1 - (open + 1);
        if (inner_length >= 2 && (inner[0] == '\'' || inner[0] == '"') && inner[inner_length - 1] == inner[0]) {
            for (size_t i = 1; i + 1 < inner_length; i++) {
                if (inner[i] == '\\' || inner[i] == inner[0]) return false;
            }
            apus_text_chars(key, inner + 1, inner_length - 2);
            return true;
        }
        for (size_t i = 0; i < inner_length; i++) if (inner[i] < '0' || inner[i] > '9') return false;
        if (inner_length == 0 || (inner_length > 1 && inner[0] == '0')) return false;
        apus_text_chars(key, inner, inner_length);
        return true;
    }
    size_t start = length;
    while (start > 0 && apus_is_identifier_byte(s[start - 1])) start--;
    if (start == length || start == 0 || s[start - 1] != '.') return false;
    if (s[start] >= '0' && s[start] <= '9') return false;
    apus_text_chars(key, s + start, length - start);
    return true;
}

// --- Appenders -------------------------------------------------------------------------------

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
    char *s = occurrence == apus_found_exact_source ? apus_source_utf8(source, &length) : NULL;
    if (s != NULL) {
        keyed = apus_last_key(s, apus_member_length(s, length, &assigned), &key);
        free(s);
    }
    struct apus_text text = { 0 };
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

// --- createError -----------------------------------------------------------------------------

typedef void *(*apus_error_maker)(void *global_object, uint64_t value, void **message, apus_appender appender);

APUS_EXPORT void *apus_create_error_with_appender(void *global_object, uint64_t value, void **message,
                                                  apus_appender appender)
    __asm__("_ZN3JSC11createErrorEPNS_14JSGlobalObjectENS_7JSValueERKN3WTF6StringEPFS4_S6_NS3_10StringViewENS_11RuntimeTypeENS_13ErrorInstance28SourceTextWhereErrorOccurredEE");

void *apus_create_error_with_appender(void *global_object, uint64_t value, void **message, apus_appender appender) {
    static apus_error_maker engine;
    if (engine == NULL) {
        engine = (apus_error_maker)dlsym(RTLD_NEXT, "_ZN3JSC11createErrorEPNS_14JSGlobalObjectENS_7JSValueERKN3WTF6StringEPFS4_S6_NS3_10StringViewENS_11RuntimeTypeENS_13ErrorInstance28SourceTextWhereErrorOccurredEE");
        if (engine == NULL) abort();
    }
    const struct apus_string_impl *impl = *message;
    if (impl != NULL && apus_string_layout_verified()) {
        // The engine's message here is the bare phrase; the value's description comes first in
        // the message it builds, which is what the appender receives.
        if (apus_impl_is_phrase(impl, "is not an object")) appender = apus_property_access_appender;
    }
    return engine(global_object, value, message, appender);
}

// --- Fixed messages --------------------------------------------------------------------------
// Messages without variable parts, made through createTypeError, createRangeError and the two
// throwTypeError of the engine (the last with most of its built-in functions' messages), are
// matched whole against a table of those with one V8 counterpart. Messages whose V8 form holds
// a value the engine's lacks ("... or null: 5") or that V8 words differently by case ("Attempted
// to assign to readonly property.") keep the engine's wording.

// Engine messages with one V8 counterpart, whole or (ending in '*') by prefix.
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
};

// V8's wording for the engine's one-byte message `text`, or NULL.
static const char *apus_v8_wording(const uint8_t *text, size_t length) {
    for (size_t i = 0; i < sizeof apus_rewordings / sizeof apus_rewordings[0]; i++) {
        const char *engine = apus_rewordings[i][0];
        size_t n = strlen(engine);
        bool prefix = engine[n - 1] == '*';
        if (prefix ? (length >= n - 1 && memcmp(text, engine, n - 1) == 0) : (length == n && memcmp(text, engine, n) == 0)) {
            return apus_rewordings[i][1];
        }
    }
    return NULL;
}

// The V8 wording of the engine string `impl` as a new engine string, or NULL.
static void *apus_reworded_impl(const struct apus_string_impl *impl) {
    if (impl == NULL || !apus_string_layout_verified() || !(impl->hash_and_flags & apus_string_flag_8bit)) return NULL;
    const char *wording = apus_v8_wording(impl->characters, impl->length);
    if (wording == NULL) return NULL;
    void *reworded = NULL;
    apus_wtf_from_utf8(&reworded, (const uint8_t *)wording, strlen(wording));
    return reworded;
}

#define APUS_ENGINE(type, symbol) \
    static type engine; \
    if (engine == NULL && (engine = (type)dlsym(RTLD_NEXT, symbol)) == NULL) abort()

typedef void *(*apus_string_error_maker)(void *global_object, void **message);
typedef void *(*apus_string_error_thrower)(void *global_object, void *scope, void **message);
typedef void *(*apus_literal_error_thrower)(void *global_object, void *scope, const char *characters, size_t size);

#define APUS_TYPE_ERROR_OF_STRING "_ZN3JSC15createTypeErrorEPNS_14JSGlobalObjectERKN3WTF6StringE"
#define APUS_RANGE_ERROR_OF_STRING "_ZN3JSC16createRangeErrorEPNS_14JSGlobalObjectERKN3WTF6StringE"
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

APUS_EXPORT void *apus_create_type_error(void *global_object, void **message) __asm__(APUS_TYPE_ERROR_OF_STRING);
void *apus_create_type_error(void *global_object, void **message) {
    APUS_ENGINE(apus_string_error_maker, APUS_TYPE_ERROR_OF_STRING);
    return apus_make_with(engine, global_object, message);
}

APUS_EXPORT void *apus_create_range_error(void *global_object, void **message) __asm__(APUS_RANGE_ERROR_OF_STRING);
void *apus_create_range_error(void *global_object, void **message) {
    APUS_ENGINE(apus_string_error_maker, APUS_RANGE_ERROR_OF_STRING);
    return apus_make_with(engine, global_object, message);
}

APUS_EXPORT void *apus_throw_type_error(void *global_object, void *scope, void **message) __asm__(APUS_THROW_TYPE_ERROR_OF_STRING);
void *apus_throw_type_error(void *global_object, void *scope, void **message) {
    APUS_ENGINE(apus_string_error_thrower, APUS_THROW_TYPE_ERROR_OF_STRING);
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
    const char *wording = NULL;
    if (characters != NULL && size > 0 && size < 4096 && strnlen(characters, 4096) == size - 1) {
        wording = apus_v8_wording((const uint8_t *)characters, size - 1);
    }
    if (wording == NULL) return engine(global_object, scope, characters, size);
    static apus_string_error_thrower thrower;
    if (thrower == NULL && (thrower = (apus_string_error_thrower)dlsym(RTLD_NEXT, APUS_THROW_TYPE_ERROR_OF_STRING)) == NULL) abort();
    void *reworded = NULL;
    apus_wtf_from_utf8(&reworded, (const uint8_t *)wording, strlen(wording));
    if (reworded == NULL) return engine(global_object, scope, characters, size);
    void *error = thrower(global_object, scope, &reworded);
    apus_impl_release(reworded);
    return error;
}
