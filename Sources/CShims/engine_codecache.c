// Bytecode for the embedded lib/ programs made once (at build time) and handed to the engine at
// start-up, so that it neither parses nor generates bytecode for them. The engine has a cache
// format and asks a program's source provider for it (SourceProvider::cachedBytecode, a virtual
// that returns nothing by default); the C API offers no provider that answers, so a C API
// script's provider gets a copy of its virtual table whose answer is the cached bytecode.
// Everything relied on is checked first, and any mismatch leaves the engine compiling as usual.
#define _GNU_SOURCE
#include "apus_shims.h"
#include "engine_string_impl.h"
#include <link.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

typedef struct OpaqueJSScript *JSScriptRef;
extern JSScriptRef JSScriptCreateReferencingImmortalASCIIText(JSContextGroupRef group, JSStringRef url,
    int startingLineNumber, const char *source, size_t length, JSStringRef *errorMessage, int *errorLine);
extern JSValueRef JSScriptEvaluate(JSContextRef ctx, JSScriptRef script, JSValueRef thisValue, JSValueRef *exception);
extern void JSScriptRelease(JSScriptRef script);
extern void apus_jsc_generate_program_bytecode(void **result, void *vm, const void *source, int *file, void *error)
    __asm__("_ZN3JSC23generateProgramBytecodeERNS_2VMERKNS_10SourceCodeERN3WTF14FileSystemImpl10FileHandleERNS_18BytecodeCacheErrorE");
extern bool apus_jsc_bytecode_error_is_valid(const void *error) __asm__("_ZNK3JSC18BytecodeCacheError7isValidEv");
extern void apus_jsc_source_provider_lock_impl(void) __asm__("_ZN3JSC14SourceProvider24lockUnderlyingBufferImplEv");
extern unsigned apus_wtf_string_hash(const void *impl) __asm__("_ZNK3WTF10StringImpl12hashSlowCaseEv");

// SourceProvider's virtual table: destructors (2), hash, source, cachedBytecode, cacheBytecode,
// updateCache, commitCachedBytecode, codeBlockHashConcurrently, lockUnderlyingBufferImpl,
// unlockUnderlyingBufferImpl. The table is copied with the two words before it.
enum { apus_slot_source = 3, apus_slot_cached_bytecode = 4, apus_slot_lock_impl = 9, apus_vtable_slots = 11 };
// The default cachedBytecode(): store a null RefPtr through the hidden result pointer, return it.
static const uint8_t apus_returns_null_ref[] = { 0x48, 0x89, 0xf8, 0x48, 0xc7, 0x07, 0x00, 0x00, 0x00, 0x00, 0xc3 };

// CachedBytecode as this engine lays it out (checked on the one the engine makes when it encodes):
// { reference count, size, payload { data, size, kind }, leaf executables, pending updates }.
// Ours are never freed: the reference count starts far above what the engine's references add.
struct apus_cached_bytecode { uint64_t ref_count, size; const void *data; uint64_t data_size, kind; uint64_t rest[11]; };

enum { apus_hash_shift = 8 };   // see engine_string_impl.h

// SourceCode: { provider, startOffset, endOffset, firstLine, startColumn }.
struct apus_source_code { void *provider; int start, end, first_line, start_column; };

static const char apus_placeholder_source[] = "0";
static int apus_state;                  // 0 unknown, 1 usable, -1 unusable
static void *apus_patched_vtable[apus_vtable_slots + 2];
static size_t apus_source_slot;         // word index of OpaqueJSScript's source string
static _Thread_local struct { const void *provider; struct apus_cached_bytecode *bytecode; } apus_offer;

static size_t apus_offers_taken;

static void **apus_offer_cached_bytecode(void **result, const void *provider) {
    *result = NULL;
    if (provider == apus_offer.provider && apus_offer.bytecode) {
        __atomic_add_fetch(&apus_offers_taken, 1, __ATOMIC_RELAXED);
        apus_offer.bytecode->ref_count++;
        *result = apus_offer.bytecode;
        apus_offer.bytecode = NULL;
    }
    return result;
}

