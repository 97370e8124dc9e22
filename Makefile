# Two entry points: `make demo` (extract the bundled sample corpus) and `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
OUT    ?= out/demo
SAMPLE := newsextract/corpora/sample
# A local folder of prebuilt wheels (the CPU build of torch) is used when the machine has one.
WHEELS ?= /opt/wheels
FIND_LINKS := $(if $(wildcard $(WHEELS)),--find-links $(WHEELS),)

.PHONY: demo test install install-test install-browser bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml $(VENV)/.installed
	$(BIN)/python -m pip install --quiet $(FIND_LINKS) -e '.[dev,transformers,dask,analysis,underthesea]'
	touch $@

install: $(VENV)/.installed
install-test: $(VENV)/.installed-test install-browser

# The review page is tested in Debian's headless Chromium (tests/test_review.py); CI runs as root.
install-browser:
	@if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver fonts-dejavu-core; \
	else echo "chromium and chromium-driver are missing: the browser tests of the review page will skip"; fi

demo: install
	$(BIN)/python -m newsextract extract $(SAMPLE)/texts --out $(OUT) --overwrite
	$(BIN)/python -m newsextract summary $(OUT)
	$(BIN)/python -m newsextract evaluate --gold $(SAMPLE)/gold --pred $(OUT)

test: install-test
	$(BIN)/python -m pytest -q

bench: install-test
	$(BIN)/python -m pip install --quiet -e '.[dev,transformers,dask,analysis,langid]'
	for script in benchmarks/bench_*.py; do $(BIN)/python $$script || exit 1; done

clean:
	rm -rf $(VENV) out .pytest_cache
