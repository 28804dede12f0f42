# Every target sets itself up: a virtual environment in .venv with the project installed.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint screenshot bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $(STAMP)

run: $(STAMP)  ## start the editor on the default workspace
	$(BIN)/noteapp

test: $(STAMP)  ## the whole test suite, offscreen
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check noteapp tests bench
	$(BIN)/ruff format --check noteapp tests bench

screenshot: $(STAMP)  ## docs/screenshot.png from a real window under Xvfb
	@command -v xvfb-run >/dev/null || { echo "make screenshot needs Xvfb: apt-get install \
	xvfb xauth libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-randr0 \
	libxcb-render-util0 libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0"; exit 1; }
	xvfb-run -a -s "-screen 0 1400x900x24" $(BIN)/python -m noteapp.ui.screenshot docs/screenshot.png

bench: $(STAMP)  ## speed measurements, each against a baseline from the same run
	$(BIN)/python -m bench.parse_speed
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench.startup
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench.typing_speed

clean:
	rm -rf $(VENV) build dist .pytest_cache .ruff_cache
