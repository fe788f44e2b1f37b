"""The installed plugin speaks the QGIS interface language in qgis_process (French, Dutch)."""

import shutil

import pytest

from tests.conftest import ROOT, run_qgis_process
from tests.test_translations import ts_messages


@pytest.fixture
def home_in(packaged_plugin, tmp_path):
    """A copy of the plugin-enabled profile, so each language test sets its own locale."""
    _plugins, home = packaged_plugin

    def copy(language):
        target = tmp_path / "home-{}".format(language)
        shutil.copytree(home, target, symlinks=True, ignore=shutil.ignore_patterns("runtime"))
        return target

    return copy


def listed_names(output: str) -> dict:
    """{algorithm id: display name} of the zoast algorithms in `qgis_process list`."""
    names = {}
    for line in output.splitlines():
        parts = line.strip().split("\t")
        if len(parts) == 2 and parts[0].startswith("zoast:"):
            names[parts[0]] = parts[1]
    return names


@pytest.mark.parametrize("language", ["fr", "nl"])
def test_algorithm_names_and_help_are_translated(packaged_plugin, home_in, language):
    plugins, _home = packaged_plugin
    home = home_in(language)
    english = listed_names(run_qgis_process(["list"], plugins, home, locale="en").stdout)
    translated = listed_names(run_qgis_process(["list"], plugins, home, locale=language).stdout)
    assert set(translated) == set(english) and english
    messages = ts_messages(ROOT / "i18n" / "zoast_{}.ts".format(language))
    translations = {source: text for (_context, source), (text, _kind) in messages.items()}
    for algorithm_id, english_name in english.items():
        assert translated[algorithm_id] == translations[english_name], algorithm_id
        assert translated[algorithm_id] != english_name, algorithm_id

    result = run_qgis_process(["help", "zoast:accessibility"], plugins, home, locale=language)
    assert result.returncode == 0, result.stderr
    first_line = (ROOT / "resources" / "help" / "accessibility_{}.md".format(language)).read_text().split("**")[0]
    assert first_line.strip()[:40] in result.stdout
