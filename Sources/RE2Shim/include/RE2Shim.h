#ifndef DOSSIER_RE2_SHIM_H
#define DOSSIER_RE2_SHIM_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/// A compiled regular expression of RE2, whose matching takes time linear in the text: no
/// pattern can make a match run for ages. Matching is safe from several threads at once.
typedef struct dossier_regex dossier_regex;

/// What kind of mistake stopped a pattern.
enum {
    DOSSIER_REGEX_OTHER = 0,
    DOSSIER_REGEX_BAD_ESCAPE = 1,   /* an unknown escape, or a backreference such as \1 */
    DOSSIER_REGEX_REPEAT_SIZE = 2,  /* a repeat count above 1000 */
};

/// Why a pattern did not compile: the kind (above), RE2's message, and the part of the
/// pattern it is about in `argument`.
typedef struct {
    int code;
    char message[160];
    char argument[160];
} dossier_regex_error;

/// Compiles `length` bytes of UTF-8 `pattern`; NULL with `error` filled when it cannot.
dossier_regex *dossier_regex_new(const char *pattern, size_t length, dossier_regex_error *error);
/// 1 when the expression matches anywhere in the `length` bytes of `text`, else 0.
int dossier_regex_search(const dossier_regex *regex, const char *text, size_t length);
void dossier_regex_free(dossier_regex *regex);

#ifdef __cplusplus
}
#endif

#endif
