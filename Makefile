# healthkb — build, check and test the health knowledge base.
# `make html` and `make test` set everything up on a fresh machine.

SHELL        := bash
VENV         ?= .venv
PY           := $(VENV)/bin/python
STAMP        := $(VENV)/.installed
BUILDDIR     ?= _build
SPHINXOPTS   ?=
JOBS         ?= auto
# Strict: write the whole site, report every problem, fail on any warning.
STRICT       := -W --keep-going -n -j $(JOBS)
DOCTREES     := $(BUILDDIR)/.doctrees
HOST         ?= 127.0.0.1
PORT         ?= 8000

.PHONY: help venv html serve check test test-fast lint new reviews keywords import \
        bench linkcheck clean distclean

help: ## Show the targets
	@grep -hE '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | \
	  awk -F':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

$(STAMP): requirements.lock pyproject.toml tools/find-python
	@py=$$(tools/find-python) || exit 1; \
	  if [ ! -x $(PY) ] || ! $(PY) -c 'import sys; sys.exit(sys.version_info < (3, 13))'; then \
	    rm -rf $(VENV); echo "Creating $(VENV) with $$py"; "$$py" -m venv $(VENV) || exit 1; \
	  fi
	$(PY) -m pip install --quiet --require-hashes --no-deps -r requirements.lock
	$(PY) -m pip install --quiet --no-deps --no-build-isolation --no-index -e .
	@touch $@

venv: $(STAMP) ## Create the virtual environment with the pinned packages

html: $(STAMP) ## Build the site into _build/html (strict: fails on any problem)
	@$(PY) -m healthkb.conf_preflight .
	$(PY) -m sphinx -b html $(STRICT) -d $(DOCTREES) $(SPHINXOPTS) . $(BUILDDIR)/html

# The preview keeps one Sphinx application warm and rebuilds only what a save changed
# (healthkb/preview); it skips Pagefind and keeps Sphinx's own search.
serve: $(STAMP) ## Build and serve on http://127.0.0.1:8000 with live reload
	$(VENV)/bin/healthkb serve --host $(HOST) --port $(PORT) --builddir $(BUILDDIR)

check: $(STAMP) ## Check every article and source without building (exit 1 on errors)
	$(VENV)/bin/healthkb check

test: $(STAMP) ## Run the whole test suite (unit, Sphinx builds, browser)
	$(PY) -m pytest -n 2 $(PYTEST_ARGS)

lint: $(STAMP) ## ruff + healthkb check
	$(VENV)/bin/ruff check healthkb tests benchmarks
	$(VENV)/bin/ruff format --check healthkb tests benchmarks
	$(VENV)/bin/healthkb check

new: $(STAMP) ## New article: make new TITLE="..." TOPIC=mental-health [AUTHOR=key]
	$(VENV)/bin/healthkb new "$(TITLE)" --topic "$(TOPIC)" $(if $(AUTHOR),--author "$(AUTHOR)")

bench: $(STAMP) ## Build synthetic sites (100, 1,000; BENCH_LARGE=1: 10,000) and print the figures
	$(PY) benchmarks/run.py

import: $(STAMP) ## Import a draft: make import DRAFT=draft.txt TOPIC=mental-health [AUTHOR=key]
	$(VENV)/bin/healthkb import "$(DRAFT)" --topic "$(TOPIC)" $(if $(AUTHOR),--author "$(AUTHOR)")

keywords: $(STAMP) ## Suggest keywords: make keywords ARTICLE=articles/topic/name.md
	$(VENV)/bin/healthkb keywords "$(ARTICLE)"

reviews: $(STAMP) ## List articles by next review date (overdue first)
	$(VENV)/bin/healthkb reviews

linkcheck: $(STAMP) ## Check external links (needs the network; not part of test)
	$(PY) -m sphinx -b linkcheck -d $(DOCTREES) . $(BUILDDIR)/linkcheck || true

clean: ## Remove the build output
	rm -rf $(BUILDDIR)

distclean: clean ## Remove the build output and the virtual environment
	rm -rf $(VENV)
