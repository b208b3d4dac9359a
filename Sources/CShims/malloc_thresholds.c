// glibc's mallopt and its M_* names are not in the Swift Glibc module; this forwards them.
#include <malloc.h>
#include "apus_shims.h"

int apus_set_malloc_thresholds(int mmap_threshold, int trim_threshold) {
    return mallopt(M_MMAP_THRESHOLD, mmap_threshold) == 1 && mallopt(M_TRIM_THRESHOLD, trim_threshold) == 1;
}
