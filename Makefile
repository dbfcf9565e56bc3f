# healthkb — build, check and test the health knowledge base.
# `make html` and `make test` set everything up on a fresh machine.

SHELL        := bash
VENV         ?= .venv
PY           := $(VENV)/bin/python
STAMP        := $(VENV)/.installed
# requirements.lock: the build and the test tools; requirements-build.lock: only what
# the site build needs (what Pages, Read the Docs and the pull-request check install)
LOCK         ?= requirements.lock
BUILDDIR     ?= _build
SPHINXOPTS   ?=
JOBS         ?= auto
# Strict: write the whole site, report every problem, fail on any warning.
STRICT       := -W --keep-going -n -j $(JOBS)
DOCTREES     := $(BUILDDIR)/.doctrees
HOST         ?= 127.0.0.1
PORT         ?= 8000

.PHONY: help venv lock schema html serve check test hooks lint new topic review move reviews keywords import source \
        bench bench-pathological linkcheck clean distclean

help: ## Show the targets
	@grep -hE '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | \
	  awk -F':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

$(STAMP): $(LOCK) pyproject.toml tools/find-python
	@py=$$(tools/find-python) || exit 1; \
	  if [ ! -x $(PY) ] || ! $(PY) -c 'import sys; sys.exit(sys.version_info < (3, 13))'; then \
	    rm -rf $(VENV); echo "Creating $(VENV) with $$py"; "$$py" -m venv $(VENV) || exit 1; \
	  fi
	$(PY) -m pip install --quiet --require-hashes --no-deps -r $(LOCK)
	$(PY) -m pip install --quiet --no-deps --no-build-isolation --no-index -e .
	@touch $@

venv: $(STAMP) ## Create the virtual environment with the pinned packages

UV_COMPILE := $(VENV)/bin/uv pip compile pyproject.toml --universal --python-version 3.13 \
              --generate-hashes --quiet --custom-compile-command "make lock"
# Needs PyPI. Without UPGRADE, every version already pinned is kept.
schema: $(STAMP) ## Regenerate the front-matter JSON Schema (schema/) from the article model
	$(PY) -m healthkb.model.front_matter_schema

lock: $(STAMP) ## Regenerate the lock files from pyproject.toml (UPGRADE=1: newest versions)
	$(UV_COMPILE) --extra dev $(if $(UPGRADE),--upgrade) -o requirements.lock
	$(UV_COMPILE) --group build -c requirements.lock -o requirements-build.lock

html: $(STAMP) ## Build the site into _build/html (strict: fails on any problem)
	@$(PY) -m healthkb.cli.conf_preflight .
	$(PY) -m sphinx -b html $(STRICT) -d $(DOCTREES) $(SPHINXOPTS) . $(BUILDDIR)/html

# The preview keeps one Sphinx application warm and rebuilds only what a save changed
# (healthkb/preview); it skips Pagefind and keeps Sphinx's own search.
serve: $(STAMP) ## Build and serve on http://127.0.0.1:8000 with live reload
	$(VENV)/bin/healthkb serve --host $(HOST) --port $(PORT) --builddir $(BUILDDIR)

check: $(STAMP) ## Check every article and source without building, retractions too when data is there (exit 1 on errors)
	$(VENV)/bin/healthkb check

test: $(STAMP) ## Run the whole test suite (workflows, unit, Sphinx builds, browser)
	@tools/need-chromium
	$(VENV)/bin/actionlint
	$(PY) -m pytest -n 2 $(PYTEST_ARGS)

hooks: $(STAMP) ## Check changed articles on every git commit (pre-commit)
	$(VENV)/bin/pre-commit install

lint: $(STAMP) ## ruff + healthkb check
	$(VENV)/bin/ruff check healthkb tests benchmarks
	$(VENV)/bin/ruff format --check healthkb tests benchmarks
	$(VENV)/bin/healthkb check

