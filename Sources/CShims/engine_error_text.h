// Text for engine_error_messages.c (engine_error_text.c).
#pragma once
#include "engine_string_impl.h"
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

// A growable UTF-8 text.
struct apus_text { char *bytes; size_t length, capacity; };
// WTF::StringView passed by value: { characters, length, is8Bit } in two registers.
struct apus_string_view_arg { const void *characters; unsigned length; bool is_8bit; };

void apus_text_chars(struct apus_text *text, const char *bytes, size_t length);
void apus_text_cstring(struct apus_text *text, const char *bytes);
// Engine characters (one-byte Latin-1 or UTF-16) as UTF-8 (lone surrogates as U+FFFD).
void apus_text_engine_chars(struct apus_text *text, const void *characters, size_t length, bool is_8bit);
// The engine string `impl`, as UTF-8.
void apus_text_impl(struct apus_text *text, const struct apus_string_impl *impl);
// A new engine string of `text` in *result (the caller owns the reference); NULL if none.
void *apus_text_string(struct apus_text *text);
// Whether the engine string `impl` ends with the ASCII text `suffix`.
bool apus_impl_ends_with(const struct apus_string_impl *impl, const char *suffix);
// Whether the engine string `impl` starts with the ASCII text `prefix`.
bool apus_impl_starts_with(const struct apus_string_impl *impl, const char *prefix);
// Whether the engine string `impl` is the ASCII `phrase`, after at most one space.
bool apus_impl_is_phrase(const struct apus_string_impl *impl, const char *phrase);
// The source as UTF-8, NUL-terminated.
char *apus_source_utf8(struct apus_string_view_arg source, size_t *length);
// The index of the quote that closes the string literal opening at `open`; `length` if none.
size_t apus_string_end(const char *s, size_t length, size_t open);
// The end of the bracketed group that starts at `open` ('(', '[' or '{'), skipping strings;
// `length` if it does not close.
size_t apus_group_end(const char *s, size_t length, size_t open);
// The index of the last character of the string literal or bracketed group that opens at `i`
// (`length` if it does not close), or `i` itself for any other character.
size_t apus_token_end(const char *s, size_t length, size_t i);
// Length of the member expression at the start of `s`: the text before a top-level `=` that is
// an assignment (not `==`, `=>`, `<=`, `>=`, `!=` or a compound operator); *assigned tells
// whether there was one.
size_t apus_member_length(const char *s, size_t length, bool *assigned);
// The key a member expression `s[0..length)` reads last, into `key`: `.name`, `["text"]`,
// `['text']` or `[123]`; false for any other form.
bool apus_last_key(const char *s, size_t length, struct apus_text *key);
// The callee text of a call `s`: the text before its last top-level argument list, each inner
// argument list written `(...)` as V8 writes it; false unless `s` ends with one.
bool apus_callee_text(const char *s, size_t length, struct apus_text *callee);
// For the text of a for-of head, `x of xs`, the iterated expression into `subject` (the engine
// reports a value that is not iterable with that text, as its failing call or property read).
bool apus_for_of_subject(const char *s, size_t length, struct apus_text *subject);
