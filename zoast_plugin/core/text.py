"""Text encodings of the files officers load: latin-1 read as Windows-1252, mis-decoded text found.

French and Belgian files saved by Windows programs are Windows-1252 although they say
"latin-1" (or nothing): the two differ only in bytes 0x80–0x9F, which latin-1 makes
invisible control characters and Windows-1252 makes ``Œ œ ’ € …``. Real text never
holds those control characters, so the plugin reads latin-1 as Windows-1252, and the
five bytes Windows-1252 leaves undefined as latin-1 (nothing is lost).
"""

import codecs
import re

_C1 = re.compile("[\x80-\x9f]")
LATIN1_NAMES = ("iso8859-1", "cp1252")


def _latin1_fallback(error: UnicodeDecodeError):
    """Decode the bytes Windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) as latin-1."""
    chunk = error.object[error.start:error.end]
    return chunk.decode("latin-1"), error.end


codecs.register_error("zoast-latin1", _latin1_fallback)


def is_latin1(encoding: str) -> bool:
    """Whether ``encoding`` names latin-1 or Windows-1252 (read the same way here)."""
    try:
        return codecs.lookup(encoding).name in LATIN1_NAMES
    except LookupError:
        return False


def decode(raw: bytes, encoding: str) -> str:
    """``raw`` decoded; latin-1 and Windows-1252 both as Windows-1252 (see the module docstring).

    Raises UnicodeDecodeError for other encodings, as ``bytes.decode`` does.
    """
    if is_latin1(encoding):
        return raw.decode("cp1252", errors="zoast-latin1")
    return raw.decode(encoding)


def fix_c1(text):
    """Text decoded as latin-1 (C1 control characters) re-read as Windows-1252; other values unchanged."""
    if not isinstance(text, str) or not _C1.search(text):
        return text
    return text.encode("latin-1").decode("cp1252", errors="zoast-latin1")


def has_replacement(text) -> bool:
    """Whether a decoder replaced undecodable bytes in ``text`` (U+FFFD)."""
    return isinstance(text, str) and "\ufffd" in text


def guess_encoding(raw: bytes) -> str:
    """The encoding to suggest for bytes that are not UTF-8: windows-1252 for the French/Dutch files met."""
    try:
        raw.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        return "windows-1252"
