// Declarations of JavaScriptCore functions that the library exports but its public headers omit.
#ifndef APUS_SHIMS_H
#define APUS_SHIMS_H
#include <JavaScriptCore/JavaScript.h>
#include <stddef.h>

void JSGlobalContextSetUnhandledRejectionCallback(JSGlobalContextRef ctx, JSObjectRef function, JSValueRef *exception);
void JSGlobalContextSetIncludesNativeCallStackWhenReportingExceptions(JSGlobalContextRef ctx, bool includesNativeCallStack);
void JSGlobalContextSetEvalEnabled(JSGlobalContextRef ctx, bool enabled, JSStringRef message);
typedef bool (*JSShouldTerminateCallback)(JSContextRef ctx, void *context);
void JSContextGroupSetExecutionTimeLimit(JSContextGroupRef group, double limit, JSShouldTerminateCallback callback, void *context);
void JSContextGroupClearExecutionTimeLimit(JSContextGroupRef group);
void JSLock(JSContextRef ctx);
void JSUnlock(JSContextRef ctx);
JSObjectRef JSObjectGetProxyTarget(JSObjectRef object);
JSObjectRef JSGetMemoryUsageStatistics(JSContextRef ctx);
void JSSynchronousGarbageCollectForDebugging(JSContextRef ctx);
void JSReportExtraMemoryCost(JSContextRef ctx, size_t size);

#include <stdint.h>
/// UTS #46 ToASCII for URL hosts; the length written to `output`, or -1 when the domain is invalid.
int32_t apus_idna_to_ascii(const uint16_t *input, int32_t length, uint16_t *output, int32_t capacity);
/// An ICU converter for the encoding `name` (NULL if ICU has none); a fatal one rejects bytes the
/// encoding does not map instead of decoding them as U+FFFD.
void *apus_icu_converter_open(const char *name, bool fatal);
void apus_icu_converter_close(void *converter);
/// Decodes bytes into a malloc'd UTF-16 buffer the caller frees; without `flush` an incomplete
/// sequence at the end waits for the next call. 0, or -1 for rejected bytes (converter reset).
int apus_icu_decode(void *converter, const uint8_t *bytes, size_t length, bool flush,
                    uint16_t **output, size_t *output_length);

/// A one-byte (Latin-1) engine string of `length` characters, written through `*characters`
/// before the string is used; NULL when it cannot be allocated.
JSStringRef apus_string_create_latin1(size_t length, uint8_t **characters);
/// A one-byte (Latin-1) engine string over `characters` without copying them: they must stay
/// unchanged for the life of the process (static data).
JSStringRef apus_string_create_static_latin1(const uint8_t *characters, size_t length);
/// The engine's own UTF-8 decoding of `bytes` (one-byte storage when every character fits);
/// NULL when the bytes are not valid UTF-8.
JSStringRef apus_string_create_utf8(const uint8_t *bytes, size_t length);
/// The JS string value of `string`, sharing its characters where this engine build allows it
/// (JSValueMakeString copies them); `string` must be one this thread made.
JSValueRef apus_string_value(JSContextRef ctx, JSStringRef string);
/// A function named `name` that runs `callback` as the engine's own host function (no lock
/// dropped, arguments read in place); NULL when this engine build's layout could not be
/// verified (use JSObjectMakeFunctionWithCallback).
JSObjectRef apus_host_function(JSContextRef ctx, JSStringRef name, JSObjectCallAsFunctionCallback callback);
/// One-byte string storage of `length` characters to fill through `*characters`, then turned
/// into a string value (which takes it over) by apus_latin1_storage_value; NULL when this
/// engine build's layout could not be verified (use apus_string_create_latin1) or for length 0.
void *apus_latin1_storage_create(size_t length, uint8_t **characters);
JSValueRef apus_latin1_storage_value(JSContextRef ctx, void *storage);
/// A string value's characters, read in place: `characters` is `length` Latin-1 bytes when
/// `latin1`, else UTF-16 units. Valid until apus_string_view_close.
struct apus_string_view { const void *characters; size_t length; bool latin1; void *impl; };
/// Opens a view of `value`; false when it is not a string or this engine build's layout could
/// not be verified (use JSValueToStringCopy).
bool apus_string_view_open(JSContextRef ctx, JSValueRef value, struct apus_string_view *view);
void apus_string_view_close(struct apus_string_view *view);
/// A promise's state: 0 pending, 1 fulfilled, 2 rejected (with `*result` its value or reason);
/// -1 when `object` is not a promise; -2 when this engine build's layout could not be verified.
int apus_promise_state(JSContextRef ctx, JSObjectRef object, JSValueRef *result);
/// 1 if a handler was ever attached to the promise (then, catch, await), 0 if not; -1 when
/// `object` is not a promise; -2 when this engine build's layout could not be verified.
int apus_promise_is_handled(JSContextRef ctx, JSObjectRef object);
/// The engine's type byte of an object's cell (JSType: one value per kind of engine object).
uint8_t apus_cell_type(JSObjectRef object);
/// Whether two objects have the same engine structure (same named properties and prototype).
bool apus_same_structure(JSObjectRef a, JSObjectRef b);
/// A proxy's handler (null once revoked); NULL if `object` is not a proxy or the engine's
/// layout does not match.
JSValueRef apus_proxy_handler(JSObjectRef object);
/// A Map (0) or Set (1) iterator's collection (NULL once exhausted) and kind (0 keys, 1 values,
/// 2 entries); -1 for other objects, -2 when this engine build's layout is not known.
int apus_collection_iterator_state(JSContextRef ctx, JSObjectRef iterator, JSObjectRef *collection, int *kind);
/// Moves `fresh`, a new iterator of the same kind over the same collection, to where
/// `original` stands; false when that cannot be done exactly.
bool apus_collection_iterator_align(JSObjectRef fresh, JSObjectRef original);
/// After TZ changed: the C library, ICU's default zone and the engine's date cache follow it.
/// False when the date cache could not be dropped now (it is at the next entry into JS).
bool apus_time_zone_changed(JSContextRef ctx);
/// The characters of a one-byte (Latin-1) string, read in place; NULL for a two-byte string.
/// Valid while `string` is retained.
const uint8_t *apus_string_latin1_characters(JSStringRef string, size_t *length);
/// The garbage-collected heap's size, capacity and extra memory in bytes, written to `out`;
/// 0 when this engine build's heap could not be located (use JSGetMemoryUsageStatistics).
int apus_heap_statistics(JSContextRef ctx, double out[3]);

