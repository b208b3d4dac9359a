// The bytes of a typed array (every Buffer is one) read from the engine's cell, without the four
// C API calls (each taking the engine lock) that ask for its type, data, offset and length.
//
// The engine's typed array view keeps, after the object header, a pointer to its first byte
// (the "vector"), its length and a mode byte telling how the bytes are held. Their offsets are
// learned once from views the C API makes over memory of known address (one at offset 0, one
// at offset 3), and the mode byte from arrays in each of the three plain modes (small, large,
// over an ArrayBuffer) against one over a resizable buffer, whose length the cell does not hold
// as it is. Each kind's type byte and element size come from one array of each kind, and a
// Float64Array over the known memory checks that the length counts elements. Only a typed array
// in one of the plain modes, with a vector, is answered here; every other value (DataView
// included) goes to the C API, as does everything when the learning does not find one
// consistent layout.
#include "apus_shims.h"
#include <string.h>

enum { apus_views_unknown = -1, apus_views_unusable = 0, apus_views_usable = 1 };
static int apus_views_state = apus_views_unknown;
// Element size by cell type byte; 0 for cells that are not typed arrays.
static uint8_t apus_element_size[256];
static size_t apus_vector_offset, apus_length_offset, apus_mode_offset;
static uint8_t apus_plain_modes[3];
// The memory the learning views are made over; never written.
static uint8_t apus_learning_bytes[64];

static uint64_t apus_word(JSObjectRef cell, size_t offset) {
    uint64_t word;
    memcpy(&word, (const uint8_t *)cell + offset, sizeof word);
    return word;
}

static JSObjectRef apus_evaluate_object(JSContextRef ctx, const char *source) {
    JSStringRef script = JSStringCreateWithUTF8CString(source);
    JSValueRef exception = NULL;
    JSValueRef value = JSEvaluateScript(ctx, script, NULL, NULL, 1, &exception);
    JSStringRelease(script);
    if (exception != NULL || value == NULL || !JSValueIsObject(ctx, value)) return NULL;
    return JSValueToObject(ctx, value, NULL);
}

