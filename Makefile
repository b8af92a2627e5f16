# Two commands for a newcomer: `make run` (install + start the app) and `make test` (install + run all tests).
# The virtual environment is rebuilt only when pyproject.toml changes.
PY ?= python3
VENV := .venv
STAMP := $(VENV)/.installed
ARGS ?=

.PHONY: run test lint bench translations wheel bundle check-bundle clean

$(STAMP): pyproject.toml
	$(PY) -m venv $(VENV)
	$(VENV)/bin/python -m pip install -q --upgrade pip
	$(VENV)/bin/python -m pip install -q -e '.[test,dev]'
	touch $(STAMP)

run: $(STAMP)
	sh .ci/system-deps.sh --gui
	$(VENV)/bin/duewise $(ARGS)

test: $(STAMP)
	sh .ci/system-deps.sh
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/python -m pytest $(ARGS)

lint: $(STAMP)
	$(VENV)/bin/ruff check src tests
	$(VENV)/bin/ruff format --check src tests
	$(VENV)/bin/mypy

bench: $(STAMP)
	sh .ci/system-deps.sh
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/python -m pytest tests/benchmarks --benchmark-enable --benchmark-only -p no:randomly -s

# The wheel and sdist a user installs (pipx install dist/duewise-*.whl).
wheel: $(STAMP)
	$(VENV)/bin/python -m build --no-isolation --outdir dist .

# The standalone app folder (dist/DueWise/duewise), not part of `make test`; then its own check.
BUNDLE_STAMP := $(VENV)/.bundle-installed
$(BUNDLE_STAMP): $(STAMP)
	$(VENV)/bin/python -m pip install -q -e '.[test,dev,bundle]'
	touch $(BUNDLE_STAMP)

bundle: $(BUNDLE_STAMP)
	sh .ci/system-deps.sh --gui
	$(VENV)/bin/python packaging/build_bundle.py

check-bundle:
	$(PY) .ci/check-bundle dist/DueWise $(ARGS)

translations: $(STAMP)
	$(VENV)/bin/python -m duewise.i18n.build

clean:
	rm -rf $(VENV) build dist *.egg-info src/*.egg-info
