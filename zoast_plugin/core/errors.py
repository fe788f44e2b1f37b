"""Errors raised by the core, translatable without importing Qt.

Every message template is marked with :func:`QT_TRANSLATE_NOOP` so that
``pylupdate5`` (which reads the source, not the running code) extracts it into
the ``.ts`` files under the ``ZoastErrors`` context. The processing layer
translates the template and formats it with the error's values.
"""

from typing import Iterable, Sequence

TRANSLATION_CONTEXT = "ZoastErrors"
MAX_IDS_SHOWN = 5


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - Qt's name, read by pylupdate5
    """Mark ``text`` for extraction; return it unchanged."""
    return text


def first_ids(ids: Iterable, limit: int = MAX_IDS_SHOWN) -> str:
    """The first ``limit`` ids as a comma-separated string, with an ellipsis when cut."""
    shown = []
    for n, value in enumerate(ids):
        if n == limit:
            shown.append("…")
            break
        shown.append(str(value))
    return ", ".join(shown)


class Cancelled(Exception):  # noqa: N818 - a cancel is not an error
    """The user cancelled a long computation."""


class InputError(ValueError):
    """Bad input found by the core.

    ``template`` is an English message with ``str.format`` placeholders; it must be
    a literal marked with ``QT_TRANSLATE_NOOP(TRANSLATION_CONTEXT, ...)`` at the
    place it is defined. ``values`` fill the placeholders. ``ids`` (optional) are
    the offending ids; the ``{count}`` and ``{ids}`` placeholders are filled from
    them when not given explicitly.
    """

    def __init__(self, template: str, ids: Sequence = (), **values):
        ids = list(ids)
        values.setdefault("count", len(ids))
        values.setdefault("ids", first_ids(ids))
        self.template = template
        self.values = values
        self.offending_ids = ids
        super().__init__(self.format(template))

    def format(self, template: str) -> str:
        """Fill ``template`` (the English one or its translation) with the values."""
        return template.format(**self.values)
