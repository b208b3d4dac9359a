// C because ICU renames its functions with version-suffix macros that Swift cannot see.
#include "apus_shims.h"
#include <stdlib.h>
#include <unicode/ucnv.h>
#include <unicode/ucnv_cb.h>
#include <unicode/ucnv_err.h>

// What a converter does with bytes its encoding does not map: U+FFFD, as the Encoding Standard
// says (ICU's own substitute is U+001A for encodings whose substitution byte is 0x1A), or an
// error when fatal. gb18030's lone 0x80 is U+20AC in the Encoding Standard, not an error.
enum { apus_decode_fatal = 1, apus_decode_gb18030 = 2 };

static void apus_icu_unmapped(const void *context, UConverterToUnicodeArgs *args, const char *units,
                              int32_t length, UConverterCallbackReason reason, UErrorCode *status) {
    if (reason != UCNV_UNASSIGNED && reason != UCNV_ILLEGAL && reason != UCNV_IRREGULAR) return;
    uintptr_t flags = (uintptr_t)context;
    UChar replacement = 0xfffd;
    if ((flags & apus_decode_gb18030) && length == 1 && (uint8_t)units[0] == 0x80) replacement = 0x20ac;
    else if (flags & apus_decode_fatal) return;   // the error stands: decoding stops
    *status = U_ZERO_ERROR;
    ucnv_cbToUWriteUChars(args, &replacement, 1, 0, status);
}

void *apus_icu_converter_open(const char *name, bool fatal) {
    UErrorCode status = U_ZERO_ERROR;
    UConverter *converter = ucnv_open(name, &status);
    if (U_FAILURE(status)) return NULL;
    uintptr_t flags = (fatal ? apus_decode_fatal : 0) |
        (ucnv_compareNames(name, "gb18030") == 0 ? apus_decode_gb18030 : 0);
    ucnv_setToUCallBack(converter, apus_icu_unmapped, (const void *)flags, NULL, NULL, &status);
    if (U_FAILURE(status)) {
        ucnv_close(converter);
        return NULL;
    }
    return converter;
}

void apus_icu_converter_close(void *converter) { ucnv_close(converter); }

// Decodes `length` bytes into a malloc'd UTF-16 buffer (*output, *output_length; the caller
// frees it). Without `flush` the converter keeps an incomplete sequence at the end for the
// next call. Returns 0, or -1 for bytes a fatal converter rejects (or a failure of ICU's);
// the converter is then reset.
int apus_icu_decode(void *converter, const uint8_t *bytes, size_t length, bool flush,
                    uint16_t **output, size_t *output_length) {
    static const uint8_t nothing = 0;
    if (bytes == NULL) bytes = &nothing;
    size_t capacity = 2 * length + 16;
    UChar *buffer = malloc(capacity * sizeof(UChar));
    if (buffer == NULL) return -1;
    const char *source = (const char *)bytes, *source_end = source + length;
    UChar *target = buffer;
    for (;;) {
        UErrorCode status = U_ZERO_ERROR;
        ucnv_toUnicode(converter, &target, buffer + capacity, &source, source_end, NULL, flush, &status);
        if (status == U_BUFFER_OVERFLOW_ERROR) {
            size_t used = (size_t)(target - buffer);
            capacity *= 2;
            UChar *grown = realloc(buffer, capacity * sizeof(UChar));
            if (grown == NULL) break;
            buffer = grown;
            target = buffer + used;
            continue;
        }
        if (U_FAILURE(status)) break;
        *output = (uint16_t *)buffer;
        *output_length = (size_t)(target - buffer);
        return 0;
    }
    free(buffer);
    ucnv_reset(converter);
    return -1;
}
