/* libFuzzer target: the front end (lex, parse, diagnostics) must never
 * crash, leak or read out of bounds, whatever the input. */
#include <stddef.h>
#include <stdint.h>

/* Declared in src/frontend/frontend.h; repeated here so this file depends on
 * nothing but that one entry point. */
int frontend_fuzz_one(const char *text, size_t len);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	frontend_fuzz_one((const char *)data, size);
	return 0;
}
