// CLineBreak: ICU's line-break and word-break iterators behind a plain C API.
// ICU's headers stay inside this target (they clash with the ICU that Foundation bundles and
// rename their functions with version macros); Swift sees only this header.
// Both functions may be called from many threads at once. Each thread keeps one iterator of each
// kind (for the last locale it asked for) until it ends; `text` is not kept after a call returns.
#ifndef FOLIO_CLINEBREAK_H
#define FOLIO_CLINEBREAK_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Finds the UAX #14 line-break opportunities of UTF-16 `text` (length `length` code units)
/// with ICU's rules for `locale` (e.g. "zh" or "zh@lb=strict").
/// Writes at most `capacity` break offsets (UTF-16 index of the first unit *after* the break)
/// to `offsets`, and for each a flag in `hard` (1 = mandatory break such as a newline, 0 = opportunity).
/// The end of text is reported like ICU does (offset == length).
/// Returns the number of opportunities found (which may exceed `capacity`: call again with more room),
/// or -1 when ICU fails (the error name is then in `error_name`, if not NULL, up to 63 bytes).
int32_t folio_line_breaks(const uint16_t *text, int32_t length, const char *locale,
                          int32_t *offsets, uint8_t *hard, int32_t capacity,
                          char *error_name);

/// Finds the word boundaries of UTF-16 `text` with ICU's word-break iterator for `locale` (for "zh", ICU's
/// dictionary segmentation of Chinese). Writes at most `capacity` offsets (UTF-16 index after each boundary;
/// the end of text included) to `offsets`. Returns the number found (may exceed `capacity`), or -1 when ICU
/// fails (the error name is then in `error_name`, if not NULL, up to 63 bytes).
int32_t folio_word_breaks(const uint16_t *text, int32_t length, const char *locale,
                          int32_t *offsets, int32_t capacity, char *error_name);

#ifdef __cplusplus
}
#endif

#endif
