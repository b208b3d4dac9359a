// C because ICU renames its functions with version-suffix macros that Swift cannot see.
//
// A new TZ reaches Date: the C library (tzset), ICU's default zone (which the engine's date
// cache builds on and ICU reads from TZ only once), and the engine's date cache. The engine
// drops that cache each time JavaScript is entered from outside; a change made by running
// code is seen at once only if the cache can be dropped now: JSC::DateCache lives inside the
// VM (the context group) at an offset its headers would give. The offset is read from the
// code that does the drop on entry: VMEntryScope::setUpSlow (exported) ends in a jump to a VM
// function that passes `&vm.dateCache` to DateCache::resetIfNecessarySlow (exported) as
// `lea disp32(%r14), %rdi; call <its PLT entry>`, after `mov %rdi, %r14`. Every byte of that
// path is checked, and the PLT entry must lead to the exported function; otherwise the change
// shows from the next entry.
#include "apus_shims.h"
#include "engine_code.h"
#include <string.h>
#include <time.h>
#include <unicode/ucal.h>

extern void apus_jsc_date_cache_reset(void *cache) __asm__("_ZN3JSC9DateCache20resetIfNecessarySlowEv");
extern void apus_jsc_entry_scope_setup_slow(void *scope) __asm__("_ZN3JSC12VMEntryScope9setUpSlowEv");

enum { apus_offset_unknown = -1, apus_offset_unusable = -2 };
static long apus_date_cache_offset = apus_offset_unknown;

static long apus_find_date_cache_offset(void) {
#if defined(__x86_64__)
    const uint8_t *entry = (const uint8_t *)(uintptr_t)&apus_jsc_entry_scope_setup_slow;
    const void *reset = (const void *)(uintptr_t)&apus_jsc_date_cache_reset;
    struct apus_code_segments segments;
    if (!apus_code_segments_of(entry, &segments) || !apus_code_in(&segments, entry, 160 + 8)) {
        return apus_offset_unusable;
    }
    for (int i = 0; i < 160; i++) {
        // The tail: add $8, %rsp; pop %rbx; pop %r14; jmp rel32.
        static const uint8_t tail[] = { 0x48, 0x83, 0xc4, 0x08, 0x5b, 0x41, 0x5e, 0xe9 };
        if (memcmp(entry + i, tail, sizeof tail) != 0) continue;
        const uint8_t *function = apus_code_branch_target(entry + i + 7);
        if (!apus_code_in(&segments, function, 96 + 8)) return apus_offset_unusable;
        for (int j = 0; j < 48; j++) {
            static const uint8_t keep_vm[] = { 0x49, 0x89, 0xfe };   // mov %rdi, %r14
            if (memcmp(function + j, keep_vm, sizeof keep_vm) != 0) continue;
            for (int k = j + 3; k < j + 48; k++) {
                static const uint8_t lea[] = { 0x49, 0x8d, 0xbe };   // lea disp32(%r14), %rdi
                if (memcmp(function + k, lea, sizeof lea) != 0 || function[k + 7] != 0xe8) continue;
                if (apus_code_plt_target(&segments, apus_code_branch_target(function + k + 7)) != reset) {
                    return apus_offset_unusable;
                }
                int32_t offset = apus_code_disp32(function + k + 3);
                return offset > 0 && offset < 0x100000 ? offset : apus_offset_unusable;
            }
            return apus_offset_unusable;
        }
        return apus_offset_unusable;
    }
#endif
    return apus_offset_unusable;
}

bool apus_time_zone_changed(JSContextRef ctx) {
    tzset();
    UErrorCode status = U_ZERO_ERROR;
    UChar zone[128];
    int32_t length = ucal_getHostTimeZone(zone, (int32_t)(sizeof zone / sizeof zone[0]), &status);
    if (U_SUCCESS(status) && length > 0 && length < (int32_t)(sizeof zone / sizeof zone[0])) {
        zone[length] = 0;
        status = U_ZERO_ERROR;
        ucal_setDefaultTimeZone(zone, &status);
    }
    if (apus_date_cache_offset == apus_offset_unknown) apus_date_cache_offset = apus_find_date_cache_offset();
    if (apus_date_cache_offset < 0) return false;
    apus_jsc_date_cache_reset((uint8_t *)(void *)JSContextGetGroup(ctx) + apus_date_cache_offset);
    return true;
}
