/* Replays fuzz inputs through LLVMFuzzerTestOneInput without libFuzzer, so
 * `make check` can run the corpus with plain gcc. Arguments are files or
 * directories (their regular files, in name order). */
#include <dirent.h>
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int replay_file(const char *path)
{
	FILE *f = fopen(path, "rb");
	uint8_t *data = NULL;
	size_t size = 0, cap = 0, n;

	if (!f) {
		fprintf(stderr, "fuzz-replay: %s: %s\n", path, strerror(errno));
		return -1;
	}
	do {
		if (size == cap) {
			uint8_t *bigger = realloc(data, cap = cap ? 2 * cap : 4096);
			if (!bigger) {
				fprintf(stderr, "fuzz-replay: %s: out of memory\n", path);
				free(data);
				fclose(f);
				return -1;
			}
			data = bigger;
		}
		n = fread(data + size, 1, cap - size, f);
		size += n;
	} while (n > 0);
	fclose(f);
	/* Named first, so a crash shows which input caused it. */
	fprintf(stderr, "fuzz-replay: %s\n", path);
	LLVMFuzzerTestOneInput(data, size);
	free(data);
	return 1;
}

static int replay_dir(const char *dir)
{
	struct dirent **entries;
	int n = scandir(dir, &entries, NULL, alphasort), count = 0;

	if (n < 0) {
		fprintf(stderr, "fuzz-replay: %s: %s\n", dir, strerror(errno));
		return -1;
	}
	for (int i = 0; i < n; i++) {
		char path[4096];
		struct stat st;

		snprintf(path, sizeof(path), "%s/%s", dir, entries[i]->d_name);
		if (count >= 0 && stat(path, &st) == 0 && S_ISREG(st.st_mode))
			count = replay_file(path) < 0 ? -1 : count + 1;
		free(entries[i]);
	}
	free(entries);
	return count;
}

static int replay_path(const char *path)
{
	struct stat st;

	if (stat(path, &st) < 0) {
		fprintf(stderr, "fuzz-replay: %s: %s\n", path, strerror(errno));
		return -1;
	}
	return S_ISDIR(st.st_mode) ? replay_dir(path) : replay_file(path);
}

int main(int argc, char **argv)
{
	int total = 0;

	if (argc < 2) {
		fprintf(stderr, "usage: %s FILE|DIR...\n", argv[0]);
		return 2;
	}
	for (int i = 1; i < argc; i++) {
		int n = replay_path(argv[i]);
		if (n < 0)
			return 1;
		total += n;
	}
	printf("fuzz-replay: %d inputs ran without a crash\n", total);
	return 0;
}
