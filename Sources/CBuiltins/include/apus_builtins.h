// The lib/ JavaScript sources compiled into the binary (see tools/gen-builtins.sh).
#ifndef APUS_BUILTINS_H
#define APUS_BUILTINS_H
#include <stddef.h>
typedef struct { const char *id; const char *source; size_t length; } apus_builtin;
size_t apus_builtins_count(void);
const apus_builtin *apus_builtin_at(size_t index);
/// SHA-256 (hex) of the embedded sources, wrapper and module ids included.
const char *apus_builtins_digest(void);
/// Every module id in table order, separated by commas.
const char *apus_builtin_id_list(void);
/// The ids outside internal/, in table order, separated by commas.
const char *apus_public_builtin_id_list(void);
/// The OpenSSL version of the build's headers ("" when there were none): process.versions.openssl.
const char *apus_openssl_version(void);
#endif
