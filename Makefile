# Newsdesk — two commands on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp

.PHONY: run test lint typecheck translations screenshots bench-search bench-list bench-export bench-related clean

$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

## Start the desktop app on the default SQLite file (a demo newsroom on first run).
run: $(STAMP)
	$(PY) -m newsdesk $(ARGS)

## The whole suite, headless. PostgreSQL tests run when NEWSDESK_TEST_PG_URL is set.
## TEST_JOBS test processes (pytest-xdist; `auto`: one per core, 0: all in this process).
TEST_JOBS ?= auto
test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -n $(TEST_JOBS) $(PYTEST_ARGS)

lint: $(STAMP)
	$(VENV)/bin/ruff check src tests
	$(VENV)/bin/ruff format --check src tests
	$(VENV)/bin/lint-imports

typecheck: $(STAMP)
	$(VENV)/bin/mypy

## Rebuild the Arabic translation: update the .ts from the sources, then compile the .qm.
translations: $(STAMP)
	$(VENV)/bin/pyside6-lupdate $$(find src/newsdesk/ui -name '*.py' | sort) -ts resources/i18n/newsdesk_ar.ts -no-obsolete
	$(VENV)/bin/pyside6-lrelease resources/i18n/newsdesk_ar.ts -qm src/newsdesk/assets/i18n/newsdesk_ar.qm

## README screenshots from the real app (offscreen).
screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) resources/screenshots/take.py resources/screenshots

## The story list at 100,000 stories (builds bench-data/list-100000-0.db once, about 4 min).
bench-list: $(STAMP)
	QT_QPA_PLATFORM=offscreen PYTHONPATH=src:. $(PY) -m benchmarks.list.run $(BENCH_ARGS)
## Search benchmark: 100,000 stories through the jsonl import, index build, query latency vs LIKE.
## Writes its table into benchmarks/README.md. BENCH_ARGS="--n 10000" for a quicker run.
bench-search: $(STAMP)
	PYTHONPATH=. $(PY) -m benchmarks.search $(BENCH_ARGS)
## Site export against Pelican on 10,000 stories (Pelican in its own venv, see the script).
bench-export: $(STAMP)
	$(PY) -m benchmarks.export.run $(BENCH_ARGS)
## Related stories: top-3 category agreement on the shared corpus, then suggestion latency.
bench-related: $(STAMP)
	PYTHONPATH=. $(PY) -m benchmarks.related.quality --sweep
	PYTHONPATH=. $(PY) -m benchmarks.related.latency --stories $${STORIES:-100000}

clean:
	rm -rf $(VENV) build dist .pytest_cache
