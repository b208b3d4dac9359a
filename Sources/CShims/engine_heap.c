// The garbage-collected heap's size, capacity and extra (external) memory without
// JSGetMemoryUsageStatistics, which also counts every live object by type: a walk of the whole
// heap (~20 ms with an empty program, more as the heap grows), where process.memoryUsage() must
// cost microseconds.
//
// The engine exports JSC::Heap::size(), capacity() and extraMemorySize(), but the Heap is a
// member of the VM (the context group) at an offset its headers would give. That offset is read
// from JSGetMemoryUsageStatistics' own code, whose first `lea disp32(base), reg` computes
// &vm.heap, and is trusted only after the three numbers it yields match that function's answer
// on this process's heap. Until then, or if they never match, callers use the slow function.
#include "apus_shims.h"
#include <string.h>

extern size_t apus_jsc_heap_size(void *heap) __asm__("_ZN3JSC4Heap4sizeEv");
extern size_t apus_jsc_heap_capacity(void *heap) __asm__("_ZN3JSC4Heap8capacityEv");
extern size_t apus_jsc_heap_extra_memory_size(void *heap) __asm__("_ZN3JSC4Heap15extraMemorySizeEv");

enum { apus_heap_unknown = -1, apus_heap_unusable = -2 };
static long apus_heap_offset = apus_heap_unknown;
static int apus_heap_checks_left = 3;

// x86-64 only: REX.W (0x48-0x4f with W) 0x8d, ModRM with mod 10 and no SIB byte, disp32.
static long apus_find_heap_offset(void) {
#if defined(__x86_64__)
    const uint8_t *code = (const uint8_t *)(uintptr_t)&JSGetMemoryUsageStatistics;
    for (int i = 0; i + 7 <= 96; i++) {
        uint8_t rex = code[i], modrm = code[i + 2];
        if ((rex & 0xf8) != 0x48 || code[i + 1] != 0x8d) continue;
        if ((modrm & 0xc0) != 0x80 || (modrm & 0x07) == 0x04) continue;
        int32_t displacement;
        memcpy(&displacement, code + i + 3, sizeof displacement);
        return displacement > 0 && displacement < 0x1000 ? displacement : apus_heap_unusable;
    }
#endif
    return apus_heap_unusable;
}

static double apus_number_property(JSContextRef ctx, JSObjectRef object, const char *name) {
    JSStringRef key = JSStringCreateWithUTF8CString(name);
    JSValueRef value = JSObjectGetProperty(ctx, object, key, NULL);
    JSStringRelease(key);
    return value != NULL && JSValueIsNumber(ctx, value) ? JSValueToNumber(ctx, value, NULL) : -1;
}

static void apus_read_heap(void *heap, double out[3]) {
    out[0] = (double)apus_jsc_heap_size(heap);
    out[1] = (double)apus_jsc_heap_capacity(heap);
    out[2] = (double)apus_jsc_heap_extra_memory_size(heap);
}

int apus_heap_statistics(JSContextRef ctx, double out[3]) {
    if (apus_heap_offset == apus_heap_unknown) apus_heap_offset = apus_find_heap_offset();
    if (apus_heap_offset == apus_heap_unusable) return 0;
    void *heap = (uint8_t *)(void *)JSContextGetGroup(ctx) + apus_heap_offset;
    if (apus_heap_checks_left == 0) {
        apus_read_heap(heap, out);
        return 1;
    }
    // The check: the slow answer must lie between two fast readings taken around it (the slow
    // function allocates its result objects, so the heap may grow a little in between).
    double before[3], after[3];
    apus_read_heap(heap, before);
    JSObjectRef statistics = JSGetMemoryUsageStatistics(ctx);
    apus_read_heap(heap, after);
    if (statistics == NULL) return 0;
    const char *names[3] = { "heapSize", "heapCapacity", "extraMemorySize" };
    for (int i = 0; i < 3; i++) {
        double slow = apus_number_property(ctx, statistics, names[i]);
        double low = before[i] < after[i] ? before[i] : after[i];
        double high = before[i] < after[i] ? after[i] : before[i];
        out[i] = slow;
        if (slow < low || slow > high) {
            if (--apus_heap_checks_left <= 0) apus_heap_offset = apus_heap_unusable;
            return 1;
        }
    }
    apus_heap_checks_left = 0;
    return 1;
}