static int apus_learn_views(JSContextRef ctx) {
    JSValueRef exception = NULL;
    JSObjectRef buffer = JSObjectMakeArrayBufferWithBytesNoCopy(ctx, apus_learning_bytes, sizeof apus_learning_bytes,
                                                                NULL, NULL, &exception);
    if (buffer == NULL || exception != NULL) return apus_views_unusable;
    JSObjectRef whole = JSObjectMakeTypedArrayWithArrayBufferAndOffset(ctx, kJSTypedArrayTypeUint8Array, buffer, 0, 64, &exception);
    JSObjectRef part = JSObjectMakeTypedArrayWithArrayBufferAndOffset(ctx, kJSTypedArrayTypeUint8Array, buffer, 3, 5, &exception);
    // Made by a script: the C API gives every typed array an ArrayBuffer of its own at once.
    JSObjectRef small = apus_evaluate_object(ctx, "new Uint8Array(16)");
    JSObjectRef large = apus_evaluate_object(ctx, "new Uint8Array(4096)");
    JSObjectRef scripted = apus_evaluate_object(ctx, "new Uint8Array(new ArrayBuffer(64), 3, 5)");
    JSObjectRef resizable = apus_evaluate_object(ctx, "new Uint8Array(new ArrayBuffer(8, { maxByteLength: 16 }))");
    JSObjectRef wide = JSObjectMakeTypedArray(ctx, kJSTypedArrayTypeUint16Array, 16, &exception);
    if (whole == NULL || part == NULL || small == NULL || large == NULL || scripted == NULL || resizable == NULL ||
        wide == NULL) {
        return apus_views_unusable;
    }
    uint8_t type = apus_cell_type(whole);
    if (apus_cell_type(part) != type || apus_cell_type(small) != type || apus_cell_type(large) != type ||
        apus_cell_type(scripted) != type || apus_cell_type(resizable) != type || apus_cell_type(wide) == type) {
        return apus_views_unusable;
    }
    // Words after the cell header (8) and butterfly (8).
    size_t vector = 0, length = 0;
    uint64_t base = (uint64_t)(uintptr_t)apus_learning_bytes;
    for (size_t offset = 16; offset <= 48; offset += 8) {
        if (!vector && apus_word(whole, offset) == base && apus_word(part, offset) == base + 3) vector = offset;
        if (!length && apus_word(whole, offset) == 64 && apus_word(part, offset) == 5 &&
            apus_word(small, offset) == 16 && apus_word(large, offset) == 4096 && apus_word(scripted, offset) == 5) {
            length = offset;
        }
    }
    if (!vector || !length) return apus_views_unusable;
    // The mode: one byte after the length, the same in both views over the buffer, different
    // in the small and the large array, and different again over a resizable buffer.
    size_t mode = 0;
    for (size_t offset = length + 8; offset < 64 && !mode; offset++) {
        const uint8_t *w = (const uint8_t *)whole, *p = (const uint8_t *)part;
        const uint8_t *s = (const uint8_t *)small, *l = (const uint8_t *)large, *r = (const uint8_t *)resizable;
        const uint8_t *j = (const uint8_t *)scripted;
        if (w[offset] != p[offset] || w[offset] != j[offset]) continue;
        if (w[offset] == s[offset] || w[offset] == l[offset] || s[offset] == l[offset]) continue;
        if (r[offset] == w[offset] || r[offset] == s[offset] || r[offset] == l[offset]) continue;
        mode = offset;
        apus_plain_modes[0] = s[offset];
        apus_plain_modes[1] = l[offset];
        apus_plain_modes[2] = w[offset];
    }
    if (!mode) return apus_views_unusable;
    static const struct { JSTypedArrayType kind; uint8_t size; } kinds[] = {
        { kJSTypedArrayTypeInt8Array, 1 }, { kJSTypedArrayTypeInt16Array, 2 }, { kJSTypedArrayTypeInt32Array, 4 },
        { kJSTypedArrayTypeUint8Array, 1 }, { kJSTypedArrayTypeUint8ClampedArray, 1 },
        { kJSTypedArrayTypeUint16Array, 2 }, { kJSTypedArrayTypeUint32Array, 4 },
        { kJSTypedArrayTypeFloat32Array, 4 }, { kJSTypedArrayTypeFloat64Array, 8 },
        { kJSTypedArrayTypeBigInt64Array, 8 }, { kJSTypedArrayTypeBigUint64Array, 8 },
    };
    uint8_t sizes[256] = { 0 };
    for (size_t k = 0; k < sizeof kinds / sizeof kinds[0]; k++) {
        JSObjectRef sample = JSObjectMakeTypedArray(ctx, kinds[k].kind, 1, &exception);
        if (sample == NULL) return apus_views_unusable;
        uint8_t byte = apus_cell_type(sample);
        if (sizes[byte] != 0) return apus_views_unusable;   // two kinds sharing one byte
        sizes[byte] = kinds[k].size;
    }
    if (sizes[type] != 1 || sizes[apus_cell_type(buffer)] != 0) return apus_views_unusable;
    JSObjectRef doubles = JSObjectMakeTypedArrayWithArrayBufferAndOffset(ctx, kJSTypedArrayTypeFloat64Array, buffer, 8, 3,
                                                                         &exception);
    if (doubles == NULL || sizes[apus_cell_type(doubles)] != 8 || apus_word(doubles, vector) != base + 8 ||
        apus_word(doubles, length) != 3 || ((const uint8_t *)doubles)[mode] != ((const uint8_t *)whole)[mode]) {
        return apus_views_unusable;
    }
    memcpy(apus_element_size, sizes, sizeof sizes);
    apus_vector_offset = vector;
    apus_length_offset = length;
    apus_mode_offset = mode;
    return apus_views_usable;
}

int apus_typed_array_bytes(JSContextRef ctx, JSValueRef value, uint8_t **data, size_t *length) {
    if (apus_views_state == apus_views_unknown) {
        apus_views_state = apus_values_encoded ? apus_learn_views(ctx) : apus_views_unusable;
    }
    if (apus_views_state != apus_views_usable) return 0;
    uint64_t bits = (uint64_t)(uintptr_t)value;
    if (bits == 0 || (bits & 0xfffe000000000002ull) != 0) return 0;   // not a cell
    JSObjectRef cell = (JSObjectRef)value;
    uint8_t elementSize = apus_element_size[apus_cell_type(cell)];
    if (elementSize == 0) return 0;
    uint8_t mode = ((const uint8_t *)cell)[apus_mode_offset];
    if (mode != apus_plain_modes[0] && mode != apus_plain_modes[1] && mode != apus_plain_modes[2]) return 0;
    uint64_t vector = apus_word(cell, apus_vector_offset);
    if (vector == 0) return 0;   // detached: the C API says so
    *data = (uint8_t *)(uintptr_t)vector;
    *length = (size_t)apus_word(cell, apus_length_offset) * elementSize;
    return 1;
}
