// The helpers engine_code.h declares.
#define _GNU_SOURCE   // dl_iterate_phdr
#include "engine_code.h"
#include <link.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

struct apus_segment_search { const void *inside; struct apus_code_segments *segments; };

static int apus_collect_segments(struct dl_phdr_info *info, size_t size, void *data) {
    (void)size;
    struct apus_segment_search *search = data;
    struct apus_code_segments *segments = search->segments;
    segments->count = 0;
    bool holds = false;
    for (int i = 0; i < info->dlpi_phnum && segments->count < 8; i++) {
        const ElfW(Phdr) *segment = &info->dlpi_phdr[i];
        if (segment->p_type != PT_LOAD || !(segment->p_flags & PF_R)) continue;
        uintptr_t start = info->dlpi_addr + segment->p_vaddr, end = start + segment->p_memsz;
        segments->start[segments->count] = start;
        segments->end[segments->count] = end;
        segments->count++;
        if ((uintptr_t)search->inside >= start && (uintptr_t)search->inside < end) holds = true;
    }
    if (!holds) segments->count = 0;
    return holds;
}

bool apus_code_segments_of(const void *inside, struct apus_code_segments *segments) {
    struct apus_segment_search search = { inside, segments };
    segments->count = 0;
    return dl_iterate_phdr(apus_collect_segments, &search) != 0;
}

bool apus_code_in(const struct apus_code_segments *segments, const void *at, size_t length) {
    for (int i = 0; i < segments->count; i++) {
        if ((uintptr_t)at >= segments->start[i] && (uintptr_t)at + length <= segments->end[i]) return true;
    }
    return false;
}

int32_t apus_code_disp32(const uint8_t *at) {
    int32_t value;
    memcpy(&value, at, sizeof value);
    return value;
}

const uint8_t *apus_code_branch_target(const uint8_t *at) { return at + 5 + apus_code_disp32(at + 1); }

const void *apus_code_plt_target(const struct apus_code_segments *segments, const uint8_t *stub) {
    if (!apus_code_in(segments, stub, 6) || stub[0] != 0xff || stub[1] != 0x25) return NULL;
    const void *const *slot = (const void *const *)(stub + 6 + apus_code_disp32(stub + 2));
    return apus_code_in(segments, slot, sizeof *slot) ? *slot : NULL;
}

bool apus_write_code(void *at, const void *bytes, size_t length) {
    uintptr_t page = (uintptr_t)sysconf(_SC_PAGESIZE);
    uintptr_t first = (uintptr_t)at & ~(page - 1);
    size_t span = ((uintptr_t)at + length - first + page - 1) & ~(page - 1);
    if (mprotect((void *)first, span, PROT_READ | PROT_WRITE | PROT_EXEC) != 0) return false;
    memcpy(at, bytes, length);
    mprotect((void *)first, span, PROT_READ | PROT_EXEC);
    return true;
}
