#include <zlib.h>

// deflateInit2 and inflateInit2 are macros (they pass the library's version and the stream's
// size), which Swift cannot call.
static inline int apus_deflate_init(z_stream *stream, int level, int window_bits, int mem_level, int strategy) {
    return deflateInit2(stream, level, Z_DEFLATED, window_bits, mem_level, strategy);
}
static inline int apus_inflate_init(z_stream *stream, int window_bits) {
    return inflateInit2(stream, window_bits);
}
