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
//   defined".
// - createError(globalObject, value, message, appender): the appender is the function the engine
//   calls when the error is thrown from code, with the message and the source text of the
//   failing expression; for "is not an object" the appender below takes its place and words
//   "Cannot read properties of undefined (reading 'b')" (or "set ... (setting 'b')") from the
//   same text. A key it cannot read from the text with certainty (a computed one, approximate
//   source) is left out.
// - createTypeError, createRangeError, throwTypeError (two forms), createError(type): fixed texts.
// Calls of what is not a function or a constructor make their errors inline, not through these;
// their appenders are redirected instead (below).
// Strings are read only once the StringImpl layout is verified (engine_strings.c); otherwise
// every call passes through unchanged.
#define _GNU_SOURCE
#include "apus_shims.h"
#include "engine_code.h"
#include "engine_string_impl.h"
#include <dlfcn.h>
#include <link.h>
#include <stdlib.h>
#include <string.h>

#define APUS_EXPORT __attribute__((visibility("default"), used))
// `engine`: the engine's own function of that name, found on first use.
#define APUS_ENGINE(type, symbol) \
    static type engine; \
    if (engine == NULL && (engine = (type)dlsym(RTLD_NEXT, symbol)) == NULL) abort()

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

#define APUS_REFERENCE_ERROR "_ZN3JSC20createReferenceErrorEPNS_14JSGlobalObjectERKN3WTF6StringE"
APUS_EXPORT void *apus_create_reference_error(void *global_object, void **message) __asm__(APUS_REFERENCE_ERROR);

