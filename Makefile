# hearth — build, test, run. See README.
#   make            build hearth and hearthctl
#   make check      install what is missing, build, run every test suite
#   make demo       install what is missing, start the demo cluster, open hearth
#   make install    PREFIX=/usr/local DESTDIR=
#   make bench      benchmarks (not part of check)
#   make fuzz       run each libFuzzer target FUZZ_SECONDS (60); FUZZ_ONLY=NAME

PREFIX  ?= /usr/local
BINDIR   = $(PREFIX)/bin
MANDIR   = $(PREFIX)/share/man
VERSION  = 0.1

CC      ?= cc
PKGS     = ncursesw formw menuw panelw libpq libcurl
CFLAGS  ?= -O2 -g
CFLAGS  += -std=c11 -Wall -Wextra -Werror -D_DEFAULT_SOURCE -D_GNU_SOURCE \
           -DHEARTH_VERSION='"$(VERSION)"' -DHEARTH_FORMS_DIR='"$(PREFIX)/share/hearth/forms"' \
           $(shell pkg-config --cflags $(PKGS) 2>/dev/null) -I/usr/include/iniparser
LDLIBS  += $(shell pkg-config --libs $(PKGS) 2>/dev/null) -liniparser
# hearthctl talks to the database and nothing else
CTL_LDLIBS = $(shell pkg-config --libs libpq 2>/dev/null)

BUILD    = build
UTIL_SRC = src/util/xalloc.c src/util/date.c
DB_SRC   = src/db/db.c src/db/db_records.c
FORMS_SRC = src/forms/form_errors.c src/forms/form_ini.c src/forms/form.c src/forms/form_checks.c \
            src/forms/form_query.c src/forms/form_set.c \
            src/forms/field.c src/forms/field_ids.c src/forms/field_display.c \
            src/forms/validate.c src/forms/workflow.c src/forms/changes.c \
            src/forms/form_place.c src/forms/formula.c src/forms/computed.c \
            src/forms/form_add.c
# saving records needs a server: not in the parsers' unit and fuzz builds
RECORD_SRC = src/forms/record.c src/lookup.c src/client.c src/family.c
CTL_SRC  = src/ctl/main.c src/ctl/migrate.c src/ctl/admin.c src/ctl/table.c \
           src/ctl/demo.c src/ctl/demo_summary.c src/ctl/demo_world.c \
           src/ctl/demo_people.c src/ctl/demo_clients.c src/ctl/demo_enrollments.c \
           src/ctl/demo_records.c src/ctl/demo_notes.c src/ctl/demo_elements.c \
           src/ctl/demo_assessments.c src/ctl/demo_benefits.c src/ctl/demo_informational.c \
           src/ctl/demo_names.c src/ctl/demo_rng.c \
           src/ctl/demo_copy.c $(BUILD)/migrations.c
