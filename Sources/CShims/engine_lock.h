// The engine's lock for the shims that call its C++ entry points directly: the C API takes it in
// every call, and native callbacks run with it dropped. A JSLockHolder is one pointer; the
// storage here leaves room to spare.
#pragma once

extern void apus_jsc_lock(void *holder, void *vm) __asm__("_ZN3JSC12JSLockHolderC1ERNS_2VME");
extern void apus_jsc_unlock(void *holder) __asm__("_ZN3JSC12JSLockHolderD1Ev");
struct apus_lock_holder { void *words[4]; };
