# bpfscope: `make` builds ./bpfscope, `make check` runs every test.

PKGS      := libbpf libelf libdw zlib
PREFIX    ?= /usr/local
CFLAGS    ?= -O2 -g
FUZZ_SECONDS ?= 600
CLANG     ?= clang

# A fresh machine gets its packages on the first `make`; a warm one pays
# one pkg-config call. `make clean` needs nothing installed.
ifneq ($(filter-out clean,$(or $(MAKECMDGOALS),all)),)
ifneq ($(shell pkg-config --exists $(PKGS) 2>/dev/null && echo ok),ok)
$(info make: installing build dependencies with scripts/install-deps)
ifneq ($(shell scripts/install-deps >&2; echo $$?),0)
$(error scripts/install-deps failed)
endif
endif
endif

PKG_CFLAGS := $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
PKG_LIBS   := $(shell pkg-config --libs $(PKGS) 2>/dev/null)

WARNINGS     := -Wall -Wextra
BASE_CFLAGS  := -std=gnu11 $(WARNINGS) -Isrc -MMD -MP $(PKG_CFLAGS)
LDLIBS       := $(PKG_LIBS) -lm

SRCS      := $(shell find src -name '*.c' | sort)
OBJS      := $(SRCS:src/%.c=build/%.o)
LIB_SRCS  := $(filter-out src/main.c,$(SRCS))
LIB_OBJS  := $(LIB_SRCS:src/%.c=build/%.o)

FUZZ_DIR    := tests/fuzz
FUZZ_SAN    := -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined
FUZZ_CFLAGS := -O1 -g $(BASE_CFLAGS) $(FUZZ_SAN) -fsanitize=fuzzer-no-link
FUZZ_OBJS   := $(LIB_SRCS:src/%.c=build/fuzz/%.o) build/fuzz/tests/fuzz_frontend.o
REPLAY_OBJS := $(LIB_OBJS) build/tests/fuzz/fuzz_frontend.o build/tests/fuzz/replay.o

.PHONY: all check demo fuzz fuzz-run clean install

all: bpfscope

bpfscope: $(OBJS)
	$(CC) $(LDFLAGS) -o $@ $^ $(LDLIBS)

build/%.o: src/%.c
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) $(BASE_CFLAGS) -c -o $@ $<

build/tests/%.o: tests/%.c
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) $(BASE_CFLAGS) -Itests/unit -c -o $@ $<

# The fuzz target's corpus, replayed by plain gcc so `make check` needs no clang.
build/fuzz-replay: $(REPLAY_OBJS)
	$(CC) $(LDFLAGS) -o $@ $^ $(LDLIBS)

UNIT_SRCS := $(wildcard tests/unit/*.c)
UNIT_OBJS := $(UNIT_SRCS:tests/%.c=build/tests/%.o)

build/unit-tests: $(LIB_OBJS) $(UNIT_OBJS)
	$(CC) $(LDFLAGS) -o $@ $^ $(LDLIBS)

check: bpfscope build/fuzz-replay build/unit-tests
	tests/run

# The main job in one command: ten seconds of system calls on this machine,
# by process, and their latency (needs root).
DEMO_WORKLOAD := for i in $$(seq 100); do ls / >/dev/null; sleep 0.1; done
demo: bpfscope
	./bpfscope -c '$(DEMO_WORKLOAD)' examples/demo.bt

build/fuzz/%.o: src/%.c
	@mkdir -p $(@D)
	$(CLANG) $(FUZZ_CFLAGS) -c -o $@ $<

build/fuzz/tests/%.o: $(FUZZ_DIR)/%.c
	@mkdir -p $(@D)
	$(CLANG) $(FUZZ_CFLAGS) -c -o $@ $<

build/fuzz-frontend: $(FUZZ_OBJS)
	$(CLANG) $(FUZZ_SAN) -fsanitize=fuzzer -o $@ $^ $(LDLIBS)

fuzz: build/fuzz-frontend

# New inputs go to corpus-new/ so the checked-in seeds stay small and chosen.
fuzz-run: build/fuzz-frontend
	@mkdir -p $(FUZZ_DIR)/corpus-new
	build/fuzz-frontend -max_total_time=$(FUZZ_SECONDS) -max_len=4096 \
		-timeout=5 -rss_limit_mb=1024 \
		$(if $(wildcard $(FUZZ_DIR)/bpftrace.dict),-dict=$(FUZZ_DIR)/bpftrace.dict) \
		$(FUZZ_DIR)/corpus-new $(FUZZ_DIR)/corpus

install: bpfscope
	install -D -m 755 bpfscope $(DESTDIR)$(PREFIX)/bin/bpfscope
	install -d $(DESTDIR)$(PREFIX)/share/bpfscope/tools
	install -m 644 tools/*.bt $(DESTDIR)$(PREFIX)/share/bpfscope/tools/
	install -d $(DESTDIR)$(PREFIX)/share/man/man8
	BPFSCOPE_TOOLS=tools ./bpfscope tools | while read -r name rest; do \
		BPFSCOPE_TOOLS=tools ./bpfscope tools --man "$$name" \
			>$(DESTDIR)$(PREFIX)/share/man/man8/bpfscope-$$name.8 || exit 1; \
	done

clean:
	rm -rf build bpfscope

-include $(shell find build -name '*.d' 2>/dev/null)
bench:: ; bench/run && bench/tools/run