HEARTH_SRC = src/main.c src/conf.c src/session.c $(RECORD_SRC) src/merge.c src/enrollment.c src/compare.c src/provider.c src/related.c src/address_history.c src/paused.c src/choice_lists.c src/quick_find.c src/client_files.c src/record_rules.c $(wildcard src/ui/*.c) $(FORMS_SRC)
MIGRATIONS = $(sort $(wildcard sql/*.sql))

obj = $(patsubst %.c,$(BUILD)/%.o,$(patsubst $(BUILD)/%,%,$(1)))

all: hearth hearthctl

hearth: $(call obj,$(HEARTH_SRC) $(DB_SRC) $(UTIL_SRC))
	$(CC) $(LDFLAGS) -o $@ $^ $(LDLIBS)

hearthctl: $(call obj,$(CTL_SRC) $(DB_SRC) $(UTIL_SRC))
	$(CC) $(LDFLAGS) -o $@ $^ $(CTL_LDLIBS)

$(BUILD)/migrations.c: $(MIGRATIONS) $(BUILD)/migrations.list scripts/embed-sql
	@mkdir -p $(@D)
	scripts/embed-sql $(MIGRATIONS) > $@.tmp && mv $@.tmp $@

# The names of the migrations, rewritten only when they change, so that a
# migration removed or renamed embeds them again too.
$(BUILD)/migrations.list: FORCE
	@mkdir -p $(@D)
	@echo $(MIGRATIONS) | cmp -s - $@ || echo $(MIGRATIONS) > $@
FORCE:

$(BUILD)/migrations.o: $(BUILD)/migrations.c
	$(CC) $(CFLAGS) -Isrc/ctl -MMD -MP -c -o $@ $<

$(BUILD)/%.o: %.c
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) -MMD -MP -c -o $@ $<

-include $(shell find $(BUILD) -name '*.d' 2>/dev/null)

# ---- tests ---------------------------------------------------------------

SAN_FLAGS = -O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer \
            -fno-sanitize-recover=all
UNIT_TESTS = $(patsubst tests/unit/%.c,$(BUILD)/tests/%,$(wildcard tests/unit/test_*.c))

# what unit tests link: the code without a terminal or a server (keys.c is
# the key table; it only names curses' key codes; input.c is the fields'
# editor, tested without ever drawing it)
UNIT_SRC = $(UTIL_SRC) $(DB_SRC) $(FORMS_SRC) src/conf.c src/ui/keys.c src/ui/input.c src/quick_find.c src/client_files.c src/family.c
UNIT_DEPS = $(UNIT_SRC) $(wildcard src/util/*.h src/db/*.h src/forms/*.h src/ui/keys.h src/ui/input.h) src/conf.h src/client_files.h src/quick_find.h src/family.h \
            $(wildcard tests/unit/*.h)
$(BUILD)/tests/test_%: tests/unit/test_%.c $(UNIT_DEPS)
	@mkdir -p $(@D)
	$(CC) $(filter-out -O2,$(CFLAGS)) $(SAN_FLAGS) -Isrc -o $@ $< $(UNIT_SRC) $(LDLIBS)

# hearthctl under ASan and UBSan, for the command-line suite.
SAN_CTL = $(BUILD)/san/hearthctl
$(SAN_CTL): $(CTL_SRC) $(DB_SRC) $(UTIL_SRC) $(wildcard src/*/*.h)
	@mkdir -p $(@D)
	$(CC) $(filter-out -O2,$(CFLAGS)) $(SAN_FLAGS) -Isrc/ctl -o $@ $(CTL_SRC) $(DB_SRC) $(UTIL_SRC) $(CTL_LDLIBS)

# hearth under ASan and UBSan, for the terminal suite.
SAN_HEARTH = $(BUILD)/san/hearth
$(SAN_HEARTH): $(HEARTH_SRC) $(DB_SRC) $(UTIL_SRC) $(wildcard src/*.h src/*/*.h)
	@mkdir -p $(@D)
	$(CC) $(filter-out -O2,$(CFLAGS)) $(SAN_FLAGS) -Isrc -o $@ $(HEARTH_SRC) $(DB_SRC) $(UTIL_SRC) $(LDLIBS)

# the record engine against a real database (tests/record/run)
RECORD_TEST = $(BUILD)/tests/record_test
RECORD_TEST_SRC = tests/record/test_record.c $(RECORD_SRC) src/quick_find.c $(FORMS_SRC) $(DB_SRC) $(UTIL_SRC)
$(RECORD_TEST): $(RECORD_TEST_SRC) $(wildcard src/*.h src/*/*.h) tests/unit/check.h
	@mkdir -p $(@D)
	$(CC) $(filter-out -O2,$(CFLAGS)) $(SAN_FLAGS) -Isrc -o $@ $(RECORD_TEST_SRC) $(LDLIBS)

record: all $(RECORD_TEST)
	@tests/record/run $(RECORD_TEST)

unit: $(UNIT_TESTS)
	@tests/unit/run $(UNIT_TESTS)

VG_TESTS = $(UNIT_TESTS:$(BUILD)/tests/%=$(BUILD)/tests/vg_%)
$(BUILD)/tests/vg_%: tests/unit/%.c $(UNIT_DEPS)
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) -Isrc -o $@ $< $(UNIT_SRC) $(LDLIBS)

valgrind: $(VG_TESTS)
	@tests/unit/run --valgrind $(VG_TESTS)

# ---- fuzzing (tests/fuzz, see README) -----------------------------------

