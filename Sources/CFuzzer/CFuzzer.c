// The declaration of libFuzzer's driver is in the header; this file gives the target a body.
#include "CFuzzer.h"