/// 1 once apus_values_verify found the engine's value encoding as expected: the inline readers
/// below may then be used; 0 means use the C API.
extern int apus_values_encoded;
void apus_values_verify(JSContextRef ctx);
enum { apus_encoded_null = 0x2, apus_encoded_false = 0x6, apus_encoded_true = 0x7, apus_encoded_undefined = 0xa };
/// The number a value holds, read from its encoding; false when it is not a number (or the
/// encoding was not verified).
static inline bool apus_decode_number(JSValueRef value, double *number) {
    uint64_t bits = (uint64_t)(uintptr_t)value;
    const uint64_t number_tag = 0xfffe000000000000ull;
    if (!apus_values_encoded || (bits & number_tag) == 0) return false;
    if ((bits & number_tag) == number_tag) {
        *number = (double)(int32_t)(uint32_t)bits;
    } else {
        bits -= 1ull << 49;
        __builtin_memcpy(number, &bits, sizeof bits);
    }
    return true;
}
/// The value of a number, encoded as the engine does (an int32 when the number is one); only
/// once apus_values_encoded is 1.
static inline JSValueRef apus_encode_number(double number) {
    if (number >= -2147483648.0 && number <= 2147483647.0 && (double)(int32_t)number == number &&
        !(number == 0 && __builtin_signbit(number))) {
        return (JSValueRef)(uintptr_t)(0xfffe000000000000ull | (uint32_t)(int32_t)number);
    }
    uint64_t bits = 0x7ff8000000000000ull;   // the one NaN the engine uses
    if (number == number) __builtin_memcpy(&bits, &number, sizeof bits);
    return (JSValueRef)(uintptr_t)(bits + (1ull << 49));
}

/// The bytes of a typed array (a Buffer among them) read from its cell: 1 with `*data` and
/// `*length` (in bytes) set, or 0 for any other value, a detached or resizable one, or when the
/// layout was not verified (use the C API then). The pointer is valid during the current native call only: the array is not
/// pinned, so memory an asynchronous request writes into must come from the C API instead.
int apus_typed_array_bytes(JSContextRef ctx, JSValueRef value, uint8_t **data, size_t *length);

/// 1 when the value is undefined, 0 when not, -1 when the encoding was not verified.
static inline int apus_decode_undefined(JSValueRef value) {
    if (!apus_values_encoded) return -1;
    return (uint64_t)(uintptr_t)value == apus_encoded_undefined;
}

/// Evaluates a static ASCII program (its characters must live as long as the process), offering
/// the engine `bytecode` made for this exact text by apus_encode_program_bytecode (a mismatch
/// makes the engine compile the text as usual). `hash_word` is apus_source_hash_word of the text
/// (0 if unknown). NULL with *exception unset when this engine build's layout could not be
/// verified: evaluate the text some other way.
JSValueRef apus_evaluate_with_bytecode(JSContextRef ctx, const char *source, size_t length, JSStringRef url,
                                       uint32_t hash_word, const void *bytecode, size_t bytecode_length,
                                       uint32_t payload_kind, JSValueRef *exception);
/// The engine's hash of a one-byte text with its string flags, as its string would hold it once
/// hashed; 0 when the string layout is not the one expected.
uint32_t apus_source_hash_word(const char *source, size_t length);
/// How many times the engine asked for and took bytecode offered by apus_evaluate_with_bytecode.
size_t apus_bytecode_offers_taken(void);
/// The engine's bytecode for the program `source` with every function in it compiled, in
/// `*bytes` (malloc'd, `*size` bytes), and the payload kind to pass back with it; 0 on success.
int apus_encode_program_bytecode(JSContextRef ctx, const char *source, size_t length,
                                 uint8_t **bytes, size_t *size, uint32_t *payload_kind);
/// 32 bytes naming the engine build (its build id): bytecode made by another build is not used.
void apus_engine_identity(uint8_t identity[32]);

/// Makes calls of what is not a function or a constructor fail with V8's wording (see
/// engine_error_messages.c); call before the first context exists. 1 when done.
int apus_use_v8_call_messages(void);
/// Makes the engine's stack-overflow RangeError read as Node's (see engine_messages.c); call
/// before the first context is created. 1 when the engine's code was changed.
int apus_use_node_overflow_message(void);
/// `hook(error)` is called with each error the engine makes through the functions
/// engine_error_messages.c takes the place of, in the group of `ctx`, as it is made (the hook
/// gives it a V8-format stack); protected here for the life of the process.
void apus_set_engine_error_hook(JSContextRef ctx, JSObjectRef hook);

/// Fixes glibc's mmap and trim thresholds (bytes), which otherwise adapt to each free (see
/// Startup.keepFreedBufferPages); 1 when both were set.
int apus_set_malloc_thresholds(int mmap_threshold, int trim_threshold);

#endif
