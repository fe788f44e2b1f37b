"""The zip passes what the QGIS plugin repository checks on upload (security scan, package rules)."""

import io
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
import check_plugin_repository  # noqa: E402
import package  # noqa: E402

VERSION = next(line.split("=", 1)[1].strip() for line in (ROOT / "metadata.txt").read_text().splitlines()
               if line.startswith("version="))


@pytest.fixture(scope="module")
def plugin_zip(tmp_path_factory):
    subprocess.run(["make", "-s", "qm"], cwd=ROOT, check=True)
    return package.build_zip(VERSION, tmp_path_factory.mktemp("dist"))


def test_the_packaged_plugin_has_no_blocking_finding(plugin_zip):
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "check_plugin_repository.py"), str(plugin_zip)],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 blocking finding(s)" in result.stdout


def test_the_package_holds_no_development_files(plugin_zip):
    names = zipfile.ZipFile(plugin_zip).namelist()
    assert all(name.startswith("zoast/") for name in names)
    assert not [n for n in names if n.endswith((".ts", ".pyc")) or "/tests/" in n or "/scripts/" in n
                or "__pycache__" in n or n.endswith(".sh")]
    assert {"zoast/LICENSE", "zoast/metadata.txt", "zoast/__init__.py", "zoast/i18n/zoast_fr.qm"} <= set(names)


def bad_plugin_zip(tmp_path, metadata, files):
    target = tmp_path / "bad.zip"
    with zipfile.ZipFile(target, "w") as archive:
        archive.writestr("Bad-Plugin/metadata.txt", metadata)
        archive.writestr("Bad-Plugin/__init__.py", "def classFactory(iface):\n    return None\n")
        for name, text in files.items():
            archive.writestr("Bad-Plugin/" + name, text)
    return target


def test_the_check_reports_what_the_repository_would_refuse(tmp_path):
    metadata = "[general]\nname=Bad\nqgisMinimumVersion=3.22\nqgisMaximumVersion=3.99\nversion=1.0\n" \
               "author=a/b\nemail=a@b.c\nabout=x\ndescription=x\nrepository=repo\n"
    code = "import pickle\n\ndef run(text):\n    return eval(text)\n\nTOKEN_PASSWORD = 'hunter22'\n"
    findings, _ = check_plugin_repository.check(bad_plugin_zip(tmp_path, metadata, {
        "tool.py": code, "install.sh": "echo hi\n",
        "keys.txt": "aws_access_key_id = AKIAIOSFODNN7EXAMPLE\n",
    }))
    text = "\n".join(findings)
    for expected in ("lowercase PEP 8 name", "LICENSE missing", "install.sh: executable or library file type",
                     "required field tracker", "repository is not a web address", "author may not contain slashes",
                     "supportsQt6=True missing", "excludes QGIS 4", "not MAJOR.MINOR.PATCH",
                     "bandit B307", "bandit B403", "bandit B105", "detect-secrets AWS Access Key"):
        assert expected in text, (expected, text)


def test_binary_files_are_listed_not_refused(tmp_path):
    metadata = (ROOT / "metadata.txt").read_text(encoding="utf-8")
    zip_path = bad_plugin_zip(tmp_path, metadata, {"LICENSE": "GPL", "resources/icons/zoast.svg": "<svg/>"})
    with zipfile.ZipFile(zip_path, "a") as archive:
        archive.writestr("Bad-Plugin/data/sample.gpkg", io.BytesIO(b"SQLite format 3\0").getvalue())
    findings, binaries = check_plugin_repository.check(zip_path)
    assert binaries == ["Bad-Plugin/data/sample.gpkg"]
    assert [f for f in findings if "sample.gpkg" in f] == []
