#include <uv.h>

// Swift cannot call variadic C functions, and uv_loop_configure is one.
static inline int apus_uv_loop_enable_idle_time(uv_loop_t *loop) {
    return uv_loop_configure(loop, UV_METRICS_IDLE_TIME);
}
