// CQPDF: libqpdf's C API, opened with dlopen the first time it is needed (linearisation, `folio verify`'s structure
// read-back), so that every other run of folio neither maps libqpdf and the ten libraries it brings (GnuTLS and its
// own) nor binds their symbols at start-up: that was 3–4 ms of every process's start.
//
// Each function of qpdf-c.h that Folio calls is defined here under its own name and calls libqpdf's through a
// pointer; the pointers' types come from qpdf-c.h's declarations (`__typeof__`), so a signature that does not match
// the header does not compile. Swift calls `folio_qpdf_open` first and reports a missing library as an error; a
// function called while libqpdf is missing fails as qpdf reports an error (QPDF_ERRORS, 0 or NULL).
#include "CQPDF.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stddef.h>
#include <stdio.h>

// Every function of qpdf-c.h that Folio calls, once: RETURNING(type, name, parameters, arguments, what qpdf gives for an
// error) or VOID(name, parameters, arguments). The table, the lookups and the definitions below are made from it.
#define QPDF_FUNCTIONS(RETURNING, VOID) \
    RETURNING(QPDF_ERROR_CODE, qpdf_check_pdf, (qpdf_data qpdf), (qpdf), QPDF_ERRORS) \
    VOID(qpdf_cleanup, (qpdf_data* qpdf), (qpdf)) \
    RETURNING(unsigned char const*, qpdf_get_buffer, (qpdf_data qpdf), (qpdf), NULL) \
    RETURNING(size_t, qpdf_get_buffer_length, (qpdf_data qpdf), (qpdf), 0) \
    RETURNING(qpdf_error, qpdf_get_error, (qpdf_data qpdf), (qpdf), NULL) \
    RETURNING(char const*, qpdf_get_error_full_text, (qpdf_data q, qpdf_error e), (q, e), NULL) \
    RETURNING(int, qpdf_get_num_pages, (qpdf_data qpdf), (qpdf), 0) \
    RETURNING(qpdf_oh, qpdf_get_page_n, (qpdf_data qpdf, size_t zero_based_index), (qpdf, zero_based_index), 0) \
    RETURNING(qpdf_oh, qpdf_get_root, (qpdf_data qpdf), (qpdf), 0) \
    RETURNING(qpdf_oh, qpdf_get_trailer, (qpdf_data qpdf), (qpdf), 0) \
    RETURNING(QPDF_BOOL, qpdf_has_error, (qpdf_data qpdf), (qpdf), 0) \
    RETURNING(qpdf_data, qpdf_init, (void), (), NULL) \
    RETURNING(QPDF_ERROR_CODE, qpdf_init_write, (qpdf_data qpdf, char const* filename), (qpdf, filename), QPDF_ERRORS) \
    RETURNING(QPDF_ERROR_CODE, qpdf_init_write_memory, (qpdf_data qpdf), (qpdf), QPDF_ERRORS) \
    RETURNING(QPDF_BOOL, qpdf_is_encrypted, (qpdf_data qpdf), (qpdf), 0) \
    RETURNING(QPDF_BOOL, qpdf_more_warnings, (qpdf_data qpdf), (qpdf), 0) \
    RETURNING(qpdf_error, qpdf_next_warning, (qpdf_data qpdf), (qpdf), NULL) \
    VOID(qpdf_oh_begin_dict_key_iter, (qpdf_data qpdf, qpdf_oh dict), (qpdf, dict)) \
    RETURNING(QPDF_BOOL, qpdf_oh_dict_more_keys, (qpdf_data qpdf), (qpdf), 0) \
    RETURNING(char const*, qpdf_oh_dict_next_key, (qpdf_data qpdf), (qpdf), NULL) \
    RETURNING(qpdf_oh, qpdf_oh_get_array_item, (qpdf_data qpdf, qpdf_oh oh, int n), (qpdf, oh, n), 0) \
    RETURNING(int, qpdf_oh_get_array_n_items, (qpdf_data qpdf, qpdf_oh oh), (qpdf, oh), 0) \
    RETURNING(QPDF_BOOL, qpdf_oh_get_bool_value, (qpdf_data qpdf, qpdf_oh oh), (qpdf, oh), 0) \
    RETURNING(qpdf_oh, qpdf_oh_get_dict, (qpdf_data qpdf, qpdf_oh oh), (qpdf, oh), 0) \
    RETURNING(int, qpdf_oh_get_int_value_as_int, (qpdf_data qpdf, qpdf_oh oh), (qpdf, oh), 0) \
    RETURNING(qpdf_oh, qpdf_oh_get_key, (qpdf_data qpdf, qpdf_oh oh, char const* key), (qpdf, oh, key), 0) \
    RETURNING(char const*, qpdf_oh_get_name, (qpdf_data qpdf, qpdf_oh oh), (qpdf, oh), NULL) \
    RETURNING(int, qpdf_oh_get_object_id, (qpdf_data qpdf, qpdf_oh oh), (qpdf, oh), 0) \
    RETURNING(QPDF_ERROR_CODE, qpdf_oh_get_stream_data, (qpdf_data qpdf, qpdf_oh stream_oh, enum qpdf_stream_decode_level_e decode_level, QPDF_BOOL* filtered, unsigned char** bufp, size_t* len), (qpdf, stream_oh, decode_level, filtered, bufp, len), QPDF_ERRORS) \
    RETURNING(char const*, qpdf_oh_get_utf8_value, (qpdf_data qpdf, qpdf_oh oh), (qpdf, oh), NULL) \
    RETURNING(QPDF_BOOL, qpdf_oh_has_key, (qpdf_data qpdf, qpdf_oh oh, char const* key), (qpdf, oh, key), 0) \
    RETURNING(QPDF_BOOL, qpdf_oh_is_array, (qpdf_data qpdf, qpdf_oh oh), (qpdf, oh), 0) \
    RETURNING(QPDF_BOOL, qpdf_oh_is_bool, (qpdf_data qpdf, qpdf_oh oh), (qpdf, oh), 0) \
    RETURNING(QPDF_BOOL, qpdf_oh_is_dictionary, (qpdf_data qpdf, qpdf_oh oh), (qpdf, oh), 0) \
    RETURNING(QPDF_BOOL, qpdf_oh_is_integer, (qpdf_data qpdf, qpdf_oh oh), (qpdf, oh), 0) \
    RETURNING(QPDF_BOOL, qpdf_oh_is_name, (qpdf_data qpdf, qpdf_oh oh), (qpdf, oh), 0) \
    RETURNING(QPDF_BOOL, qpdf_oh_is_name_and_equals, (qpdf_data qpdf, qpdf_oh oh, char const* name), (qpdf, oh, name), 0) \
    RETURNING(QPDF_BOOL, qpdf_oh_is_stream, (qpdf_data qpdf, qpdf_oh oh), (qpdf, oh), 0) \
    RETURNING(QPDF_BOOL, qpdf_oh_is_string, (qpdf_data qpdf, qpdf_oh oh), (qpdf, oh), 0) \
    VOID(qpdf_oh_release_all, (qpdf_data qpdf), (qpdf)) \
    RETURNING(QPDF_ERROR_CODE, qpdf_read, (qpdf_data qpdf, char const* filename, char const* password), (qpdf, filename, password), QPDF_ERRORS) \
    RETURNING(QPDF_ERROR_CODE, qpdf_read_memory, (qpdf_data qpdf, char const* description, char const* buffer, unsigned long long size, char const* password), (qpdf, description, buffer, size, password), QPDF_ERRORS) \
    VOID(qpdf_set_compress_streams, (qpdf_data qpdf, QPDF_BOOL value), (qpdf, value)) \
    VOID(qpdf_set_decode_level, (qpdf_data qpdf, enum qpdf_stream_decode_level_e level), (qpdf, level)) \
    VOID(qpdf_set_deterministic_ID, (qpdf_data qpdf, QPDF_BOOL value), (qpdf, value)) \
    VOID(qpdf_set_linearization, (qpdf_data qpdf, QPDF_BOOL value), (qpdf, value)) \
    VOID(qpdf_set_object_stream_mode, (qpdf_data qpdf, enum qpdf_object_stream_e mode), (qpdf, mode)) \
    VOID(qpdf_set_suppress_warnings, (qpdf_data qpdf, QPDF_BOOL value), (qpdf, value)) \
    VOID(qpdf_silence_errors, (qpdf_data qpdf), (qpdf)) \
    RETURNING(QPDF_ERROR_CODE, qpdf_write, (qpdf_data qpdf), (qpdf), QPDF_ERRORS)

