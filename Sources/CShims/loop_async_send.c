// uv_async_send, for libuv 1.44 (the version Debian ships). That version marks a handle "being
// sent" (pending = 1) across its eventfd write and "sent" (2) after it, and the loop thread,
// woken by that very write, spins (about a thousand pauses, then a yield) while the mark is 1. On
// a machine with few CPUs the woken loop thread often preempts the sender right after the write,
// and then spins once per thread-pool completion (every fs request). The thread pool calls
// uv_async_send through the PLT, so this definition takes its place: the handle goes straight to
// "sent" before the write, the loop finds nothing to wait for, and a wakeup that finds the work
// already done is harmless. Every other libuv version keeps its own (dlsym RTLD_NEXT).
#define _GNU_SOURCE
#include <uv.h>
#include <dlfcn.h>
#include <errno.h>
#include <pthread.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <unistd.h>

typedef int (*apus_async_sender)(uv_async_t *handle);

static apus_async_sender apus_libuv_async_send;
static bool apus_async_send_replaced;
static pthread_once_t apus_async_send_once = PTHREAD_ONCE_INIT;

static void apus_async_send_choose(void) {
    apus_libuv_async_send = (apus_async_sender)dlsym(RTLD_NEXT, "uv_async_send");
    // Must match the pending-mark protocol of libuv 1.44.x (src/unix/async.c there).
    apus_async_send_replaced = (uv_version() >> 8) == ((1u << 8) | 44u) || apus_libuv_async_send == NULL;
}

__attribute__((visibility("default"), used)) int apus_uv_async_send(uv_async_t *handle) __asm__("uv_async_send");
int apus_uv_async_send(uv_async_t *handle) {
    pthread_once(&apus_async_send_once, apus_async_send_choose);
    if (!apus_async_send_replaced) return apus_libuv_async_send(handle);
    // Already marked: its sender's write wakes the loop, or already has.
    if (__atomic_load_n(&handle->pending, __ATOMIC_RELAXED) != 0) return 0;
    int unmarked = 0;
    if (!__atomic_compare_exchange_n(&handle->pending, &unmarked, 2, false, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST)) {
        return 0;
    }
    // The loop's wakeup descriptor, written as libuv 1.44 writes it: 8 bytes to its eventfd, or
    // one byte to the pipe it falls back to.
    uv_loop_t *loop = handle->loop;
    static const uint64_t one = 1;
    const void *bytes = "";
    size_t length = 1;
    int fd = loop->async_wfd;
    if (fd == -1) {
        bytes = &one;
        length = sizeof one;
        fd = loop->async_io_watcher.fd;
    }
    ssize_t written;
    do {
        written = write(fd, bytes, length);
    } while (written == -1 && errno == EINTR);
    // A full eventfd or pipe already has a wakeup waiting.
    if (written == (ssize_t)length || (written == -1 && (errno == EAGAIN || errno == EWOULDBLOCK))) return 0;
    abort();   // as libuv: a loop that cannot be woken would hang
}
