// The C face of RE2 that Swift calls: compile, search, free.
#include "RE2Shim.h"

#include <re2/re2.h>
#include <cstring>
#include <string>

struct dossier_regex {
    RE2 *compiled;
};

static void copy(char *to, size_t capacity, const std::string &from) {
    size_t n = from.size() < capacity - 1 ? from.size() : capacity - 1;
    std::memcpy(to, from.data(), n);
    to[n] = '\0';
}

extern "C" dossier_regex *dossier_regex_new(const char *pattern, size_t length, dossier_regex_error *error) {
    RE2::Options options;
    options.set_log_errors(false);
    options.set_never_capture(true);      // a yes or no is all a filter needs
    options.set_max_mem(64 << 20);        // bounds the automata of huge repeat counts
    RE2 *compiled = new RE2(re2::StringPiece(pattern, length), options);
    if (!compiled->ok()) {
        if (error) {
            switch (compiled->error_code()) {
            case RE2::ErrorBadEscape: error->code = DOSSIER_REGEX_BAD_ESCAPE; break;
            case RE2::ErrorRepeatSize: error->code = DOSSIER_REGEX_REPEAT_SIZE; break;
            default: error->code = DOSSIER_REGEX_OTHER; break;
            }
            copy(error->message, sizeof error->message, compiled->error());
            copy(error->argument, sizeof error->argument, compiled->error_arg());
        }
        delete compiled;
        return nullptr;
    }
    dossier_regex *regex = new dossier_regex;
    regex->compiled = compiled;
    return regex;
}

extern "C" int dossier_regex_search(const dossier_regex *regex, const char *text, size_t length) {
    return RE2::PartialMatch(re2::StringPiece(text, length), *regex->compiled) ? 1 : 0;
}

extern "C" void dossier_regex_free(dossier_regex *regex) {
    if (!regex) return;
    delete regex->compiled;
    delete regex;
}
