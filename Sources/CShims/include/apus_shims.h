// Declarations of JavaScriptCore functions that the library exports but its public headers omit.
#ifndef APUS_SHIMS_H
#define APUS_SHIMS_H
#include <JavaScriptCore/JavaScript.h>
#include <stddef.h>

void JSGlobalContextSetUnhandledRejectionCallback(JSGlobalContextRef ctx, JSObjectRef function, JSValueRef *exception);
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

/// A one-byte (Latin-1) engine string of `length` characters, written through `*characters`
/// before the string is used; NULL when it cannot be allocated.
JSStringRef apus_string_create_latin1(size_t length, uint8_t **characters);
/// A one-byte (Latin-1) engine string over `characters` without copying them: they must stay
/// unchanged for the life of the process (static data).
JSStringRef apus_string_create_static_latin1(const uint8_t *characters, size_t length);
/// The engine's own UTF-8 decoding of `bytes` (one-byte storage when every character fits);
/// NULL when the bytes are not valid UTF-8.
JSStringRef apus_string_create_utf8(const uint8_t *bytes, size_t length);
/// A promise's state: 0 pending, 1 fulfilled, 2 rejected (with `*result` its value or reason);
/// -1 when `object` is not a promise; -2 when this engine build's layout could not be verified.
int apus_promise_state(JSContextRef ctx, JSObjectRef object, JSValueRef *result);
/// The engine's type byte of an object's cell (JSType: one value per kind of engine object).
uint8_t apus_cell_type(JSObjectRef object);
/// Whether two objects have the same engine structure (same named properties and prototype).
bool apus_same_structure(JSObjectRef a, JSObjectRef b);
/// A proxy's handler (null once revoked); NULL if `object` is not a proxy or the engine's
/// layout does not match.
JSValueRef apus_proxy_handler(JSObjectRef object);
/// The characters of a one-byte (Latin-1) string, read in place; NULL for a two-byte string.
/// Valid while `string` is retained.
const uint8_t *apus_string_latin1_characters(JSStringRef string, size_t *length);
/// The garbage-collected heap's size, capacity and extra memory in bytes, written to `out`;
/// 0 when this engine build's heap could not be located (use JSGetMemoryUsageStatistics).
int apus_heap_statistics(JSContextRef ctx, double out[3]);

#endif
