/* Kernel object names. */
#include "loader/names.h"

#include <ctype.h>
#include <string.h>

void loader_object_name(char out[BPF_OBJ_NAME_LEN], const char *name)
{
	size_t n = 0;
	for (const char *p = name ? name : ""; *p && n < BPF_OBJ_NAME_LEN - 1; p++) {
		if (*p == '@') {
			for (const char *a = "AT_"; *a && n < BPF_OBJ_NAME_LEN - 1; a++)
				out[n++] = *a;
		} else {
			out[n++] = isalnum((unsigned char)*p) || *p == '_' || *p == '.' ? *p : '_';
		}
	}
	out[n] = '\0';
}
