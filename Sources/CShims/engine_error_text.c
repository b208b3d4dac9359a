// Text for engine_error_messages.c: a growable UTF-8 text, reading the engine's strings, and
// reading the source text of a failing expression the way V8 names its parts.
#include "engine_error_text.h"
#include <stdlib.h>
#include <string.h>

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

void apus_text_chars(struct apus_text *text, const char *bytes, size_t length) {
    for (size_t i = 0; i < length; i++) apus_text_byte(text, bytes[i]);
}

void apus_text_cstring(struct apus_text *text, const char *bytes) { apus_text_chars(text, bytes, strlen(bytes)); }

void apus_text_engine_chars(struct apus_text *text, const void *characters, size_t length, bool is_8bit) {
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

void apus_text_impl(struct apus_text *text, const struct apus_string_impl *impl) {
    apus_text_engine_chars(text, impl->characters, impl->length, impl->hash_and_flags & apus_string_flag_8bit);
}

void *apus_text_string(struct apus_text *text) {
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

bool apus_impl_ends_with(const struct apus_string_impl *impl, const char *suffix) {
    size_t n = strlen(suffix);
    if (impl == NULL || impl->length < n) return false;
    for (size_t i = 0; i < n; i++) {
        if (apus_impl_char(impl, impl->length - n + i) != (uint8_t)suffix[i]) return false;
    }
    return true;
}

bool apus_impl_starts_with(const struct apus_string_impl *impl, const char *prefix) {
    size_t n = strlen(prefix);
    if (impl == NULL || impl->length < n) return false;
    for (size_t i = 0; i < n; i++) if (apus_impl_char(impl, i) != (uint8_t)prefix[i]) return false;
    return true;
}

bool apus_impl_is_phrase(const struct apus_string_impl *impl, const char *phrase) {
    size_t n = strlen(phrase);
    return apus_impl_ends_with(impl, phrase) && (impl->length == n || (impl->length == n + 1 && apus_impl_char(impl, 0) == ' '));
}

// --- Source text of the failing expression ---------------------------------------------------

char *apus_source_utf8(struct apus_string_view_arg source, size_t *length) {
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

size_t apus_string_end(const char *s, size_t length, size_t open) {
    size_t i = open + 1;
    while (i < length && s[i] != s[open]) i += s[i] == '\\' ? 2 : 1;
    return i < length ? i : length;
}

static bool apus_is_quote(char c) { return c == '\'' || c == '"' || c == '`'; }

size_t apus_group_end(const char *s, size_t length, size_t open) {
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

size_t apus_token_end(const char *s, size_t length, size_t i) {
    if (apus_is_quote(s[i])) return apus_string_end(s, length, i);
    if (s[i] == '(' || s[i] == '[' || s[i] == '{') return apus_group_end(s, length, i);
    return i;
}

size_t apus_member_length(const char *s, size_t length, bool *assigned) {
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

bool apus_last_key(const char *s, size_t length, struct apus_text *key) {
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

bool apus_callee_text(const char *s, size_t length, struct apus_text *callee) {
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

bool apus_for_of_subject(const char *s, size_t length, struct apus_text *subject) {
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
