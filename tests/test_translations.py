"""The French and Dutch translations are complete and match the code.

pylupdate5 reads the source, not the running code: a tr() whose argument is not a
literal (or whose context is a variable, or that ends with a trailing comma) is
never extracted, so it would stay English forever. These tests check
that every translatable call has literal arguments, that the committed .ts files
hold exactly what pylupdate5 extracts today, that every message is finished, and
that each translation keeps the placeholders of its source.
"""

import ast
import re
import shutil
import subprocess
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
LANGUAGES = ("fr", "nl")
SOURCES = sorted(p for p in (ROOT / "zoast_plugin").rglob("*.py") if "__pycache__" not in p.parts)
SOURCES.append(ROOT / "__init__.py")
# A call on a line with this marker may translate a value computed at run time (its
# literal was marked elsewhere with QT_TRANSLATE_NOOP).
DYNAMIC_MARKER = "# i18n: dynamic"
# pylupdate5 also skips a call whose last argument is followed by a comma.
TRAILING_COMMA = re.compile(r",\s*\)$")


def ts_messages(path: Path):
    """{(context, source): (translation, type)} of a .ts file."""
    messages = {}
    for context in ElementTree.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            messages[(name, message.findtext("source"))] = (translation.text or "", translation.get("type", ""))
    return messages


def translatable_calls(tree):
    """(call node, index of the text argument, index of the context argument or None)."""
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
        if name == "tr":
            yield node, 0, None
        elif name in ("translate", "QT_TRANSLATE_NOOP"):
            yield node, 1, 0


def is_literal(node) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def test_every_translatable_call_has_literal_arguments():
    offenders = []
    for path in SOURCES:
        text = path.read_text(encoding="utf-8")
        lines = text.splitlines()
        for call, text_index, context_index in translatable_calls(ast.parse(text)):
            if DYNAMIC_MARKER in lines[call.lineno - 1] or (call.func.__class__ is ast.Name and call.func.id == "tr"
                                                             and not call.args):
                continue
            indices = [text_index] + ([context_index] if context_index is not None else [])
            if len(call.args) <= max(indices) or not all(is_literal(call.args[i]) for i in indices):
                offenders.append("{}:{}".format(path.relative_to(ROOT), call.lineno))
            elif TRAILING_COMMA.search(ast.get_source_segment(text, call) or ""):
                offenders.append("{}:{} (trailing comma)".format(path.relative_to(ROOT), call.lineno))
    assert offenders == [], "translatable calls whose text or context is not a literal: " + ", ".join(offenders)


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    """What pylupdate5 extracts from the code today."""
    if shutil.which("pylupdate5") is None:
        pytest.fail("pylupdate5 is missing: run `make setup`")
    ts = tmp_path_factory.mktemp("ts") / "extracted.ts"
    subprocess.run(["pylupdate5", "-noobsolete", *map(str, SOURCES), "-ts", str(ts)], check=True,
                   capture_output=True)
    return set(ts_messages(ts))


@pytest.mark.parametrize("language", LANGUAGES)
def test_ts_file_holds_exactly_the_code_strings(language, extracted):
    committed = set(ts_messages(ROOT / "i18n" / "zoast_{}.ts".format(language)))
    missing = sorted(extracted - committed)
    obsolete = sorted(committed - extracted)
    assert missing == [], "strings in the code but not in zoast_{}.ts (run `make translations`): {}".format(
        language, missing[:10])
    assert obsolete == [], "strings in zoast_{}.ts no longer in the code: {}".format(language, obsolete[:10])


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_translated(language):
    messages = ts_messages(ROOT / "i18n" / "zoast_{}.ts".format(language))
    unfinished = sorted(key for key, (text, kind) in messages.items() if kind or not text.strip())
    assert unfinished == [], "unfinished or obsolete messages in zoast_{}.ts: {}".format(language, unfinished[:10])


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_keep_the_placeholders(language):
    placeholder = re.compile(r"\{[a-z_]*\}")
    wrong = [
        (context, source)
        for (context, source), (text, _kind) in ts_messages(ROOT / "i18n" / "zoast_{}.ts".format(language)).items()
        if text and sorted(placeholder.findall(source)) != sorted(placeholder.findall(text))
    ]
    assert wrong == []


def test_every_ts_context_is_one_the_code_looks_up(extracted):
    """A context the runtime never asks for leaves its strings in English.

    Classes translate with their own name (and their parents'), helper modules with
    "alg" or "@default", and explicit translate()/QT_TRANSLATE_NOOP calls with their
    literal context.
    """
    from zoast_plugin.processing.base import HELPER_CONTEXTS

    known = set(HELPER_CONTEXTS)
    for path in SOURCES:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        known.update(node.name for node in ast.walk(tree) if isinstance(node, ast.ClassDef))
        for call, _text, context_index in translatable_calls(tree):
            if context_index is not None and len(call.args) > context_index and is_literal(call.args[context_index]):
                known.add(call.args[context_index].value)
    unknown = sorted({context for context, _source in extracted} - known)
    assert unknown == [], "contexts no code translates with: {}".format(unknown)


def test_module_level_helpers_call_the_algorithm_alg():
    """pylupdate5 uses the name before .tr() as the context outside classes: it must be 'alg'."""
    offenders = []
    for path in SOURCES:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        in_class = {id(n) for c in ast.walk(tree) if isinstance(c, ast.ClassDef) for n in ast.walk(c)}
        for node in ast.walk(tree):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "tr"
                    and id(node) not in in_class and isinstance(node.func.value, ast.Name)
                    and node.func.value.id != "alg"):
                offenders.append("{}:{}".format(path.relative_to(ROOT), node.lineno))
    assert offenders == []
