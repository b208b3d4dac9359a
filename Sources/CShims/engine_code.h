// Reading and changing the engine's machine code in this process (engine_messages.c,
// engine_timezone.c, engine_error_messages.c). A byte pattern that only looks like an
// instruction may point anywhere, so every address one yields is checked against the
// readable segments of the library before it is read.
#pragma once
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

// The readable loaded segments of one shared object.
struct apus_code_segments { uintptr_t start[8], end[8]; int count; };

// The segments of the loaded object that holds `inside`; false if there is none.
bool apus_code_segments_of(const void *inside, struct apus_code_segments *segments);
// Whether [at, at + length) lies in one of `segments`.
bool apus_code_in(const struct apus_code_segments *segments, const void *at, size_t length);
// The 32-bit displacement stored at `at`.
int32_t apus_code_disp32(const uint8_t *at);
// Where the `call rel32` / `jmp rel32` at `at` (opcode included, 5 bytes) goes.
const uint8_t *apus_code_branch_target(const uint8_t *at);
// What the PLT entry at `stub` (`jmp *disp32(%rip)`) jumps to, or NULL if `stub` is none or its
// slot lies outside `segments`.
const void *apus_code_plt_target(const struct apus_code_segments *segments, const uint8_t *stub);
// Writes `length` bytes over code at `at` (its pages made writable for the time of the write);
// false if they cannot be made writable. Only before any engine thread runs.
bool apus_write_code(void *at, const void *bytes, size_t length);
