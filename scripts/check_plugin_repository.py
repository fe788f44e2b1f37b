#!/usr/bin/env python3
"""Run on the plugin zip what the QGIS plugin repository runs on an upload, before we upload.

    .venv/bin/python scripts/check_plugin_repository.py dist/zoast-<version>.zip

Checks, with the rules in ``scripts/plugin_repository_rules.json``:
- the package: size, one top folder with a PEP 8 name, ``__init__.py``, ``metadata.txt``
  and ``LICENSE`` in it, no path tricks, no ``.pyc``/``__pycache__``/``.git``, no
  executable or suspicious file (shell scripts, libraries);
- the metadata: required fields, well-formed links (the repository also requests them; this
  machine has no network, so only their form is checked), ``supportsQt6`` (QGIS 4), the icon;
- bandit with every blocking rule the repository enables, mandatory and skippable alike
  (a skippable finding must be justified inline with ``# nosec Bxxx`` and a reason);
- detect-secrets: any finding blocks the upload.

Binary files (the sample GeoPackage, compiled translations, images) are listed, as the
repository lists them; they do not fail the check. Exits 1 on any blocking finding.
"""

import configparser
import json
import os
import re
import shutil
import stat
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path
from urllib.parse import urlparse

HERE = Path(__file__).resolve().parent
RULES = json.loads((HERE / "plugin_repository_rules.json").read_text(encoding="utf-8"))
PACKAGE_NAME = re.compile(r"^[a-z_][a-z0-9_]*$")
TEXT_SUFFIXES = {".py", ".txt", ".md", ".qml", ".ts", ".svg", ".csv", ".json", ".model3", ".html", ".js", ".css", ""}


def bin_path(tool: str) -> str:
    """The tool installed beside this interpreter (the project's venv), else on PATH."""
    beside = Path(sys.executable).parent / tool
    return str(beside) if beside.exists() else (shutil.which(tool) or tool)


def check_archive(zip_path: Path):
    findings, binaries = [], []
    if zip_path.stat().st_size > RULES["max_zip_bytes"]:
        findings.append("package: {:,} bytes, over the repository's {:,}".format(
            zip_path.stat().st_size, RULES["max_zip_bytes"]))
    with zipfile.ZipFile(zip_path) as archive:
        bad = archive.testzip()
        if bad:
            findings.append("package: damaged member {}".format(bad))
        names = archive.namelist()
        tops = sorted({name.split("/")[0] for name in names})
        if len(tops) != 1 or not PACKAGE_NAME.match(tops[0]):
            findings.append("package: one top folder with a lowercase PEP 8 name expected, found {}".format(tops))
        top = tops[0] if tops else ""
        for required in ("__init__.py", "metadata.txt", "LICENSE"):
            if "{}/{}".format(top, required) not in names:
                findings.append("package: {} missing at the top of {}/".format(required, top))
        for info in archive.infolist():
            name = info.filename
            parts = name.split("/")
            if ".." in parts or name.startswith("/"):
                findings.append("{}: path leaves the plugin folder".format(name))
            if any(part in RULES["forbidden_path_parts"] for part in parts):
                findings.append("{}: forbidden folder".format(name))
            if name.endswith(tuple(RULES["forbidden_suffixes"])):
                findings.append("{}: compiled Python is refused".format(name))
            if name.lower().endswith(tuple(RULES["suspicious_suffixes"])):
                findings.append("{}: executable or library file type".format(name))
            mode = info.external_attr >> 16
            if name.endswith(".py") and mode & (stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH):
                findings.append("{}: Python file with the executable bit".format(name))
            if not name.endswith("/") and Path(name).suffix.lower() not in TEXT_SUFFIXES:
                binaries.append(name)
    return findings, binaries


