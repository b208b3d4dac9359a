// Where a Map or Set iterator stands, for util.inspect's preview of the entries it has left,
// which the C API cannot tell without advancing it.
//
// The engine's collection iterators keep four internal fields after the object header (cell
// word, butterfly): the entry index, the iterated collection, the collection's storage (a
// sentinel once done) and the kind (0 keys, 1 values, 2 entries). The layout is learned once
// from iterators made for the purpose, each field checked against what must be there (the map
// itself, index 0 then 1 after one step, the three kinds, one storage for all, another once
// exhausted); on any mismatch it is never used. A preview then makes a fresh iterator of the
// same kind over the same collection and, when both share the same storage, gives it the
// original's index (an integer: no cell pointer is written): the fresh one yields exactly the
// entries the original has left, and stepping it leaves the original as it was. An original
// whose collection got new storage since it last moved is previewed only if it has not started.
#include "apus_shims.h"
#include <string.h>

enum { apus_field_entry = 0, apus_field_iterated, apus_field_storage, apus_field_kind };
static const uint64_t apus_int32_tag = 0xfffe000000000000ull;
static const uint64_t apus_not_cell_mask = 0xfffe000000000002ull;

typedef struct {
    int learned;          // 0 not yet, 1 usable, -1 unusable
    uint8_t map_type, set_type;
    uint64_t done_storage[2];   // map, set
} apus_iterator_layout;
static apus_iterator_layout apus_iterators;

static uint64_t apus_field(JSObjectRef object, int field) {
    uint64_t word;
    memcpy(&word, (const uint8_t *)object + 16 + 8 * field, sizeof word);
    return word;
}

static uint64_t apus_int32(int value) { return apus_int32_tag | (uint32_t)value; }
static int apus_is_cell(uint64_t word) { return word != 0 && (word & apus_not_cell_mask) == 0; }

static JSObjectRef apus_element(JSContextRef ctx, JSObjectRef array, unsigned index) {
    JSValueRef value = JSObjectGetPropertyAtIndex(ctx, array, index, NULL);
    return value != NULL && JSValueIsObject(ctx, value) ? (JSObjectRef)value : NULL;
}

// One collection's iterators: `its` are keys/values/entries (or values/values/entries for a
// Set), `stepped` an entries iterator after one step, `done` one exhausted.
static int apus_check_iterators(JSObjectRef collection, JSObjectRef its[3], int kinds[3], JSObjectRef stepped,
                                JSObjectRef done, uint8_t *type, uint64_t *done_storage) {
    *type = apus_cell_type(its[0]);
    uint64_t storage = apus_field(its[0], apus_field_storage);
    if (!apus_is_cell(storage)) return 0;
    for (int i = 0; i < 3; i++) {
        if (apus_cell_type(its[i]) != *type) return 0;
        if (apus_field(its[i], apus_field_iterated) != (uint64_t)(uintptr_t)collection) return 0;
        if (apus_field(its[i], apus_field_entry) != apus_int32(0)) return 0;
        if (apus_field(its[i], apus_field_kind) != apus_int32(kinds[i])) return 0;
        if (apus_field(its[i], apus_field_storage) != storage) return 0;
    }
    if (apus_cell_type(stepped) != *type || apus_field(stepped, apus_field_entry) != apus_int32(1) ||
        apus_field(stepped, apus_field_storage) != storage || apus_field(stepped, apus_field_kind) != apus_int32(2)) {
        return 0;
    }
    *done_storage = apus_field(done, apus_field_storage);
    return apus_cell_type(done) == *type && apus_is_cell(*done_storage) && *done_storage != storage;
}

static int apus_learn_iterators(JSContextRef ctx) {
    JSStringRef source = JSStringCreateWithUTF8CString(
        "(() => { const m = new Map([[1, 1], [2, 2], [3, 3]]), s = new Set([1, 2, 3]);"
        " const step = (it, n) => { for (let i = 0; i < n; i++) it.next(); return it; };"
        " return [m, m.keys(), m.values(), m.entries(), step(m.entries(), 1), step(m.entries(), 4),"
        " s, s.values(), s.keys(), s.entries(), step(s.entries(), 1), step(s.entries(), 4), {}]; })()");
    JSValueRef exception = NULL;
    JSValueRef result = JSEvaluateScript(ctx, source, NULL, NULL, 1, &exception);
    JSStringRelease(source);
    if (exception != NULL || result == NULL || !JSValueIsObject(ctx, result)) return -1;
    JSObjectRef list = (JSObjectRef)result;
    JSObjectRef objects[13];
    for (unsigned i = 0; i < 13; i++) {
        if ((objects[i] = apus_element(ctx, list, i)) == NULL) return -1;
    }
    uint8_t plain = apus_cell_type(objects[12]);
    int map_kinds[3] = { 0, 1, 2 }, set_kinds[3] = { 1, 1, 2 };
    JSObjectRef map_its[3] = { objects[1], objects[2], objects[3] };
    JSObjectRef set_its[3] = { objects[7], objects[8], objects[9] };
    if (!apus_check_iterators(objects[0], map_its, map_kinds, objects[4], objects[5], &apus_iterators.map_type,
                              &apus_iterators.done_storage[0]) ||
        !apus_check_iterators(objects[6], set_its, set_kinds, objects[10], objects[11], &apus_iterators.set_type,
                              &apus_iterators.done_storage[1])) {
        return -1;
    }
    if (apus_iterators.map_type == apus_iterators.set_type || apus_iterators.map_type == plain ||
        apus_iterators.set_type == plain) {
        return -1;
    }
    return 1;
}

int apus_collection_iterator_state(JSContextRef ctx, JSObjectRef iterator, JSObjectRef *collection, int *kind) {
    if (apus_iterators.learned == 0) apus_iterators.learned = apus_learn_iterators(ctx);
    if (apus_iterators.learned < 0) return -2;
    uint8_t type = apus_cell_type(iterator);
    int which = type == apus_iterators.map_type ? 0 : type == apus_iterators.set_type ? 1 : -1;
    if (which < 0) return -1;
    uint64_t kind_word = apus_field(iterator, apus_field_kind);
    uint64_t iterated = apus_field(iterator, apus_field_iterated);
    if ((kind_word & ~(uint64_t)0xffffffff) != apus_int32_tag || (uint32_t)kind_word > 2) return -2;
    *kind = (int)(uint32_t)kind_word;
    if (apus_field(iterator, apus_field_storage) == apus_iterators.done_storage[which]) {
        *collection = NULL;
        return which;
    }
    if (!apus_is_cell(iterated)) return -2;
    *collection = (JSObjectRef)(uintptr_t)iterated;
    return which;
}

bool apus_collection_iterator_align(JSObjectRef fresh, JSObjectRef original) {
    if (apus_iterators.learned < 1 || apus_cell_type(fresh) != apus_cell_type(original)) return false;
    if (apus_field(fresh, apus_field_iterated) != apus_field(original, apus_field_iterated) ||
        apus_field(fresh, apus_field_kind) != apus_field(original, apus_field_kind)) {
        return false;
    }
    uint64_t entry = apus_field(original, apus_field_entry);
    if ((entry & ~(uint64_t)0xffffffff) != apus_int32_tag) return false;
    // The collection has new storage since the original last moved (it grew, or was cleared):
    // its index belongs to the old one, and only an iterator that has not started yet is known
    // to stand where a fresh one does.
    if (apus_field(fresh, apus_field_storage) != apus_field(original, apus_field_storage)) {
        return entry == apus_int32(0);
    }
    memcpy((uint8_t *)fresh + 16 + 8 * apus_field_entry, &entry, sizeof entry);
    return true;
}