// The provider's source() (vtable slot 3) starts by loading its string from `this`:
// `mov disp32(%rdi), %rax`. The displacement says where the field is, read from the code rather
// than found by dereferencing the object's words in turn (one of which need not be a pointer).
static size_t apus_find_source_slot(void **script, void **vtable, const char *characters, unsigned length) {
#if defined(__x86_64__)
    const uint8_t *code = vtable[apus_slot_source];
    if (code[0] != 0x48 || code[1] != 0x8b || code[2] != 0x87) return 0;
    int32_t displacement;
    memcpy(&displacement, code + 3, sizeof displacement);
    if (displacement <= 8 || displacement >= 512 || displacement % 8) return 0;
    size_t slot = (size_t)displacement / 8;
    const struct apus_string_impl *impl = script[slot];
    return impl && impl->characters == characters && impl->length == length ? slot : 0;
#else
    (void)script; (void)vtable; (void)characters; (void)length;
    return 0;
#endif
}

// Learns the provider's layout from a script over the placeholder text: the virtual table must
// hold the default cachedBytecode and the exported lockUnderlyingBufferImpl where expected, and the
// field source() reads must be the placeholder's string.
static int apus_prepare(JSContextGroupRef group) {
    if (apus_state) return apus_state;
    apus_state = -1;
    JSScriptRef script = JSScriptCreateReferencingImmortalASCIIText(group, NULL, 1, apus_placeholder_source, 1, NULL, NULL);
    if (!script) return apus_state;
    void **object = (void **)script;
    void **vtable = object[0];
    if (memcmp(vtable[apus_slot_cached_bytecode], apus_returns_null_ref, sizeof apus_returns_null_ref) == 0
        && vtable[apus_slot_lock_impl] == (void *)apus_jsc_source_provider_lock_impl
        && (apus_source_slot = apus_find_source_slot(object, vtable, apus_placeholder_source, 1))) {
        memcpy(apus_patched_vtable, vtable - 2, sizeof apus_patched_vtable);
        apus_patched_vtable[2 + apus_slot_cached_bytecode] = (void *)apus_offer_cached_bytecode;
        apus_state = 1;
    }
    JSScriptRelease(script);
    return apus_state;
}

uint32_t apus_source_hash_word(const char *source, size_t length) {
    struct apus_string_impl *text = NULL;
    if (length == 0) return 0;
    apus_wtf_create_without_copying8((void **)&text, (const uint8_t *)source, length);
    if (!text) return 0;
    uint32_t before = text->hash_and_flags;
    unsigned hash = apus_wtf_string_hash(text);
    uint32_t after = text->hash_and_flags;
    apus_impl_release(text);
    int as_expected = (before >> apus_hash_shift) == 0 && (after & ((1u << apus_hash_shift) - 1)) == before
        && (after >> apus_hash_shift) == hash && hash != 0;
    return as_expected ? after : 0;
}

JSValueRef apus_evaluate_with_bytecode(JSContextRef ctx, const char *source, size_t length, JSStringRef url,
                                       uint32_t hash_word, const void *bytecode, size_t bytecode_length,
                                       uint32_t payload_kind, JSValueRef *exception) {
    JSContextGroupRef group = JSContextGetGroup(ctx);
    if (apus_prepare(group) != 1 || length == 0 || length > INT32_MAX) return NULL;
    // A script over the one-character placeholder costs no parse worth counting (creating one
    // checks its syntax); the builtin's text then takes the placeholder's place.
    JSScriptRef script = JSScriptCreateReferencingImmortalASCIIText(group, url, 1, apus_placeholder_source, 1, NULL, NULL);
    if (!script) return NULL;
    void **object = (void **)script;
    struct apus_string_impl *text = NULL;
    apus_wtf_create_without_copying8((void **)&text, (const uint8_t *)source, length);
    struct apus_string_impl *placeholder = object[apus_source_slot];
    if (!text || placeholder->characters != apus_placeholder_source) { JSScriptRelease(script); return NULL; }
    // The engine hashes the whole text to look its bytecode up; the hash was taken at build time.
    if (hash_word && text->hash_and_flags == (hash_word & ((1u << apus_hash_shift) - 1))) text->hash_and_flags = hash_word;
    object[apus_source_slot] = text;
    apus_impl_release(placeholder);
    object[0] = apus_patched_vtable + 2;

    struct apus_cached_bytecode *cached = calloc(1, sizeof *cached);
    if (cached) {
        *cached = (struct apus_cached_bytecode){ .ref_count = 1u << 30, .size = bytecode_length, .data = bytecode,
                                                 .data_size = bytecode_length, .kind = payload_kind };
        apus_offer.provider = script;
        apus_offer.bytecode = cached;
    }
    JSValueRef result = JSScriptEvaluate(ctx, script, NULL, exception);
    // Not taken (the engine had the program already, or evaluation failed before asking).
    if (apus_offer.bytecode) free(apus_offer.bytecode);
    apus_offer.provider = NULL;
    apus_offer.bytecode = NULL;
    JSScriptRelease(script);
    if (!result && exception && !*exception) *exception = JSValueMakeUndefined(ctx);
    return result;
}

