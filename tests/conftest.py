"""Shared fixtures: the repository paths, the provider, the packaged plugin."""

import atexit
import os
import shutil
import subprocess
import sys
import sysconfig
import tempfile
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_SOURCE = ROOT / "resources" / "sample" / "zoast_border.gpkg"
# Tests read a copy: QGIS opens GeoPackages for update, and SQLite may then touch the file
# (its change counter), which would leave the committed sample modified after a test run.
_SAMPLE_DIR = tempfile.mkdtemp(prefix="zoast-sample-")
atexit.register(shutil.rmtree, _SAMPLE_DIR, True)
SAMPLE_GPKG = Path(_SAMPLE_DIR) / SAMPLE_SOURCE.name
shutil.copy(SAMPLE_SOURCE, SAMPLE_GPKG)
QGIS_PROCESS = shutil.which("qgis_process.bin") or "/usr/bin/qgis_process.bin"
_LIVE_PROVIDERS = []


@pytest.fixture
def zoast_provider(qgis_processing):
    """The ZOAST provider registered in the Processing registry, as QGIS does it.

    Looked up for every test: a plugin test may unload the plugin, which removes (and
    deletes) the provider, so a provider kept from an earlier test may be gone.
    """
    from qgis.core import QgsApplication

    from zoast_plugin.processing.provider import register_provider

    if QgsApplication.processingRegistry().providerById("zoast") is None:
        # PyQGIS drops the Python half of a provider nobody references: keep it, as a plugin does.
        _LIVE_PROVIDERS[:] = [register_provider()]
    return QgsApplication.processingRegistry().providerById("zoast")


@pytest.fixture(scope="session")
def packaged_plugin(tmp_path_factory):
    """`make package` unpacked into a plugins folder; returns (plugins dir, throw-away HOME)."""
    subprocess.run(["make", "-s", "package"], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    version = next(line.split("=", 1)[1].strip() for line in (ROOT / "metadata.txt").read_text().splitlines()
                   if line.startswith("version="))
    plugins = tmp_path_factory.mktemp("plugins")
    with zipfile.ZipFile(ROOT / "dist" / "zoast-{}.zip".format(version)) as archive:
        archive.extractall(plugins)
    home = tmp_path_factory.mktemp("home")
    result = run_qgis_process(["plugins", "enable", "zoast"], plugins, home)
    assert result.returncode == 0, result.stdout + result.stderr
    return plugins, home


def qgis_process_env(plugins: Path, home: Path, locale: str = "") -> dict:
    """Environment for qgis_process.bin: the plugin folder, a throw-away HOME, our Python path.

    PYTHONPATH carries the venv's site-packages, where shapely 2 lives on Debian 12.
    """
    # pytest-qgis points QGIS at its own settings folder: the subprocess must use HOME's profile.
    env = {k: v for k, v in os.environ.items() if k not in ("QGIS_CUSTOM_CONFIG_PATH", "QGIS_OPTIONS_PATH")}
    runtime = home / "runtime"
    runtime.mkdir(mode=0o700, exist_ok=True)
    site = [sysconfig.get_paths()["purelib"]] if sys.prefix != sys.base_prefix else []
    env.update(
        {
            "HOME": str(home),
            "QGIS_PLUGINPATH": str(plugins),
            "QT_QPA_PLATFORM": "offscreen",
            "PYTHONPATH": os.pathsep.join(site),
            "XDG_RUNTIME_DIR": str(runtime),
        }
    )
    if locale:
        set_qgis_locale(home, locale)
    return env


def set_qgis_locale(home: Path, locale: str) -> None:
    """Write the interface language into the default profile of ``home``."""
    ini = home / ".local/share/QGIS/QGIS3/profiles/default/QGIS/QGIS3.ini"
    ini.parent.mkdir(parents=True, exist_ok=True)
    text = ini.read_text() if ini.exists() else ""
    lines = [line for line in text.splitlines() if not line.startswith(("overrideFlag=", "userLocale="))]
    if "[locale]" not in lines:
        lines += ["", "[locale]"]
    at = lines.index("[locale]") + 1
    lines[at:at] = ["overrideFlag=true", "userLocale={}".format(locale)]
    ini.write_text("\n".join(lines) + "\n")


def run_qgis_process(args, plugins: Path, home: Path, locale: str = "", timeout: int = 300):
    return subprocess.run(
        [QGIS_PROCESS, *args],
        env=qgis_process_env(plugins, home, locale),
        capture_output=True,
        text=True,
        timeout=timeout,
    )


@pytest.fixture(scope="session")
def pg_server():
    """A PostgreSQL + PostGIS server of this test session (started here, stopped at the end).

    A server that cannot start fails the tests loudly; only ZOAST_NO_POSTGIS=1 skips them.
    """
    from tests.storage.pg_server import PostgresServer

    if os.environ.get("ZOAST_NO_POSTGIS") == "1":
        pytest.skip("ZOAST_NO_POSTGIS=1: the PostgreSQL/PostGIS store tests are skipped on request")
    server = PostgresServer()
    try:
        server.start()
    except Exception:
        server.stop()
        raise
    yield server
    server.stop()
