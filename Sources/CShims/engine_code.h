// Reading and changing the engine's machine code in this process (engine_messages.c).
#pragma once
#include <stdbool.h>
#include <stddef.h>

// Whether [start, start + length) lies in one readable loaded segment of a shared object: a byte
// pattern that only looks like an instruction may point anywhere.
bool apus_code_is_readable(const void *start, size_t length);
// Writes `length` bytes over code at `at` (its pages made writable for the time of the write);
// false if they cannot be made writable. Only before any engine thread runs.
bool apus_write_code(void *at, const void *bytes, size_t length);
