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

#endif