void *apus_create_reference_error(void *global_object, void **message) {
    APUS_ENGINE(apus_reference_error_maker, APUS_REFERENCE_ERROR);
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

// The index of the quote that closes the string literal opening at `open`; `length` if none.
static size_t apus_string_end(const char *s, size_t length, size_t open) {
    size_t i = open + 1;
    while (i < length && s[i] != s[open]) i += s[i] == '\\' ? 2 : 1;
    return i < length ? i : length;
}

static bool apus_is_quote(char c) { return c == '\'' || c == '"' || c == '`'; }

// The end of the bracketed group that starts at `open` ('(', '[' or '{'), skipping strings;
// `length` if it does not close.
static size_t apus_group_end(const char *s, size_t length, size_t open) {
    int depth = 0;
    for (size_t i = open; i < length; i++) {
        char c = s[i];
        if (apus_is_quote(c)) {
            i = apus_string_end(s, length, i);
        } else if (c == '(' || c == '[' || c == '{') {
            depth++;
        } else if (c == ')' || c == ']' || c == '}') {
            if (--depth == 0) return i;
        }
    }
    return length;
}

// The index of the last character of the string literal or bracketed group that opens at `i`
// (`length` if it does not close), or `i` itself for any other character.
static size_t apus_token_end(const char *s, size_t length, size_t i) {
    if (apus_is_quote(s[i])) return apus_string_end(s, length, i);
    if (s[i] == '(' || s[i] == '[' || s[i] == '{') return apus_group_end(s, length, i);
    return i;
}

// Length of the member expression at the start of `s`: the text before a top-level `=` that is
// an assignment (not `==`, `=>`, `<=`, `>=`, `!=` or a compound operator); *assigned tells
// whether there was one.
static size_t apus_member_length(const char *s, size_t length, bool *assigned) {
    *assigned = false;
    for (size_t i = 0; i < length; i++) {
        char c = s[i];
        size_t end = apus_token_end(s, length, i);
        if (end != i) {
            i = end;
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

// The callee text of a call `s`: the text before its last top-level argument list, each inner
// argument list written `(...)` as V8 writes it; false unless `s` ends with one.
static bool apus_callee_text(const char *s, size_t length, struct apus_text *callee) {
    while (length > 0 && s[length - 1] == ' ') length--;
    if (length == 0 || s[length - 1] != ')') return false;
    size_t last_open = length;
    for (size_t i = 0; i < length; i++) {
        size_t end = apus_token_end(s, length, i);
        if (end == i) continue;
        if (end == length) return false;
        if (s[i] == '(' && end == length - 1) { last_open = i; break; }
        i = end;
    }
    if (last_open == length || last_open == 0) return false;
    for (size_t i = 0; i < last_open; i++) {
        char c = s[i];
        if (apus_is_quote(c)) {
            size_t end = apus_string_end(s, last_open, i);
            apus_text_chars(callee, s + i, (end < last_open ? end + 1 : last_open) - i);
            i = end;
            continue;
        }
        if (c == '(' && i > 0 && (apus_is_identifier_byte(s[i - 1]) || s[i - 1] == ')' || s[i - 1] == ']')) {
            i = apus_group_end(s, last_open, i);
            apus_text_cstring(callee, "(...)");
            continue;
        }
        // A key written as a plain string literal reads as a dotted name: a['x'] as a.x.
        if (c == '[' && i + 3 < last_open && (s[i + 1] == '\'' || s[i + 1] == '"')) {
            size_t end = apus_group_end(s, last_open, i);
            size_t close = end - 1;
            bool plain = end < last_open && close > i + 1 && s[close] == s[i + 1];
            for (size_t k = i + 2; plain && k < close; k++) if (s[k] == '\\' || s[k] == s[i + 1]) plain = false;
            if (plain) {
                apus_text_byte(callee, '.');
                apus_text_chars(callee, s + i + 2, close - (i + 2));
                i = end;
                continue;
            }
        }
        apus_text_byte(callee, c);
    }
    // An optional call `f?.()` names `f`.
    if (callee->length >= 2 && callee->bytes[callee->length - 2] == '?' && callee->bytes[callee->length - 1] == '.') {
        callee->length -= 2;
    }
    return callee->length > 0;
}

// For the text of a for-of head, `x of xs`, the iterated expression into `subject` (the engine
// reports a value that is not iterable with that text, as its failing call or property read).
static bool apus_for_of_subject(const char *s, size_t length, struct apus_text *subject) {
    for (size_t i = 0; i + 4 <= length; i++) {
        char c = s[i];
        if (apus_is_quote(c)) return false;
        size_t end = apus_token_end(s, length, i);
        if (end != i) {
            if (end == length) return false;
            i = end;
            continue;
        }
        if (memcmp(s + i, " of ", 4) != 0 || i == 0) continue;
        size_t start = i + 4;
        while (start < length && s[start] == ' ') start++;
        if (start == length) return false;
        apus_text_chars(subject, s + start, length - start);
        return true;
    }
    return false;
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
    free(s);
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
        apus_text_engine_chars(&text, impl->characters, impl->length, impl->hash_and_flags & apus_string_flag_8bit);
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
    return engine(global_object, value, message, appender);
}

// --- Fixed messages --------------------------------------------------------------------------
// Messages without variable parts, made through createTypeError, createRangeError, the two
// throwTypeError of the engine (the last with most of its built-in functions' messages) and
// createError(type) (with the messages of its built-ins written in JavaScript), are matched
// whole against a table of those with one V8 counterpart. Messages whose V8 form holds
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
    { "reduce of empty array with no initial value", "Reduce of empty array with no initial value" },
    { "reduceRight of empty array with no initial value", "Reduce of empty array with no initial value" },
    { "TypedArray.prototype.reduce of empty array with no initial value", "Reduce of empty array with no initial value" },
    { "TypedArray.prototype.reduceRight of empty array with no initial value", "Reduce of empty array with no initial value" },
    { "String.prototype.replaceAll argument must not be a non-global regular expression",
      "String.prototype.replaceAll called with a non-global RegExp argument" },
    { "String.prototype.matchAll argument must not be a non-global regular expression",
      "String.prototype.matchAll called with a non-global RegExp argument" },
    { "Array.prototype.flatMap callback must be a function", "flatMap mapper function is not callable" },
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
    apus_text_engine_chars(&text, impl->characters, impl->length, impl->hash_and_flags & apus_string_flag_8bit);
    if (s != NULL) {
        bool exact = occurrence == apus_found_exact_source;
        apus_text_cstring(&text, exact ? " (evaluating '" : " (near '...");
        apus_text_chars(&text, s, length);
        apus_text_cstring(&text, exact ? "')" : "...')");
    }
    free(s);
    return apus_finish(result, &text);
}

static int32_t apus_disp32(const uint8_t *at) {
    int32_t value;
    memcpy(&value, at, sizeof value);
    return value;
}

// The readable loaded segments of the object that holds `inside` (the engine library), read
// once: the scan below checks every address a byte pattern points at, and asking the loader
// each time cost a millisecond (dladdr alone, 70 us).
struct apus_segments { uintptr_t start[8], end[8]; int count; const void *inside; };

static int apus_collect_segments(struct dl_phdr_info *info, size_t size, void *data) {
    (void)size;
    struct apus_segments *segments = data;
    segments->count = 0;
    bool holds = false;
    for (int i = 0; i < info->dlpi_phnum && segments->count < 8; i++) {
        const ElfW(Phdr) *segment = &info->dlpi_phdr[i];
        if (segment->p_type != PT_LOAD || !(segment->p_flags & PF_R)) continue;
        uintptr_t start = info->dlpi_addr + segment->p_vaddr, end = start + segment->p_memsz;
        segments->start[segments->count] = start;
        segments->end[segments->count] = end;
        segments->count++;
        if ((uintptr_t)segments->inside >= start && (uintptr_t)segments->inside < end) holds = true;
    }
    if (!holds) segments->count = 0;
    return holds;
}

static bool apus_in_segments(const struct apus_segments *segments, const void *at, size_t length) {
    for (int i = 0; i < segments->count; i++) {
        if ((uintptr_t)at >= segments->start[i] && (uintptr_t)at + length <= segments->end[i]) return true;
    }
    return false;
}

// The appender passed with `phrase` by the code at `at`, or NULL.
static uint8_t *apus_appender_at(const uint8_t *at, const struct apus_segments *segments, const uint8_t *maker,
                                 const char *phrase) {
    size_t size = strlen(phrase) + 1;
    if (at[0] != 0x48 || at[1] != 0x8d || at[2] != 0x35) return NULL;   // lea disp32(%rip), %rsi
    const char *text = (const char *)(at + 7) + apus_disp32(at + 3);
    if (!apus_in_segments(segments, text, size) || memcmp(text, phrase, size) != 0) return NULL;
    for (const uint8_t *lea = at + 7; lea + 7 <= at + 7 + 48; lea++) {
        if (lea[0] != 0x48 || lea[1] != 0x8d || lea[2] != 0x0d) continue;   // lea disp32(%rip), %rcx
        uint8_t *appender = (uint8_t *)(lea + 7) + apus_disp32(lea + 3);
        for (const uint8_t *call = lea + 7; call + 5 <= lea + 7 + 32; call++) {
            if (call[0] != 0xe8) continue;
            const uint8_t *stub = call + 5 + apus_disp32(call + 1);
            if (!apus_in_segments(segments, stub, 6) || stub[0] != 0xff || stub[1] != 0x25) continue;
            const void *const *slot = (const void *const *)(stub + 6 + apus_disp32(stub + 2));
            if (!apus_in_segments(segments, slot, sizeof *slot)) continue;
            if (*slot != (const void *)maker && *slot != (const void *)&apus_create_error_with_appender) continue;
            return apus_in_segments(segments, appender, 16) ? appender : NULL;
        }
        return NULL;
    }
    return NULL;
}

// The appenders the engine passes to createError with each of `count` phrases, into `found`
// (NULL where none is), in one pass (x86-64 only). The code that passes them lies near
// createError (after it in this build): 8 KiB after it are read first, then 8 KiB before.
static void apus_find_appenders(const char *const *phrases, uint8_t **found, int count) {
    for (int i = 0; i < count; i++) found[i] = NULL;
#if defined(__x86_64__)
    const uint8_t *maker = dlsym(RTLD_NEXT, APUS_ERROR_WITH_APPENDER);
    if (maker == NULL) return;
    struct apus_segments segments = { .inside = maker };
    dl_iterate_phdr(apus_collect_segments, &segments);
    const size_t reach = 0x2000;
    if (!apus_in_segments(&segments, maker - reach, 2 * reach + 64)) return;
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
void *apus_create_error_of_type(void *global_object, int type, void **message) {
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
