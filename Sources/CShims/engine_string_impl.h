// WTF::StringImpl as the shims use it, and the exported entry points that make and free one:
// { refCount (in steps of 2; bit 0 marks a static string), length, characters, hash (upper 24
// bits) and flags (bit 2: one-byte storage) }. engine_strings.c checks the layout at start.
#pragma once
#include <stddef.h>
#include <stdbool.h>
#include <stdint.h>

struct apus_string_impl { unsigned ref_count; unsigned length; const void *characters; unsigned hash_and_flags; };

extern void apus_wtf_create_without_copying8(void **result, const uint8_t *characters, size_t length)
    __asm__("_ZN3WTF10StringImpl28createWithoutCopyingNonEmptyESt4spanIKhLm18446744073709551615EE");
extern void apus_wtf_string_destroy(void *impl) __asm__("_ZN3WTF10StringImpl7destroyEPS0_");
// A new WTF::String (one reference, in *result) of UTF-8 bytes; NULL if they are not valid.
extern void apus_wtf_from_utf8(void **result, const uint8_t *bytes, size_t length)
    __asm__("_ZN3WTF6String8fromUTF8ESt4spanIKDuLm18446744073709551615EE");

// Whether the StringImpl layout above was checked on this engine build (engine_strings.c).
bool apus_string_layout_verified(void);
static const unsigned apus_string_flag_8bit = 1u << 2;

// Drops one reference to `impl`.
static inline void apus_impl_release(struct apus_string_impl *impl) {
    if (__atomic_sub_fetch(&impl->ref_count, 2u, __ATOMIC_ACQ_REL) == 0) apus_wtf_string_destroy(impl);
}