static int apus_encode_into(JSContextRef ctx, const char *source, size_t length, int fd, uint32_t *payload_kind) {
    JSContextGroupRef group = JSContextGetGroup(ctx);
    if (apus_prepare(group) != 1 || length > INT32_MAX) return -1;
    JSStringRef error_message = NULL;
    JSScriptRef script = JSScriptCreateReferencingImmortalASCIIText(group, NULL, 1, source, length, &error_message, NULL);
    if (error_message) JSStringRelease(error_message);
    if (!script) return -1;
    struct apus_source_code code = { script, 0, (int)length, 0, 0 };
    uint64_t error[64] = { 0 };   // BytecodeCacheError: a zeroed one holds no error
    struct apus_cached_bytecode *made = NULL;
    int file = fd;                // FileHandle is the descriptor alone
    // The group handle is the engine's VM.
    apus_jsc_generate_program_bytecode((void **)&made, (void *)group, &code, &file, error);
    int status = -1;
    struct stat info;
    if (made && !apus_jsc_bytecode_error_is_valid(error) && fstat(fd, &info) == 0
        && made->size == (uint64_t)info.st_size && made->data_size == made->size && (made->kind & 0xff) <= 1
        && made->data && made->ref_count >= 1) {
        *payload_kind = (uint32_t)(made->kind & 0xff);   // a one-byte tag; the rest is padding
        status = 0;
    }
    // The engine's CachedBytecode and the script stay alive: this runs once, in a process that
    // only builds the cache.
    return status;
}

size_t apus_bytecode_offers_taken(void) { return __atomic_load_n(&apus_offers_taken, __ATOMIC_RELAXED); }

int apus_encode_program_bytecode(JSContextRef ctx, const char *source, size_t length,
                                 uint8_t **bytes, size_t *size, uint32_t *payload_kind) {
    int fd = memfd_create("apus-bytecode", MFD_CLOEXEC);
    if (fd < 0) return -1;
    int status = apus_encode_into(ctx, source, length, fd, payload_kind);
    off_t end = status == 0 ? lseek(fd, 0, SEEK_END) : -1;
    *bytes = end > 0 ? malloc((size_t)end) : NULL;
    if (*bytes && pread(fd, *bytes, (size_t)end, 0) == end) {
        *size = (size_t)end;
    } else {
        free(*bytes);
        *bytes = NULL;
        status = -1;
    }
    close(fd);
    return status;
}

static int apus_find_build_id(struct dl_phdr_info *info, size_t size, void *data) {
    (void)size;
    uint8_t *out = data;
    uintptr_t probe = (uintptr_t)JSEvaluateScript;
    int contains = 0;
    for (int i = 0; i < info->dlpi_phnum; i++) {
        const ElfW(Phdr) *ph = &info->dlpi_phdr[i];
        uintptr_t start = info->dlpi_addr + ph->p_vaddr;
        if (ph->p_type == PT_LOAD && probe >= start && probe < start + ph->p_memsz) contains = 1;
    }
    if (!contains) return 0;
    for (int i = 0; i < info->dlpi_phnum; i++) {
        const ElfW(Phdr) *ph = &info->dlpi_phdr[i];
        if (ph->p_type != PT_NOTE) continue;
        const uint8_t *note = (const uint8_t *)(info->dlpi_addr + ph->p_vaddr);
        const uint8_t *end = note + ph->p_memsz;
        while (note + 12 <= end) {
            uint32_t name_size, desc_size, type;
            memcpy(&name_size, note, 4); memcpy(&desc_size, note + 4, 4); memcpy(&type, note + 8, 4);
            const uint8_t *name = note + 12;
            const uint8_t *desc = name + ((name_size + 3) & ~3u);
            if (desc + desc_size > end) break;
            if (type == NT_GNU_BUILD_ID && name_size == 4 && memcmp(name, "GNU", 4) == 0) {
                memcpy(out, desc, desc_size < 32 ? desc_size : 32);
                return 1;
            }
            note = desc + ((desc_size + 3) & ~3u);
        }
    }
    return 1;
}

// The engine checks its own bytecode format version when it decodes; the build id is what says
// the layouts learned when the cache was made still hold.
void apus_engine_identity(uint8_t identity[32]) {
    memset(identity, 0, 32);
    dl_iterate_phdr(apus_find_build_id, identity);
}
