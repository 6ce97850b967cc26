#include "CLineBreak.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/utypes.h>

// Opening an ICU break iterator (the locale parsed, its resource bundle looked up, the rule data wrapped) costs
// more than breaking a paragraph with it; setting a new text on an open one costs little. Each thread keeps the
// iterator it last opened of each kind, for the same locale, and closes them when it ends (a pthread key's
// destructor; the main thread's stay open until the process exits). Iterators are not shared between threads:
// ICU's are not thread-safe. A kept iterator is left on an empty text between calls, never on a caller's buffer.

/// The kinds of iterator a thread keeps (indices into `folio_iterators`), and the room for a kept locale's name.
enum { FOLIO_LINE = 0, FOLIO_WORD = 1, FOLIO_KINDS = 2, FOLIO_LOCALE_MAX = 64 };

/// A thread's open iterators, one per kind, with the locale each was opened for.
typedef struct {
    UBreakIterator *iterator[FOLIO_KINDS];
    char locale[FOLIO_KINDS][FOLIO_LOCALE_MAX];
} folio_iterators;

/// The key of each thread's `folio_iterators`, made once (`folio_once`); `folio_key_ready` says it was.
static pthread_key_t folio_key;
static pthread_once_t folio_once = PTHREAD_ONCE_INIT;
static int folio_key_ready = 0;

/// Closes a thread's kept iterators when it ends.
static void folio_release(void *pointer) {
    folio_iterators *kept = pointer;
    for (int k = 0; k < FOLIO_KINDS; k++) {
        if (kept->iterator[k]) ubrk_close(kept->iterator[k]);
    }
    free(kept);
}

/// Makes the key (once per process).
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

/// Closes and forgets `kept`'s iterator of `kind`.
static void folio_forget(folio_iterators *kept, int kind) {
    if (kept->iterator[kind] != NULL) ubrk_close(kept->iterator[kind]);
    kept->iterator[kind] = NULL;
    kept->locale[kind][0] = 0;
}

/// An iterator of `type` for `locale` on `text`: this thread's kept one with the text set, or a new one, kept when
/// it can be. `*owned` is set when the caller must close it (it could not be kept). NULL on ICU's failure.
static UBreakIterator *folio_iterator(UBreakIteratorType type, int kind, const char *locale, const UChar *text,
                                      int32_t length, int *owned, UErrorCode *status) {
    folio_iterators *kept = folio_kept();
    // A NULL locale (ICU's default) is not kept: the default could change between calls.
    size_t n = locale != NULL ? strlen(locale) : FOLIO_LOCALE_MAX;
    int keepable = kept != NULL && n < FOLIO_LOCALE_MAX;
    *owned = 0;
    if (keepable && kept->iterator[kind] != NULL && strcmp(kept->locale[kind], locale) == 0) {
        ubrk_setText(kept->iterator[kind], text, length, status);
        if (U_SUCCESS(*status)) return kept->iterator[kind];
        folio_forget(kept, kind);   // an iterator that refused a text is not trusted with the next one
        return NULL;
    }
    UBreakIterator *it = ubrk_open(type, locale, text, length, status);
    if (U_FAILURE(*status)) {
        if (it != NULL) ubrk_close(it);
        return NULL;
    }
    if (it == NULL) return NULL;
    if (keepable) {
        folio_forget(kept, kind);
        kept->iterator[kind] = it;
        memcpy(kept->locale[kind], locale, n + 1);
    } else {
        *owned = 1;
    }
    return it;
}

/// Done with `it`, of `kind`: closed when owned, else left kept on an empty text, so that it never points into the
/// caller's buffer once the call returns; closed and forgotten if it refuses the empty text.
static void folio_done(UBreakIterator *it, int kind, int owned) {
    if (owned) {
        ubrk_close(it);
        return;
    }
    static const UChar empty[1] = {0};
    UErrorCode status = U_ZERO_ERROR;
    ubrk_setText(it, empty, 0, &status);
    folio_iterators *kept = U_FAILURE(status) ? folio_kept() : NULL;
    if (kept != NULL && kept->iterator[kind] == it) folio_forget(kept, kind);
}

/// Writes ICU's name for `status` to `error_name` (when not NULL): `U_INTERNAL_PROGRAM_ERROR` when ICU gave no
/// iterator yet reported no error, so that the caller always has a name to show.
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
    folio_done(it, FOLIO_LINE, owned);
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
    folio_done(it, FOLIO_WORD, owned);
    return count;
}
