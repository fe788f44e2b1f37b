"""Saved models and scripts name parameters: every algorithm keeps the parameter ids and defaults it had.

``tests/data/parameter_snapshot.json`` was taken before the algorithms were reorganised (issue 22).
New parameters may be added; a parameter of the snapshot may not disappear, change type or change its
default unless listed in ``CHANGED_ON_PURPOSE`` with the reason.
"""

import json
from pathlib import Path

import pytest

SNAPSHOT = Path(__file__).resolve().parent / "data" / "parameter_snapshot.json"

#: (algorithm id, parameter) → why its default changed, for the changes made on purpose.
CHANGED_ON_PURPOSE = {
    ("zoast:gaps", "BASIN_FIELD"): "issue 14: the French zoning is judged per territoire de vie-santé, field tvs",
    ("zoast:delineatebasins", "FLOWS"): "issue 18: the dialog runs unchanged on the sample (its patient_flows)",
    ("zoast:delineatebasins", "HUBS"): "issue 18: the dialog runs unchanged on the sample (its hospitals)",
}


def plain(value):
    """A default as JSON can hold it: numbers, text, booleans, lists; other objects as their text."""
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    return str(value)


def parameters_of(provider) -> dict:
    return {
        algorithm.id(): {
            parameter.name(): {"type": parameter.type(), "default": plain(parameter.defaultValue())}
            for parameter in algorithm.parameterDefinitions()
        }
        for algorithm in provider.algorithms()
        if not algorithm.id().startswith("zoast:zoast_")  # the model: its inputs are tested with it
    }


def test_every_parameter_of_the_snapshot_is_still_there_with_its_type_and_default(zoast_provider):
    snapshot = json.loads(SNAPSHOT.read_text(encoding="utf-8"))
    current = parameters_of(zoast_provider)
    problems = []
    for algorithm, parameters in snapshot.items():
        if algorithm not in current:
            problems.append("{} is gone".format(algorithm))
            continue
        for name, before in parameters.items():
            now = current[algorithm].get(name)
            if now is None:
                problems.append("{} {} is gone".format(algorithm, name))
            elif now != before and (algorithm, name) not in CHANGED_ON_PURPOSE:
                problems.append("{} {}: {} → {}".format(algorithm, name, before, now))
    assert problems == []


@pytest.mark.skipif(not __import__("os").environ.get("ZOAST_UPDATE_SNAPSHOT"), reason="writes the snapshot")
def test_write_the_snapshot(zoast_provider):  # ZOAST_UPDATE_SNAPSHOT=1 pytest -k write_the_snapshot
    SNAPSHOT.write_text(json.dumps(parameters_of(zoast_provider), indent=1, sort_keys=True, ensure_ascii=False) + "\n",
                        encoding="utf-8")
