// WTF::StringImpl as the shims use it, and the exported entry points that make and free one:
// { refCount (in steps of 2; bit 0 marks a static string), length, characters, hash (upper 24
// bits) and flags (bit 2: one-byte storage) }. engine_strings.c checks the layout at start.
#pragma once
#include <stddef.h>
#include <stdint.h>

struct apus_string_impl { unsigned ref_count; unsigned length; const void *characters; unsigned hash_and_flags; };

extern void apus_wtf_create_without_copying8(void **result, const uint8_t *characters, size_t length)
    __asm__("_ZN3WTF10StringImpl28createWithoutCopyingNonEmptyESt4spanIKhLm18446744073709551615EE");
extern void apus_wtf_string_destroy(void *impl) __asm__("_ZN3WTF10StringImpl7destroyEPS0_");

// Drops one reference to `impl`.
static inline void apus_impl_release(struct apus_string_impl *impl) {
    if (__atomic_sub_fetch(&impl->ref_count, 2u, __ATOMIC_ACQ_REL) == 0) apus_wtf_string_destroy(impl);
}
