#include "CLineBreak.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/utypes.h>

// Opening an ICU break iterator (the locale parsed, its resource bundle looked up, the rule data wrapped) costs
// more than breaking a paragraph with it; setting a new text on an open one costs little. Each thread keeps the
// iterator it last opened of each kind, for the same locale, and closes them when it ends (a pthread key's
// destructor). Iterators are not shared between threads: ICU's are not thread-safe.

enum { FOLIO_LINE = 0, FOLIO_WORD = 1, FOLIO_KINDS = 2, FOLIO_LOCALE_MAX = 64 };

/// A thread's open iterators, one per kind, with the locale each was opened for.
typedef struct {
    UBreakIterator *iterator[FOLIO_KINDS];
    char locale[FOLIO_KINDS][FOLIO_LOCALE_MAX];
} folio_iterators;

static pthread_key_t folio_key;
static pthread_once_t folio_once = PTHREAD_ONCE_INIT;
static int folio_key_ready = 0;

static void folio_release(void *pointer) {
    folio_iterators *kept = pointer;
    for (int k = 0; k < FOLIO_KINDS; k++) {
        if (kept->iterator[k]) ubrk_close(kept->iterator[k]);
    }
    free(kept);
}

static void folio_make_key(void) { folio_key_ready = pthread_key_create(&folio_key, folio_release) == 0; }

/// This thread's kept iterators, made on its first call; NULL when they cannot be (then nothing is kept).
static folio_iterators *folio_kept(void) {
    pthread_once(&folio_once, folio_make_key);
    if (!folio_key_ready) return NULL;
    folio_iterators *kept = pthread_getspecific(folio_key);
    if (kept == NULL) {
        kept = calloc(1, sizeof *kept);
        if (kept != NULL && pthread_setspecific(folio_key, kept) != 0) {
            free(kept);
            kept = NULL;
        }
    }
    return kept;
}

/// An iterator of `type` for `locale` on `text`: this thread's kept one with the text set, or a new one, kept when
/// it can be. `*owned` is set when the caller must close it (it could not be kept). NULL on ICU's failure.
static UBreakIterator *folio_iterator(UBreakIteratorType type, int kind, const char *locale, const UChar *text,
                                      int32_t length, int *owned, UErrorCode *status) {
    folio_iterators *kept = folio_kept();
    size_t n = strlen(locale);
    int keepable = kept != NULL && n < FOLIO_LOCALE_MAX;
    *owned = 0;
    if (keepable && kept->iterator[kind] != NULL && strcmp(kept->locale[kind], locale) == 0) {
        ubrk_setText(kept->iterator[kind], text, length, status);
        return U_SUCCESS(*status) ? kept->iterator[kind] : NULL;
    }
    UBreakIterator *it = ubrk_open(type, locale, text, length, status);
    if (U_FAILURE(*status)) {
        if (it != NULL) ubrk_close(it);
        return NULL;
    }
    if (it == NULL) return NULL;
    if (keepable) {
        if (kept->iterator[kind] != NULL) ubrk_close(kept->iterator[kind]);
        kept->iterator[kind] = it;
        memcpy(kept->locale[kind], locale, n + 1);
    } else {
        *owned = 1;
    }
    return it;
}

/// Done with `it`: closed when owned, else left kept without the caller's text (which it must not point into).
static void folio_done(UBreakIterator *it, int owned) {
    if (owned) {
        ubrk_close(it);
        return;
    }
    static const UChar empty[1] = {0};
    UErrorCode status = U_ZERO_ERROR;
    ubrk_setText(it, empty, 0, &status);
}

static void folio_error(UErrorCode status, char *error_name) {
    if (error_name) {
        strncpy(error_name, u_errorName(status == U_ZERO_ERROR ? U_INTERNAL_PROGRAM_ERROR : status), 63);
        error_name[63] = 0;
    }
}

int32_t folio_line_breaks(const uint16_t *text, int32_t length, const char *locale,
                          int32_t *offsets, uint8_t *hard, int32_t capacity,
                          char *error_name) {
    UErrorCode status = U_ZERO_ERROR;
    int owned = 0;
    UBreakIterator *it = folio_iterator(UBRK_LINE, FOLIO_LINE, locale, (const UChar *)text, length, &owned, &status);
    if (it == NULL) {
        folio_error(status, error_name);
        return -1;
    }
    int32_t count = 0;
    ubrk_first(it);
    for (int32_t pos = ubrk_next(it); pos != UBRK_DONE; pos = ubrk_next(it)) {
        if (count < capacity) {
            offsets[count] = pos;
            int32_t rule = ubrk_getRuleStatus(it);
            hard[count] = (rule >= UBRK_LINE_HARD && rule < UBRK_LINE_HARD_LIMIT) ? 1 : 0;
        }
        count++;
    }
    folio_done(it, owned);
    return count;
}

int32_t folio_word_breaks(const uint16_t *text, int32_t length, const char *locale,
                          int32_t *offsets, int32_t capacity, char *error_name) {
    UErrorCode status = U_ZERO_ERROR;
    int owned = 0;
    UBreakIterator *it = folio_iterator(UBRK_WORD, FOLIO_WORD, locale, (const UChar *)text, length, &owned, &status);
    if (it == NULL) {
        folio_error(status, error_name);
        return -1;
    }
    int32_t count = 0;
    ubrk_first(it);
    for (int32_t pos = ubrk_next(it); pos != UBRK_DONE; pos = ubrk_next(it)) {
        if (count < capacity) offsets[count] = pos;
        count++;
    }
    folio_done(it, owned);
    return count;
}
