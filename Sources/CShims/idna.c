// C because ICU renames its functions with version-suffix macros that Swift cannot see.
#include "apus_shims.h"
#include <unicode/uidna.h>

// UTS #46 ToASCII with the URL Standard's settings (CheckBidi, CheckJoiners, nontransitional);
// hyphen placement, empty labels and DNS lengths are not errors for URLs.
int32_t apus_idna_to_ascii(const uint16_t *input, int32_t length, uint16_t *output, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    static UIDNA *idna = NULL;
    if (idna == NULL) {
        idna = uidna_openUTS46(UIDNA_CHECK_BIDI | UIDNA_CHECK_CONTEXTJ | UIDNA_NONTRANSITIONAL_TO_ASCII |
                               UIDNA_NONTRANSITIONAL_TO_UNICODE, &status);
        if (U_FAILURE(status)) { idna = NULL; return -1; }
    }
    UIDNAInfo info = UIDNA_INFO_INITIALIZER;
    int32_t written = uidna_nameToASCII(idna, (const UChar *)input, length, (UChar *)output, capacity, &info, &status);
    if (U_FAILURE(status)) return -1;
    uint32_t ignored = UIDNA_ERROR_EMPTY_LABEL | UIDNA_ERROR_LABEL_TOO_LONG | UIDNA_ERROR_DOMAIN_NAME_TOO_LONG |
        UIDNA_ERROR_LEADING_HYPHEN | UIDNA_ERROR_TRAILING_HYPHEN | UIDNA_ERROR_HYPHEN_3_4;
    if ((info.errors & ~ignored) != 0) return -1;
    return written;
}