#define FIELD(name, ...) __typeof__(&name) name;
#define FIELD_RETURNING(type, name, ...) FIELD(name)
static struct {
    QPDF_FUNCTIONS(FIELD_RETURNING, FIELD)
} functions;

static pthread_once_t once = PTHREAD_ONCE_INIT;
static int opened = 0;
static char reason[256] = "";

static void load(void) {
    void *library = dlopen(FOLIO_QPDF_SONAME, RTLD_NOW | RTLD_LOCAL);
    if (library == NULL) {
        const char *error = dlerror();
        snprintf(reason, sizeof reason, "%s", error != NULL ? error : "not found");
        return;
    }
#define LOAD(name, ...)                                                              \
    functions.name = (__typeof__(functions.name))dlsym(library, #name);              \
    if (functions.name == NULL) {                                                    \
        snprintf(reason, sizeof reason, "it has no %s", #name);                      \
        return;                                                                      \
    }
#define LOAD_RETURNING(type, name, ...) LOAD(name)
    QPDF_FUNCTIONS(LOAD_RETURNING, LOAD)
    opened = 1;
}

int folio_qpdf_open(void) {
    pthread_once(&once, load);
    return opened;
}

const char *folio_qpdf_error(void) {
    pthread_once(&once, load);
    return opened ? NULL : reason;
}

// Each function defined under its own name: libqpdf's when it is open, else what qpdf gives for an error.
#define FORWARD(type, name, parameters, arguments, failed) \
    type name parameters { return folio_qpdf_open() ? functions.name arguments : (failed); }
#define FORWARD_VOID(name, parameters, arguments) \
    void name parameters {                         \
        if (folio_qpdf_open()) functions.name arguments;     \
    }
QPDF_FUNCTIONS(FORWARD, FORWARD_VOID)