def check_metadata(plugin_dir: Path):
    findings = []
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str
    try:
        parser.read_string((plugin_dir / "metadata.txt").read_text(encoding="utf-8"))
        general = dict(parser.items("general"))
    except (OSError, UnicodeDecodeError, configparser.Error) as error:
        return ["metadata.txt: cannot be read ({})".format(error)]
    for field in RULES["required_metadata"]:
        if not general.get(field, "").strip():
            findings.append("metadata.txt: required field {} is missing or empty".format(field))
    for field in RULES["url_metadata"]:
        url = general.get(field)
        if url is not None:
            parsed = urlparse(url.strip())
            if parsed.scheme not in ("http", "https") or not parsed.netloc:
                findings.append("metadata.txt: {} is not a web address: {!r}".format(field, url))
    if "/" in general.get("author", ""):
        findings.append("metadata.txt: author may not contain slashes")
    if general.get("supportsQt6", "").strip().lower() not in ("true", "yes", "1"):
        findings.append("metadata.txt: supportsQt6=True missing (QGIS 4 refuses to load the plugin without it)")
    maximum = general.get("qgisMaximumVersion", "4.99")
    if tuple(int(x) for x in re.findall(r"\d+", maximum)[:2]) < (4, 0):
        findings.append("metadata.txt: qgisMaximumVersion {} excludes QGIS 4".format(maximum))
    if not re.match(r"^\d+\.\d+\.\d+$", general.get("version", "")):
        findings.append("metadata.txt: version {!r} is not MAJOR.MINOR.PATCH".format(general.get("version")))
    icon = general.get("icon", "")
    if not icon or not (plugin_dir / icon).is_file():
        findings.append("metadata.txt: icon {!r} is not in the package".format(icon))
    return findings


def check_bandit(plugin_dir: Path):
    codes = RULES["bandit_blocking"]["mandatory"] + RULES["bandit_blocking"]["skippable"]
    result = subprocess.run(
        [bin_path("bandit"), "-r", str(plugin_dir), "-f", "json", "-q", "-t", ",".join(codes)],
        capture_output=True, text=True, check=False,
    )
    if not result.stdout.strip():
        return ["bandit did not run: {}".format(result.stderr.strip()[-500:])]
    return ["{}:{}: bandit {} {}".format(os.path.relpath(issue["filename"], plugin_dir.parent), issue["line_number"],
                                         issue["test_id"], issue["issue_text"])
            for issue in json.loads(result.stdout).get("results", [])]


def check_secrets(plugin_dir: Path):
    result = subprocess.run(
        [bin_path("detect-secrets"), "scan", "--all-files", "--exclude-files", r"metadata\.txt", "."],
        cwd=plugin_dir, capture_output=True, text=True, check=False,
    )
    if not result.stdout.strip():
        return ["detect-secrets did not run: {}".format(result.stderr.strip()[-500:])]
    return ["{}:{}: detect-secrets {}".format(path, secret.get("line_number", 0), secret.get("type"))
            for path, secrets in json.loads(result.stdout).get("results", {}).items() for secret in secrets]


def check(zip_path: Path):
    """(blocking findings, binary files listed) for one plugin zip."""
    findings, binaries = check_archive(zip_path)
    with tempfile.TemporaryDirectory(prefix="zoast-repo-check-") as tmp:
        with zipfile.ZipFile(zip_path) as archive:
            archive.extractall(tmp)
        tops = [p for p in Path(tmp).iterdir() if p.is_dir()]
        if tops:
            findings += check_metadata(tops[0]) + check_bandit(tops[0]) + check_secrets(tops[0])
    return findings, binaries


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    if len(argv) != 1:
        sys.exit("usage: check_plugin_repository.py dist/zoast-<version>.zip")
    findings, binaries = check(Path(argv[0]))
    for name in binaries:
        print("info: binary file {} (listed by the repository, not blocking)".format(name))
    for finding in findings:
        print("BLOCKING: " + finding)
    print("plugin repository checks: {} blocking finding(s), {} binary file(s)".format(len(findings), len(binaries)))
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main())
