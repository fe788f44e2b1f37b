#!/usr/bin/env python3
"""Translate the .ts files through JSON: export what is unfinished, import what was translated.

    scripts/ts_tool.py export i18n/zoast_fr.ts todo_fr.json     # [{context, source, translation: ""}]
    scripts/ts_tool.py import i18n/zoast_fr.ts done_fr.json     # fills and finishes those messages
    scripts/ts_tool.py stats i18n/zoast_fr.ts

Placeholders such as {count} must be kept; import refuses a translation that changes them.
"""

import json
import re
import sys
import xml.etree.ElementTree as ElementTree

PLACEHOLDER = re.compile(r"\{[a-z_]*\}")


def messages(tree):
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message


def export(ts_path, json_path):
    tree = ElementTree.parse(ts_path)
    todo = [{"context": name, "source": message.findtext("source"), "translation": ""}
            for name, message in messages(tree)
            if message.find("translation").get("type") == "unfinished" or not message.findtext("translation")]
    with open(json_path, "w", encoding="utf-8") as out:
        json.dump(todo, out, ensure_ascii=False, indent=1)
    print("{} message(s) to translate → {}".format(len(todo), json_path))


def import_(ts_path, json_path):
    with open(json_path, encoding="utf-8") as source:
        done = {(item["context"], item["source"]): item["translation"] for item in json.load(source)}
    tree = ElementTree.parse(ts_path)
    filled, refused = 0, []
    for name, message in messages(tree):
        text = done.get((name, message.findtext("source")))
        if not text:
            continue
        if sorted(PLACEHOLDER.findall(text)) != sorted(PLACEHOLDER.findall(message.findtext("source"))):
            refused.append((name, message.findtext("source")))
            continue
        translation = message.find("translation")
        translation.text = text
        translation.attrib.pop("type", None)
        filled += 1
    write_ts(tree, ts_path)
    print("{} message(s) filled; {} refused (placeholders differ): {}".format(filled, len(refused), refused[:5]))


def write_ts(tree, ts_path):
    """Write the .ts with the header Qt's tools write, so pylupdate5 and lrelease see no change of form."""
    body = ElementTree.tostring(tree.getroot(), encoding="unicode")
    with open(ts_path, "w", encoding="utf-8") as out:
        out.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n")


def stats(ts_path):
    tree = ElementTree.parse(ts_path)
    kinds = [message.find("translation").get("type", "finished") for _name, message in messages(tree)]
    print({kind: kinds.count(kind) for kind in sorted(set(kinds))})


if __name__ == "__main__":
    command, *args = sys.argv[1:]
    {"export": export, "import": import_, "stats": stats}[command](*args)
