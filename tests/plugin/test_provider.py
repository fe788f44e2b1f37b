"""The provider: identity, dependency check, help files."""

from qgis.core import Qgis, QgsApplication

from zoast_plugin.processing import dependencies
from zoast_plugin.processing import help as help_files
from zoast_plugin.processing.provider import ZoastProvider


def test_provider_identity(zoast_provider):
    assert zoast_provider.id() == "zoast"
    assert not zoast_provider.icon().isNull()
    metadata = (help_files.HELP_DIR.parent.parent / "metadata.txt").read_text()
    assert "version={}\n".format(zoast_provider.versionInfo()) in metadata  # read from there, the one source


def test_every_algorithm_has_help_in_three_languages_and_help_on_every_parameter(zoast_provider):
    for algorithm in zoast_provider.algorithms():
        for language in ("en", "fr", "nl"):
            path = help_files.help_path(algorithm.name(), language)
            assert path.exists(), path
        assert algorithm.shortHelpString()
        without_help = [p.name() for p in algorithm.parameterDefinitions() if not p.help()]
        assert without_help == [], algorithm.id()


def test_help_falls_back_to_english(tmp_path, monkeypatch):
    monkeypatch.setattr(help_files, "HELP_DIR", tmp_path)
    (tmp_path / "demo_en.md").write_text("# Title\n\nSome **bold** text.\n\n- one\n- two `code`\n")
    html = help_files.read_help("demo", "de")
    assert html == "<h3>Title</h3>\n<p>Some <b>bold</b> text.</p>\n<ul><li>one</li><li>two <code>code</code></li></ul>"
    (tmp_path / "demo_fr.md").write_text("Texte français")
    assert help_files.read_help("demo", "fr") == "<p>Texte français</p>"


def test_missing_dependency_is_named_in_the_log_and_no_algorithm_is_loaded(qgis_app, monkeypatch):
    monkeypatch.setattr(dependencies, "REQUIRED", (("surely_not_installed_pkg", "1.0", "testing"),))
    monkeypatch.setattr("zoast_plugin.processing.provider.REQUIRED", dependencies.REQUIRED)
    messages = []

    def record(message, tag, level):
        messages.append((message, tag, level))

    QgsApplication.messageLog().messageReceived.connect(record)
    try:
        provider = ZoastProvider()
        provider.loadAlgorithms()
    finally:
        QgsApplication.messageLog().messageReceived.disconnect(record)
    assert provider.algorithms() == []
    critical = [m for m, tag, level in messages if tag == "ZOAST" and level == Qgis.MessageLevel.Critical]
    assert any("surely_not_installed_pkg" in m for m in critical)


def test_version_comparison():
    assert dependencies._version_tuple("2.0.6") > dependencies._version_tuple("2.0")
    assert dependencies._version_tuple("1.8.5") < dependencies._version_tuple("2.0")
    assert dependencies.check((("numpy", "99.0", "x"),))[0]["name"] == "numpy"
