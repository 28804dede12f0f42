# Every target sets itself up: a virtual environment in .venv with the project installed.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test test-oldest lint screenshot bench goals dist icons translations install-desktop uninstall-desktop clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $(STAMP)

run: $(STAMP)  ## start the editor on the default workspace
	$(BIN)/noteapp

test: $(STAMP)  ## the whole test suite, offscreen
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

# The suite with every dependency at its lower bound (constraints-oldest.txt), in its own
# venv: proves the bounds in pyproject.toml. Not run by CI; run it when a bound moves.
OLDEST_VENV := .venv-oldest
OLDEST_STAMP := $(OLDEST_VENV)/.installed

$(OLDEST_STAMP): pyproject.toml constraints-oldest.txt
	$(PYTHON) -m venv $(OLDEST_VENV)
	$(OLDEST_VENV)/bin/python -m pip install --quiet --upgrade pip
	$(OLDEST_VENV)/bin/python -m pip install --quiet -c constraints-oldest.txt -e ".[test]"
	touch $(OLDEST_STAMP)

test-oldest: $(OLDEST_STAMP)  ## the whole suite with the oldest dependencies allowed
	QT_QPA_PLATFORM=offscreen $(OLDEST_VENV)/bin/python -m pytest -p no:cacheprovider

lint: $(STAMP)  ## ruff, the import contracts (pyproject.toml) and mypy on core, storage, publish
	$(BIN)/ruff check noteapp tests bench tools
	$(BIN)/ruff format --check noteapp tests bench tools
	$(BIN)/lint-imports
	$(BIN)/mypy

XVFB := xvfb-run -a -s "-screen 0 1400x900x24"

screenshot: $(STAMP)  ## docs/*.png from a real window under Xvfb (light, dark; 1400x900, 800x600)
	@command -v xvfb-run >/dev/null || { echo "make screenshot needs Xvfb: apt-get install \
	xvfb xauth libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-randr0 \
	libxcb-render-util0 libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0"; exit 1; }
	$(XVFB) $(BIN)/python -m noteapp.ui.screenshot docs/screenshot.png
	$(XVFB) $(BIN)/python -m noteapp.ui.screenshot docs/screenshot-dark.png --theme dark
	$(XVFB) $(BIN)/python -m noteapp.ui.screenshot docs/screenshot-800x600.png --size 800x600
	$(XVFB) $(BIN)/python -m noteapp.ui.screenshot docs/screenshot-800x600-dark.png \
	    --size 800x600 --theme dark
	xvfb-run -a -s "-screen 0 1400x900x24" $(BIN)/python -m noteapp.ui.screenshot \
	    docs/before-the-call.png --scene before-call
	xvfb-run -a -s "-screen 0 1400x900x24" $(BIN)/python -m noteapp.ui.screenshot \
	    docs/across-meetings.png ../shared/corpus/conda-forge/2022-11-16.md \
	    --scene archive --workspace ../shared/corpus
	xvfb-run -a -s "-screen 0 1400x900x24" $(BIN)/python -m tests.publish.publish_screenshot \
	    docs/publish-pull-request.png

# Every user-visible string for translators: what self.tr()/translate() mark in the UI
# code (pyside6-lupdate), plus the command, menu and panel titles kept as data.
translations: $(STAMP)  ## translations/noteapp.ts, to translate with pyside6-linguist
	$(BIN)/pyside6-lupdate $$(find noteapp/ui -name '*.py' | sort) \
	    -ts translations/noteapp.ts -no-obsolete -locations relative
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m noteapp.ui.i18n translations/noteapp.ts

bench: $(STAMP)  ## speed measurements, each against a baseline from the same run
	$(BIN)/python -m bench.parse_speed
	$(BIN)/python -m bench.new_section_speed
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench.startup
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench.typing_speed
	$(BIN)/python -m bench.index_build
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench.archive_startup
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench.memory_hour
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench.two_writers

goals: $(STAMP)  ## the long-note goals' benches, three rounds in a row, one table (~25 min)
	$(BIN)/python -m bench.goals --rounds 3

# The standalone bundle (packaging/README.md). PyInstaller lives in its own venv, with the
# project installed as a wheel (not editable), so the bundle holds what a user installs.
DIST_VENV := .venv-dist
DIST_BIN := $(DIST_VENV)/bin
DIST_STAMP := $(DIST_VENV)/.installed

$(DIST_STAMP): pyproject.toml
	$(PYTHON) -m venv $(DIST_VENV)
	$(DIST_BIN)/python -m pip install --quiet --upgrade pip
	$(DIST_BIN)/python -m pip install --quiet "pyinstaller>=6.10"
	@# macOS and Windows: PyInstaller turns the PNG icon into .icns/.ico with Pillow.
	[ "$$(uname -s)" = Linux ] || $(DIST_BIN)/python -m pip install --quiet pillow
	touch $(DIST_STAMP)

dist: $(DIST_STAMP)  ## dist/noteapp/: a one-folder bundle, smoke-tested and validated
	@start=$$(date +%s); set -e; \
	echo "dist: installing noteapp (from its wheel) into $(DIST_VENV)"; \
	$(DIST_BIN)/python -m pip install --quiet . ; \
	echo "dist: pyinstaller packaging/noteapp.spec"; \
	$(DIST_BIN)/pyinstaller --noconfirm --clean --log-level WARN \
	    --distpath dist --workpath build/pyinstaller packaging/noteapp.spec; \
	sh packaging/install-desktop.sh --bundle dist/noteapp; \
	sh packaging/smoke-test.sh dist/noteapp; \
	echo "dist: bundle dist/noteapp/ is $$(du -sh dist/noteapp | cut -f1)" \
	     "(built and tested in $$(( $$(date +%s) - start )) s)"

icons: $(STAMP)  ## resources/icons/noteapp-*.png and the command icon masks, from the SVGs
	QT_QPA_PLATFORM=offscreen $(BIN)/python packaging/render_icons.py

install-desktop:  ## menu entry and icons for dist/noteapp in ~/.local/share
	sh packaging/install-desktop.sh dist/noteapp

uninstall-desktop:
	sh packaging/install-desktop.sh --uninstall

clean:
	rm -rf $(VENV) $(DIST_VENV) $(OLDEST_VENV) build dist .pytest_cache .ruff_cache
