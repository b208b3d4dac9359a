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

#endif
