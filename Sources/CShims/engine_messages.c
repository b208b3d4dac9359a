// Node's wording for the stack-overflow RangeError, "Maximum call stack size exceeded": this
// engine's text adds a period, and programs and tests compare the message. The engine makes
// that error in two exported functions, createStackOverflowError and throwStackOverflowError;
// each loads the text as `lea text(%rip), %rsi` and its length as `mov $33, %edx` before making
// a string over it. This process's copy of those two instructions' length becomes 32, once,
// before the first context exists (no engine thread runs yet). Text or code that is not exactly
// as expected, or memory that cannot be made writable, leaves the engine as it is.
#include "apus_shims.h"
#include "engine_code.h"
#include <string.h>

extern void *apus_jsc_create_stack_overflow_error(void *global_object)
    __asm__("_ZN3JSC24createStackOverflowErrorEPNS_14JSGlobalObjectE");
extern void apus_jsc_throw_stack_overflow_error(void *global_object, void *scope)
    __asm__("_ZN3JSC23throwStackOverflowErrorEPNS_14JSGlobalObjectERNS_10ThrowScopeE");

static const char apus_engine_overflow_text[] = "Maximum call stack size exceeded.";

// x86-64 only: `48 8d 35 disp32` (lea disp32(%rip), %rsi) pointing at the text, then within 16
// bytes `ba 21 00 00 00` (mov $33, %edx); the address of that length byte, or NULL.
static uint8_t *apus_find_overflow_length(uint8_t *code) {
#if defined(__x86_64__)
    static const uint8_t length_load[5] = { 0xba, sizeof apus_engine_overflow_text - 1, 0, 0, 0 };
    struct apus_code_segments segments;
    if (!apus_code_segments_of(code, &segments) || !apus_code_in(&segments, code, 64 + 16)) return NULL;
    for (int i = 0; i + 7 <= 64; i++) {
        if (code[i] != 0x48 || code[i + 1] != 0x8d || code[i + 2] != 0x35) continue;
        const char *text = (const char *)(code + i + 7) + apus_code_disp32(code + i + 3);
        if (!apus_code_in(&segments, text, sizeof apus_engine_overflow_text)) continue;
        if (memcmp(text, apus_engine_overflow_text, sizeof apus_engine_overflow_text) != 0) continue;
        for (uint8_t *load = code + i + 7; load + 5 <= code + i + 7 + 16; load++) {
            if (memcmp(load, length_load, sizeof length_load) == 0) return load + 1;
        }
        return NULL;
    }
#endif
    return NULL;
}

static bool apus_write_code_byte(uint8_t *byte, uint8_t value) { return apus_write_code(byte, &value, 1); }

// Both makers or neither, so every overflow reads the same.
int apus_use_node_overflow_message(void) {
    static int changed = -1;
    if (changed >= 0) return changed;
    changed = 0;
    uint8_t *created = apus_find_overflow_length((uint8_t *)(uintptr_t)&apus_jsc_create_stack_overflow_error);
    uint8_t *thrown = apus_find_overflow_length((uint8_t *)(uintptr_t)&apus_jsc_throw_stack_overflow_error);
    if (!created || !thrown) return changed;
    uint8_t shorter = sizeof apus_engine_overflow_text - 2;
    if (!apus_write_code_byte(created, shorter)) return changed;
    if (!apus_write_code_byte(thrown, shorter)) {
        apus_write_code_byte(created, shorter + 1);
        return changed;
    }
    changed = 1;
    return changed;
}
