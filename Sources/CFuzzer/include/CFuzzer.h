#ifndef DOSSIER_CFUZZER_H
#define DOSSIER_CFUZZER_H

#include <stddef.h>
#include <stdint.h>

/// libFuzzer's driver, present when the binary is linked with -sanitize=fuzzer: it parses
/// libFuzzer's flags from argv and calls `callback` with each input it makes.
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

#endif