# One libFuzzer target per parser, built with clang, ASan and UBSan; the
# same target linked with tests/fuzz/replay.c instead of libFuzzer replays
# the seed corpus and the stored crashes in `make check`.
FUZZ_CC      ?= clang-14
FUZZ_SECONDS ?= 60
FUZZ_ONLY    ?=
FUZZ_TARGETS = form workflow conf keys quick_find date field formula
FUZZ_SRC     = tests/fuzz/fuzz.c $(UTIL_SRC) $(FORMS_SRC) src/conf.c src/ui/keys.c src/quick_find.c
FUZZ_CFLAGS  = $(filter-out -O2,$(CFLAGS)) -O1 -g -fno-omit-frame-pointer -Isrc -Itests/fuzz \
               -fsanitize=address,undefined -fno-sanitize-recover=all
FUZZ_BINS    = $(FUZZ_TARGETS:%=$(BUILD)/fuzz/fuzz_%)
REPLAY_BINS  = $(FUZZ_TARGETS:%=$(BUILD)/fuzz/replay_%)
# the parsers, compiled once for all targets: with libFuzzer's coverage
# (cov/) and without it, for the replay (san/)
FUZZ_COV_OBJ = $(FUZZ_SRC:%.c=$(BUILD)/fuzz/cov/%.o)
FUZZ_SAN_OBJ = $(FUZZ_SRC:%.c=$(BUILD)/fuzz/san/%.o)

$(BUILD)/fuzz/cov/%.o: %.c
	@mkdir -p $(@D)
	$(FUZZ_CC) $(FUZZ_CFLAGS) -fsanitize=fuzzer-no-link -MMD -MP -c -o $@ $<

$(BUILD)/fuzz/san/%.o: %.c
	@mkdir -p $(@D)
	$(FUZZ_CC) $(FUZZ_CFLAGS) -MMD -MP -c -o $@ $<

.PRECIOUS: $(BUILD)/fuzz/cov/%.o $(BUILD)/fuzz/san/%.o

$(BUILD)/fuzz/fuzz_%: $(BUILD)/fuzz/cov/tests/fuzz/%.o $(FUZZ_COV_OBJ)
	$(FUZZ_CC) $(FUZZ_CFLAGS) -fsanitize=fuzzer -o $@ $^ $(LDLIBS)

$(BUILD)/fuzz/replay_%: $(BUILD)/fuzz/san/tests/fuzz/%.o $(BUILD)/fuzz/san/tests/fuzz/replay.o $(FUZZ_SAN_OBJ)
	$(FUZZ_CC) $(FUZZ_CFLAGS) -o $@ $^ $(LDLIBS)

fuzz: deps $(if $(FUZZ_ONLY),$(BUILD)/fuzz/fuzz_$(FUZZ_ONLY),$(FUZZ_BINS))
	@FUZZ_SECONDS=$(FUZZ_SECONDS) tests/fuzz/fuzz $(BUILD)/fuzz $(or $(FUZZ_ONLY),$(FUZZ_TARGETS))

fuzz-replay: $(REPLAY_BINS)
	@tests/fuzz/run $(BUILD)/fuzz $(FUZZ_TARGETS)

deps:
	@scripts/deps

check: deps
	@$(MAKE) --no-print-directory all
	@tests/layers/run
	@$(MAKE) --no-print-directory unit
	@$(MAKE) --no-print-directory fuzz-replay
	@$(MAKE) --no-print-directory valgrind $(SAN_CTL) $(SAN_HEARTH) $(RECORD_TEST)
	@SAN_HEARTHCTL=$(SAN_CTL) SAN_HEARTH=$(SAN_HEARTH) RECORD_TEST=$(RECORD_TEST) tests/run-db-suites

demo: deps
	@$(MAKE) --no-print-directory all
	@scripts/demo

demo-stop:
	@scripts/demo stop

bench: all
	@bench/run

install: all
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(MANDIR)/man1 $(DESTDIR)$(MANDIR)/man5
	install -m 755 hearth hearthctl $(DESTDIR)$(BINDIR)
	install -d $(DESTDIR)$(PREFIX)/share/hearth/forms/workflows
	install -m 644 forms/*.ini $(DESTDIR)$(PREFIX)/share/hearth/forms
	install -m 644 forms/workflows/*.ini $(DESTDIR)$(PREFIX)/share/hearth/forms/workflows
	install -m 644 man/*.1 $(DESTDIR)$(MANDIR)/man1
	for f in man/*.5; do [ ! -e "$$f" ] || install -m 644 "$$f" $(DESTDIR)$(MANDIR)/man5; done

clean:
	rm -rf $(BUILD) hearth hearthctl

.PHONY: all check unit record valgrind fuzz fuzz-replay deps demo demo-stop bench install clean
