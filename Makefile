# Dossier: the two commands of the README are `make run` and `make test`.
SWIFT ?= swift
CORPUS ?=
# Release builds link the Swift runtime and Foundation statically: the dynamic loader's
# symbol lookups were a fifth of the start-up.
RELEASE = -c release --static-swift-stdlib

.PHONY: run test build release deps embed tour corpus bench fuzz clean

## Build and open the REPL on the bundled corpus (or CORPUS=dir).
run: build
	@.build/debug/dossier $(if $(CORPUS),--corpus $(CORPUS),)

## Run every test: the Swift suites, the REPL driven through a pseudo-terminal, and the
## replay of every input that once crashed a fuzzer (Tests/fuzz/).
test: deps
	$(SWIFT) build
	$(SWIFT) test
	python3 Tests/pty/repl_test.py
	@for target in statement article entities events snapshot; do .build/debug/dossier-fuzz $$target Tests/fuzz/$$target || exit 1; done

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build $(RELEASE)

## Install libedit-dev and pkg-config when missing.
deps:
	@scripts/ensure-deps

## Rewrite the copies compiled into the binary: samples/corpus/kazakhstan-2022 and the
## extraction's vocabulary (Sources/DossierExtraction/Lexicon).
embed:
	@scripts/embed-corpus
	@scripts/embed-lexicon

## Rewrite the expected output of each lesson of samples/tour (read the diff before committing).
tour: build
	@for lesson in samples/tour/*.dq; do .build/debug/dossier --keep-going "$$lesson" > "$${lesson%.dq}.out" 2>&1; done; git diff --stat -- samples/tour

## Write a synthetic corpus of N articles (default 1000) for benchmarks: make corpus N=10000 [SEED=1] [OUT=dir]
N ?= 1000
SEED ?= 1
OUT ?= bench/corpora/articles-$(N)
corpus:
	@scripts/gen-corpus $(N) $(OUT) --seed $(SEED)

## Benchmark against SQLite at 1k, 10k and 100k articles (SIZES="1000 10000" for fewer); writes bench/results.json.
SIZES ?= 1000 10000 100000
bench: deps
	$(SWIFT) build $(RELEASE) --product dossier
	$(SWIFT) build $(RELEASE) --product dossier-bench
	scripts/bench $(SIZES)

## Fuzz each entry point with libFuzzer and AddressSanitizer: make fuzz [SECONDS=60] [TARGETS="statement article"]
SECONDS ?= 60
TARGETS ?= statement article entities events snapshot
fuzz: deps
	scripts/fuzz $(SECONDS) "$(TARGETS)"

clean:
	rm -rf .build
