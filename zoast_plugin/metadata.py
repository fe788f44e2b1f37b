"""The plugin's identity, read from metadata.txt: the one place the version is written."""

import configparser
from functools import lru_cache
from pathlib import Path

METADATA = Path(__file__).resolve().parent.parent / "metadata.txt"


@lru_cache(maxsize=1)
def plugin_metadata() -> dict:
    """The [general] section of metadata.txt; empty when the file is missing or damaged."""
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str
    try:
        parser.read(METADATA, encoding="utf-8")
        return dict(parser.items("general"))
    except (OSError, configparser.Error):
        return {}


def plugin_version() -> str:
    return plugin_metadata().get("version", "?")