topic: $(STAMP) ## New topic: make topic TOPIC=lungs TITLE="Lungs and breathing" DESCRIPTION="..."
	$(call need,TOPIC,topic,make topic TOPIC=lungs TITLE="Lungs and breathing" DESCRIPTION="...")
	$(call need,TITLE,topic,make topic TOPIC=lungs TITLE="Lungs and breathing" DESCRIPTION="...")
	$(call need,DESCRIPTION,topic,make topic TOPIC=lungs TITLE="Lungs and breathing" DESCRIPTION="...")
	$(VENV)/bin/healthkb topic new "$(TOPIC)" --title "$(TITLE)" --description "$(DESCRIPTION)"

# Say which variable is missing, not what the command line below would say.
need = @$(if $($(1)),true,echo 'make $(2) needs $(1)=...: $(3)' >&2; exit 2)

new: $(STAMP) ## New article: make new TITLE="..." TOPIC=mental-health [AUTHOR=key] [FORCE=1]
	$(call need,TITLE,new,make new TITLE="What is asthma?" TOPIC=lungs)
	$(call need,TOPIC,new,make new TITLE="What is asthma?" TOPIC=lungs)
	$(VENV)/bin/healthkb new "$(TITLE)" --topic "$(TOPIC)" $(if $(AUTHOR),--author "$(AUTHOR)") $(if $(FORCE),--force)

bench: $(STAMP) ## Build synthetic sites (100, 1,000; BENCH_LARGE=1: 10,000) and print the figures
	$(PY) benchmarks/run.py

bench-pathological: $(STAMP) ## Growth of check and import on hostile inputs (linear: ~2x per doubling)
	$(PY) benchmarks/pathological.py

import: $(STAMP) ## Import a draft: make import DRAFT=draft.txt TOPIC=mental-health [AUTHOR=key] [FORCE=1]
	$(call need,DRAFT,import,make import DRAFT=draft.txt TOPIC=mental-health)
	$(call need,TOPIC,import,make import DRAFT=draft.txt TOPIC=mental-health)
	$(VENV)/bin/healthkb import "$(DRAFT)" --topic "$(TOPIC)" $(if $(AUTHOR),--author "$(AUTHOR)") $(if $(FORCE),--force)

source: $(STAMP) ## Add a source to references.bib: make source SOURCE=10.1136/bmj.m441 (a DOI, PMID or .bib/.ris/.json/.nbib file)
	$(VENV)/bin/healthkb source add "$(SOURCE)"

keywords: $(STAMP) ## Suggest keywords: make keywords ARTICLE=articles/topic/name.md
	$(call need,ARTICLE,keywords,make keywords ARTICLE=articles/topic/name.md)
	$(VENV)/bin/healthkb keywords "$(ARTICLE)"

review: $(STAMP) ## Record a review: make review ARTICLE=articles/topic/name.md BY=key [DATE=YYYY-MM-DD] [SUMMARY="what changed"]
	@# the summary reaches the command through the environment: quotes stay text
	$(VENV)/bin/healthkb review "$(ARTICLE)" --by "$(BY)" $(if $(DATE),--date "$(DATE)") $(if $(SUMMARY),--summary "$$SUMMARY")

move: $(STAMP) ## Move or rename an article: make move OLD=articles/a/x.md NEW=articles/b/y.md
	$(VENV)/bin/healthkb move "$(OLD)" "$(NEW)"

reviews: $(STAMP) ## List articles by next review date (overdue first)
	$(VENV)/bin/healthkb reviews

linkcheck: $(STAMP) ## Check external links (needs the network; not part of test)
	$(PY) -m sphinx -b linkcheck -d $(DOCTREES) . $(BUILDDIR)/linkcheck || true

clean: ## Remove the build output
	rm -rf $(BUILDDIR)

distclean: clean ## Remove the build output and the virtual environment
	rm -rf $(VENV)
