#!/usr/bin/env python3
"""Build dist/zoast-<version>.zip for the QGIS plugin manager, or link the plugin into a profile.

The zip holds one folder, ``zoast/``, with the metadata, code, resources and compiled
translations; tests, development files and translation sources stay out.
"""

import argparse
import os
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PLUGIN_NAME = "zoast"
INCLUDE = ("metadata.txt", "__init__.py", "LICENSE", "README.md", "zoast_plugin", "resources", "i18n")
EXCLUDED_SUFFIXES = (".pyc", ".ts", ".pro")
EXCLUDED_PARTS = ("__pycache__",)


def plugin_files(root: Path = ROOT):
    """(absolute path, path inside the zip) of every file that belongs in the package."""
    for name in INCLUDE:
        path = root / name
        candidates = [path] if path.is_file() else sorted(p for p in path.rglob("*") if p.is_file())
        for file in candidates:
            relative = file.relative_to(root)
            if file.suffix in EXCLUDED_SUFFIXES or any(part in EXCLUDED_PARTS for part in relative.parts):
                continue
            yield file, Path(PLUGIN_NAME) / relative


def build_zip(version: str, out_dir: Path) -> Path:
    missing_qm = [lang for lang in ("fr", "nl") if not (ROOT / "i18n" / "zoast_{}.qm".format(lang)).exists()]
    if missing_qm:
        sys.exit("compiled translations missing for {}: run `make qm` first".format(", ".join(missing_qm)))
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / "{}-{}.zip".format(PLUGIN_NAME, version)
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for file, arcname in plugin_files():
            archive.write(file, str(arcname))
    return target


def profile_plugins_dir() -> Path:
    base = os.environ.get("QGIS_CUSTOM_CONFIG_PATH") or str(Path.home() / ".local/share/QGIS/QGIS3")
    return Path(base) / "profiles" / os.environ.get("QGIS_PROFILE", "default") / "python" / "plugins"


def install_link() -> Path:
    """Link the working tree into the QGIS profile, so edits show after a plugin reload."""
    plugins = profile_plugins_dir()
    plugins.mkdir(parents=True, exist_ok=True)
    link = plugins / PLUGIN_NAME
    if link.is_symlink() or link.exists():
        if link.is_symlink() and link.resolve() == ROOT:
            return link
        sys.exit("{} exists and is not a link to this checkout: remove it first".format(link))
    link.symlink_to(ROOT, target_is_directory=True)
    return link


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--version", help="version written in the zip name")
    parser.add_argument("--out", default="dist", help="output folder")
    parser.add_argument("--install", action="store_true", help="link into the QGIS profile instead")
    args = parser.parse_args(argv)
    if args.install:
        print("linked", install_link())
    else:
        print(build_zip(args.version, ROOT / args.out))


if __name__ == "__main__":
    main()
