"""Algorithm help from resources/help/<algorithm>_<locale>.md, English as fallback."""

import html
import re
from pathlib import Path

from ..i18n import interface_language

HELP_DIR = Path(__file__).resolve().parent.parent.parent / "resources" / "help"


def help_path(algorithm: str, language: str) -> Path:
    return HELP_DIR / "{}_{}.md".format(algorithm, language)


def read_help(algorithm: str, language: str = "") -> str:
    """The help text of ``algorithm`` in ``language`` (the interface's by default) as HTML."""
    language = language or interface_language()
    for candidate in (language, "en"):
        path = help_path(algorithm, candidate)
        if path.exists():
            return markdown_to_html(path.read_text(encoding="utf-8"))
    return ""


def _inline(text: str) -> str:
    text = html.escape(text, quote=False)
    text = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", text)
    text = re.sub(r"`(.+?)`", r"<code>\1</code>", text)
    return re.sub(r"(?<!\*)\*(?!\*)(.+?)\*", r"<i>\1</i>", text)


def markdown_to_html(text: str) -> str:
    """The small Markdown subset the help files use: headings, paragraphs, bullets, bold, code."""
    blocks, items, paragraph = [], [], []

    def flush():
        if paragraph:
            blocks.append("<p>{}</p>".format(_inline(" ".join(paragraph))))
            paragraph.clear()
        if items:
            blocks.append("<ul>{}</ul>".format("".join("<li>{}</li>".format(_inline(i)) for i in items)))
            items.clear()

    for line in text.splitlines():
        stripped = line.strip()
        heading = re.match(r"^(#{1,4})\s+(.*)$", stripped)
        if not stripped:
            flush()
        elif heading:
            flush()
            level = min(len(heading.group(1)) + 2, 6)
            blocks.append("<h{0}>{1}</h{0}>".format(level, _inline(heading.group(2))))
        elif stripped.startswith(("- ", "* ")):
            if paragraph:
                flush()
            items.append(stripped[2:])
        elif items and line.startswith("  "):
            items[-1] += " " + stripped
        else:
            paragraph.append(stripped)
    flush()
    return "\n".join(blocks)
