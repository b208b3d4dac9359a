// Reading and making numbers, booleans, null and undefined straight from and as JSValueRefs,
// without an engine call (each takes the engine lock: ~30 ns). On 64-bit builds a JSValueRef is
// the engine's encoded value: an int32 is 0xfffe << 48 | the integer, a double is its bits plus
// 1 << 49, undefined is 0xa, null 0x2, false 0x6, true 0x7. The encoding is checked once, at
// start, against values the C API makes; on any mismatch apus_values_encoded stays 0 and callers
// use the C API.
#include "apus_shims.h"
#include <string.h>

int apus_values_encoded = 0;

static int apus_check_number(JSContextRef ctx, double number) {
    JSValueRef made = JSValueMakeNumber(ctx, number);
    double decoded;
    return apus_decode_number(made, &decoded) && decoded == number && apus_encode_number(number) == made &&
        __builtin_signbit(decoded) == __builtin_signbit(number);
}

void apus_values_verify(JSContextRef ctx) {
    if (sizeof(void *) != 8) return;
    apus_values_encoded = 1;
    int ok = (uint64_t)(uintptr_t)JSValueMakeNumber(ctx, 42) == 0xfffe00000000002aull &&
        (uint64_t)(uintptr_t)JSValueMakeUndefined(ctx) == apus_encoded_undefined &&
        (uint64_t)(uintptr_t)JSValueMakeNull(ctx) == apus_encoded_null &&
        (uint64_t)(uintptr_t)JSValueMakeBoolean(ctx, false) == apus_encoded_false &&
        (uint64_t)(uintptr_t)JSValueMakeBoolean(ctx, true) == apus_encoded_true &&
        apus_check_number(ctx, 1.5) && apus_check_number(ctx, -0.0) && apus_check_number(ctx, 1e300) &&
        apus_check_number(ctx, -2147483648.0) && apus_check_number(ctx, 4294967296.0);
    double nan;
    ok = ok && apus_decode_number(JSValueMakeNumber(ctx, __builtin_nan("")), &nan) && nan != nan &&
        apus_encode_number(__builtin_nan("")) == JSValueMakeNumber(ctx, __builtin_nan("")) &&
        apus_check_number(ctx, -1) && apus_check_number(ctx, 2147483648.0) && apus_check_number(ctx, 0) &&
        apus_check_number(ctx, 1.0 / 0.0) && apus_check_number(ctx, -1.0 / 0.0) && apus_check_number(ctx, 5e-324);
    JSObjectRef object = JSObjectMake(ctx, NULL, NULL);
    JSStringRef text = JSStringCreateWithUTF8CString("1");
    double unused;
    ok = ok && !apus_decode_number(object, &unused) && !apus_decode_number(JSValueMakeString(ctx, text), &unused) &&
        !apus_decode_number(JSValueMakeNull(ctx), &unused) && !apus_decode_number(JSValueMakeUndefined(ctx), &unused);
    JSStringRelease(text);
    apus_values_encoded = ok;
}
