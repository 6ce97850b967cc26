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

static struct {
    __typeof__(&qpdf_check_pdf) qpdf_check_pdf;
    __typeof__(&qpdf_cleanup) qpdf_cleanup;
    __typeof__(&qpdf_get_buffer) qpdf_get_buffer;
    __typeof__(&qpdf_get_buffer_length) qpdf_get_buffer_length;
    __typeof__(&qpdf_get_error) qpdf_get_error;
    __typeof__(&qpdf_get_error_full_text) qpdf_get_error_full_text;
    __typeof__(&qpdf_get_num_pages) qpdf_get_num_pages;
    __typeof__(&qpdf_get_page_n) qpdf_get_page_n;
    __typeof__(&qpdf_get_root) qpdf_get_root;
    __typeof__(&qpdf_get_trailer) qpdf_get_trailer;
    __typeof__(&qpdf_has_error) qpdf_has_error;
    __typeof__(&qpdf_init) qpdf_init;
    __typeof__(&qpdf_init_write) qpdf_init_write;
    __typeof__(&qpdf_init_write_memory) qpdf_init_write_memory;
    __typeof__(&qpdf_is_encrypted) qpdf_is_encrypted;
    __typeof__(&qpdf_more_warnings) qpdf_more_warnings;
    __typeof__(&qpdf_next_warning) qpdf_next_warning;
    __typeof__(&qpdf_oh_begin_dict_key_iter) qpdf_oh_begin_dict_key_iter;
    __typeof__(&qpdf_oh_dict_more_keys) qpdf_oh_dict_more_keys;
    __typeof__(&qpdf_oh_dict_next_key) qpdf_oh_dict_next_key;
    __typeof__(&qpdf_oh_get_array_item) qpdf_oh_get_array_item;
    __typeof__(&qpdf_oh_get_array_n_items) qpdf_oh_get_array_n_items;
    __typeof__(&qpdf_oh_get_bool_value) qpdf_oh_get_bool_value;
    __typeof__(&qpdf_oh_get_dict) qpdf_oh_get_dict;
    __typeof__(&qpdf_oh_get_int_value_as_int) qpdf_oh_get_int_value_as_int;
    __typeof__(&qpdf_oh_get_key) qpdf_oh_get_key;
    __typeof__(&qpdf_oh_get_name) qpdf_oh_get_name;
    __typeof__(&qpdf_oh_get_object_id) qpdf_oh_get_object_id;
    __typeof__(&qpdf_oh_get_stream_data) qpdf_oh_get_stream_data;
    __typeof__(&qpdf_oh_get_utf8_value) qpdf_oh_get_utf8_value;
    __typeof__(&qpdf_oh_has_key) qpdf_oh_has_key;
    __typeof__(&qpdf_oh_is_array) qpdf_oh_is_array;
    __typeof__(&qpdf_oh_is_bool) qpdf_oh_is_bool;
    __typeof__(&qpdf_oh_is_dictionary) qpdf_oh_is_dictionary;
    __typeof__(&qpdf_oh_is_integer) qpdf_oh_is_integer;
    __typeof__(&qpdf_oh_is_name) qpdf_oh_is_name;
    __typeof__(&qpdf_oh_is_name_and_equals) qpdf_oh_is_name_and_equals;
    __typeof__(&qpdf_oh_is_stream) qpdf_oh_is_stream;
    __typeof__(&qpdf_oh_is_string) qpdf_oh_is_string;
    __typeof__(&qpdf_oh_release_all) qpdf_oh_release_all;
    __typeof__(&qpdf_read) qpdf_read;
    __typeof__(&qpdf_read_memory) qpdf_read_memory;
    __typeof__(&qpdf_set_compress_streams) qpdf_set_compress_streams;
    __typeof__(&qpdf_set_decode_level) qpdf_set_decode_level;
    __typeof__(&qpdf_set_deterministic_ID) qpdf_set_deterministic_ID;
    __typeof__(&qpdf_set_linearization) qpdf_set_linearization;
    __typeof__(&qpdf_set_object_stream_mode) qpdf_set_object_stream_mode;
    __typeof__(&qpdf_set_suppress_warnings) qpdf_set_suppress_warnings;
    __typeof__(&qpdf_silence_errors) qpdf_silence_errors;
    __typeof__(&qpdf_write) qpdf_write;
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
#define LOAD(name)                                                                   \
    do {                                                                             \
        functions.name = (__typeof__(functions.name))dlsym(library, #name);          \
        if (functions.name == NULL) {                                                \
            snprintf(reason, sizeof reason, "it has no %s", #name);                  \
            return;                                                                  \
        }                                                                            \
    } while (0)
    LOAD(qpdf_check_pdf);
    LOAD(qpdf_cleanup);
    LOAD(qpdf_get_buffer);
    LOAD(qpdf_get_buffer_length);
    LOAD(qpdf_get_error);
    LOAD(qpdf_get_error_full_text);
    LOAD(qpdf_get_num_pages);
    LOAD(qpdf_get_page_n);
    LOAD(qpdf_get_root);
    LOAD(qpdf_get_trailer);
    LOAD(qpdf_has_error);
    LOAD(qpdf_init);
    LOAD(qpdf_init_write);
    LOAD(qpdf_init_write_memory);
    LOAD(qpdf_is_encrypted);
    LOAD(qpdf_more_warnings);
    LOAD(qpdf_next_warning);
    LOAD(qpdf_oh_begin_dict_key_iter);
    LOAD(qpdf_oh_dict_more_keys);
    LOAD(qpdf_oh_dict_next_key);
    LOAD(qpdf_oh_get_array_item);
    LOAD(qpdf_oh_get_array_n_items);
    LOAD(qpdf_oh_get_bool_value);
    LOAD(qpdf_oh_get_dict);
    LOAD(qpdf_oh_get_int_value_as_int);
    LOAD(qpdf_oh_get_key);
    LOAD(qpdf_oh_get_name);
    LOAD(qpdf_oh_get_object_id);
    LOAD(qpdf_oh_get_stream_data);
    LOAD(qpdf_oh_get_utf8_value);
    LOAD(qpdf_oh_has_key);
    LOAD(qpdf_oh_is_array);
    LOAD(qpdf_oh_is_bool);
    LOAD(qpdf_oh_is_dictionary);
    LOAD(qpdf_oh_is_integer);
    LOAD(qpdf_oh_is_name);
    LOAD(qpdf_oh_is_name_and_equals);
    LOAD(qpdf_oh_is_stream);
    LOAD(qpdf_oh_is_string);
    LOAD(qpdf_oh_release_all);
    LOAD(qpdf_read);
    LOAD(qpdf_read_memory);
    LOAD(qpdf_set_compress_streams);
    LOAD(qpdf_set_decode_level);
    LOAD(qpdf_set_deterministic_ID);
    LOAD(qpdf_set_linearization);
    LOAD(qpdf_set_object_stream_mode);
    LOAD(qpdf_set_suppress_warnings);
    LOAD(qpdf_silence_errors);
    LOAD(qpdf_write);
#undef LOAD
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

// Each function of qpdf-c.h that Folio calls, defined under its own name: libqpdf's when it is open, else the value
// qpdf gives for an error.
#define FORWARD(type, name, parameters, arguments, failed) \
    type name parameters { return folio_qpdf_open() ? functions.name arguments : (failed); }
#define FORWARD_VOID(name, parameters, arguments) \
    void name parameters {                         \
        if (folio_qpdf_open()) functions.name arguments;     \
    }

FORWARD(QPDF_ERROR_CODE, qpdf_check_pdf, (qpdf_data qpdf), (qpdf), QPDF_ERRORS)
FORWARD_VOID(qpdf_cleanup, (qpdf_data* qpdf), (qpdf))
FORWARD(unsigned char const*, qpdf_get_buffer, (qpdf_data qpdf), (qpdf), NULL)
FORWARD(size_t, qpdf_get_buffer_length, (qpdf_data qpdf), (qpdf), 0)
FORWARD(qpdf_error, qpdf_get_error, (qpdf_data qpdf), (qpdf), NULL)
FORWARD(char const*, qpdf_get_error_full_text, (qpdf_data q, qpdf_error e), (q, e), NULL)
FORWARD(int, qpdf_get_num_pages, (qpdf_data qpdf), (qpdf), 0)
FORWARD(qpdf_oh, qpdf_get_page_n, (qpdf_data qpdf, size_t zero_based_index), (qpdf, zero_based_index), 0)
FORWARD(qpdf_oh, qpdf_get_root, (qpdf_data qpdf), (qpdf), 0)
FORWARD(qpdf_oh, qpdf_get_trailer, (qpdf_data qpdf), (qpdf), 0)
FORWARD(QPDF_BOOL, qpdf_has_error, (qpdf_data qpdf), (qpdf), 0)
FORWARD(qpdf_data, qpdf_init, (void), (), NULL)
FORWARD(QPDF_ERROR_CODE, qpdf_init_write, (qpdf_data qpdf, char const* filename), (qpdf, filename), QPDF_ERRORS)
FORWARD(QPDF_ERROR_CODE, qpdf_init_write_memory, (qpdf_data qpdf), (qpdf), QPDF_ERRORS)
FORWARD(QPDF_BOOL, qpdf_is_encrypted, (qpdf_data qpdf), (qpdf), 0)
FORWARD(QPDF_BOOL, qpdf_more_warnings, (qpdf_data qpdf), (qpdf), 0)
FORWARD(qpdf_error, qpdf_next_warning, (qpdf_data qpdf), (qpdf), NULL)
FORWARD_VOID(qpdf_oh_begin_dict_key_iter, (qpdf_data qpdf, qpdf_oh dict), (qpdf, dict))
FORWARD(QPDF_BOOL, qpdf_oh_dict_more_keys, (qpdf_data qpdf), (qpdf), 0)
FORWARD(char const*, qpdf_oh_dict_next_key, (qpdf_data qpdf), (qpdf), NULL)
FORWARD(qpdf_oh, qpdf_oh_get_array_item, (qpdf_data qpdf, qpdf_oh oh, int n), (qpdf, oh, n), 0)
FORWARD(int, qpdf_oh_get_array_n_items, (qpdf_data qpdf, qpdf_oh oh), (qpdf, oh), 0)
FORWARD(QPDF_BOOL, qpdf_oh_get_bool_value, (qpdf_data qpdf, qpdf_oh oh), (qpdf, oh), 0)
FORWARD(qpdf_oh, qpdf_oh_get_dict, (qpdf_data qpdf, qpdf_oh oh), (qpdf, oh), 0)
FORWARD(int, qpdf_oh_get_int_value_as_int, (qpdf_data qpdf, qpdf_oh oh), (qpdf, oh), 0)
FORWARD(qpdf_oh, qpdf_oh_get_key, (qpdf_data qpdf, qpdf_oh oh, char const* key), (qpdf, oh, key), 0)
FORWARD(char const*, qpdf_oh_get_name, (qpdf_data qpdf, qpdf_oh oh), (qpdf, oh), NULL)
FORWARD(int, qpdf_oh_get_object_id, (qpdf_data qpdf, qpdf_oh oh), (qpdf, oh), 0)
FORWARD(QPDF_ERROR_CODE, qpdf_oh_get_stream_data, (qpdf_data qpdf, qpdf_oh stream_oh, enum qpdf_stream_decode_level_e decode_level, QPDF_BOOL* filtered, unsigned char** bufp, size_t* len), (qpdf, stream_oh, decode_level, filtered, bufp, len), QPDF_ERRORS)
FORWARD(char const*, qpdf_oh_get_utf8_value, (qpdf_data qpdf, qpdf_oh oh), (qpdf, oh), NULL)
FORWARD(QPDF_BOOL, qpdf_oh_has_key, (qpdf_data qpdf, qpdf_oh oh, char const* key), (qpdf, oh, key), 0)
FORWARD(QPDF_BOOL, qpdf_oh_is_array, (qpdf_data qpdf, qpdf_oh oh), (qpdf, oh), 0)
FORWARD(QPDF_BOOL, qpdf_oh_is_bool, (qpdf_data qpdf, qpdf_oh oh), (qpdf, oh), 0)
FORWARD(QPDF_BOOL, qpdf_oh_is_dictionary, (qpdf_data qpdf, qpdf_oh oh), (qpdf, oh), 0)
FORWARD(QPDF_BOOL, qpdf_oh_is_integer, (qpdf_data qpdf, qpdf_oh oh), (qpdf, oh), 0)
FORWARD(QPDF_BOOL, qpdf_oh_is_name, (qpdf_data qpdf, qpdf_oh oh), (qpdf, oh), 0)
FORWARD(QPDF_BOOL, qpdf_oh_is_name_and_equals, (qpdf_data qpdf, qpdf_oh oh, char const* name), (qpdf, oh, name), 0)
FORWARD(QPDF_BOOL, qpdf_oh_is_stream, (qpdf_data qpdf, qpdf_oh oh), (qpdf, oh), 0)
FORWARD(QPDF_BOOL, qpdf_oh_is_string, (qpdf_data qpdf, qpdf_oh oh), (qpdf, oh), 0)
FORWARD_VOID(qpdf_oh_release_all, (qpdf_data qpdf), (qpdf))
FORWARD(QPDF_ERROR_CODE, qpdf_read, (qpdf_data qpdf, char const* filename, char const* password), (qpdf, filename, password), QPDF_ERRORS)
FORWARD(QPDF_ERROR_CODE, qpdf_read_memory, (qpdf_data qpdf, char const* description, char const* buffer, unsigned long long size, char const* password), (qpdf, description, buffer, size, password), QPDF_ERRORS)
FORWARD_VOID(qpdf_set_compress_streams, (qpdf_data qpdf, QPDF_BOOL value), (qpdf, value))
FORWARD_VOID(qpdf_set_decode_level, (qpdf_data qpdf, enum qpdf_stream_decode_level_e level), (qpdf, level))
FORWARD_VOID(qpdf_set_deterministic_ID, (qpdf_data qpdf, QPDF_BOOL value), (qpdf, value))
FORWARD_VOID(qpdf_set_linearization, (qpdf_data qpdf, QPDF_BOOL value), (qpdf, value))
FORWARD_VOID(qpdf_set_object_stream_mode, (qpdf_data qpdf, enum qpdf_object_stream_e mode), (qpdf, mode))
FORWARD_VOID(qpdf_set_suppress_warnings, (qpdf_data qpdf, QPDF_BOOL value), (qpdf, value))
FORWARD_VOID(qpdf_silence_errors, (qpdf_data qpdf), (qpdf))
FORWARD(QPDF_ERROR_CODE, qpdf_write, (qpdf_data qpdf), (qpdf), QPDF_ERRORS)
