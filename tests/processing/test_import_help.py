"""The help of the import algorithms names each input as the Processing dialog shows it, in every language.

A newcomer reads "**Tabel van aanbodpunten**" in the help and looks for it in the dialog: each list item of
the help's Inputs section must open with the start of a parameter's label in the same language (labels
translated through the committed .ts files, as QGIS shows them).
"""

import re

import pytest

from tests.test_translations import ROOT, ts_messages

INPUTS_HEADING = {"en": "## Inputs", "fr": "## Entrées", "nl": "## Invoer"}


def labels(algorithm, language):
    english = [p.description() for p in algorithm.parameterDefinitions()]
    if language == "en":
        return english
    translated = {}
    for (context, source), (text, _kind) in ts_messages(ROOT / "i18n" / "zoast_{}.ts".format(language)).items():
        if context == type(algorithm).__name__ or source not in translated:
            translated[source] = text
    return [translated.get(label, label) for label in english]


@pytest.mark.parametrize("language", ["en", "fr", "nl"])
@pytest.mark.parametrize("name", ["importpoints", "importfiness"])
def test_help_inputs_are_named_as_in_the_dialog(zoast_provider, name, language):
    algorithm = zoast_provider.algorithm(name)
    known = [label.lower() for label in labels(algorithm, language)]
    text = (ROOT / "resources" / "help" / "{}_{}.md".format(name, language)).read_text(encoding="utf-8")
    section = text.split(INPUTS_HEADING[language], 1)[1].split("\n## ", 1)[0]
    named = re.findall(r"^- \*\*(.+?)\*\*", section, re.M)
    assert named
    assert [item for item in named if not any(label.startswith(item.lower()) for label in known)] == []
