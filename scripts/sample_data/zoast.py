"""The seven ZOAST: agreements, member units and member establishments (facts of DOMAIN.md).

Where a territory or an establishment list is not public, it is approximated (arrondissements,
or their communes near the border, around the named towns) and flagged 'approximate'. A date
known only by its year is stored as 1 January of that year with precision 'year'.
"""
import numpy as np
import pandas as pd
from scipy.spatial import cKDTree

#: Default distance (km) from the Belgian border used to cut "parts of" French arrondissements.
NEAR_BORDER_KM = 25.0

_CARE = "ambulatory;hospital"
_INSURERS = "Assurance maladie (FR); mutualités / INAMI-RIZIV (BE)"
_SRC = "ofbs.org/cooperation-franco-belge/zoast; shared/DOMAIN.md"

#: code, name_fr, name_nl, in_force_from, precision, territory_quality, extra notes.
AGREEMENTS = (
    ("ARDENNES", "ZOAST Ardennes", "ZOAST Ardennen", "2008-02-01", "day", "approximate",
     "BE: south of Namur province + Bouillon; FR: parts of the arrondissements of "
     "Charleville-Mézières and Sedan (espaces-transfrontaliers.org)"),
    ("MRTW_URSA", "ZOAST MRTW-URSA", "ZOAST MRTW-URSA", "2008-04-01", "day", "documented",
     "MRTW (Mouscron, Roubaix, Tourcoing, Wattrelos) from 2008-04-01; URSA (Ieper with Armentières, "
     "Bailleul, Hazebrouck) from 2008-11-01; CH Menin added 2009; Lille and AZ Groeninge Kortrijk "
     "added 2009-07-01"),
    ("LUXLOR", "ZOAST LUXLOR", "ZOAST LUXLOR", "2008-01-01", "year", "documented",
     "Arrondissements of Arlon and Virton (BE) and Briey (FR); extended 2014-01-01 to Neufchâteau (BE) "
     "and Verdun (FR); Luxembourg CNS insured living in the zone covered from 2012"),
    ("TOURVAL", "ZOAST Tournai-Valenciennes", "ZOAST Doornik-Valenciennes", "2010-01-01", "year",
     "approximate", "Only the year is public; territory approximated around Tournai and Valenciennes"),
    ("MOMAU", "ZOAST Mons-Maubeuge", "ZOAST Bergen-Maubeuge", "2010-01-01", "year", "approximate",
     "Only the year is public; territory approximated around Mons and Maubeuge"),
    ("THIERACHE", "ZOAST Thiérache", "ZOAST Thiérache", "2012-01-01", "year", "approximate",
     "Only the year is public; territory approximated (Vervins area, Chimay-Couvin)"),
    ("LITTORAL", "ZOAST Littoral", "ZOAST Kust", "2015-01-01", "year", "approximate",
     "Only the year is public; territory approximated (Dunkerque coast, Veurne)"),
)


def build_agreements():
    """zoast_agreements frame."""
    rows = []
    for code, fr, nl, since, precision, quality, notes in AGREEMENTS:
        insurers = _INSURERS + ("; CNS (LU) from 2012" if code == "LUXLOR" else "")
        rows.append({"zoast_code": code, "name_fr": fr, "name_nl": nl, "signed_on": None,
                     "in_force_from": since, "in_force_precision": precision, "ends_on": None,
                     "status": "in_force", "care_covered": _CARE, "insurers": insurers,
                     "territory_quality": quality, "notes": notes, "source": _SRC})
    return pd.DataFrame(rows)


def _near_border(units, km=NEAR_BORDER_KM):
    """Boolean per unit: French town point within ``km`` of a Belgian town point."""
    be = units.country == "BE"
    tree = cKDTree(np.column_stack([units.town_x[be], units.town_y[be]]))
    dist, _ = tree.query(np.column_stack([units.town_x, units.town_y]))
    return (units.country == "FR").to_numpy() & (dist <= km * 1000.0)


def build_members(units):
    """zoast_members frame: zoast_code, unit_id, country, member_since, since_precision,
    member_quality."""
    near = _near_border(units)
    arr = units.arrondissement.to_numpy()
    uid = units.unit_id.to_numpy()
    rows = []

    def add(code, mask_or_ids, since, precision, quality):
        ids = uid[mask_or_ids] if isinstance(mask_or_ids, np.ndarray) else np.array(mask_or_ids)
        for unit_id in sorted(ids):
            rows.append((code, unit_id, since, precision, quality))

    fr, be = (units.country == "FR").to_numpy(), (units.country == "BE").to_numpy()
    add("ARDENNES", fr & np.isin(arr, ["081", "083"]) & near, "2008-02-01", "day", "approximate")
    add("ARDENNES", be & np.isin(arr, ["91000", "93000"]), "2008-02-01", "day", "approximate")
    add("ARDENNES", ["BE:84010"], "2008-02-01", "day", "documented")
    add("MRTW_URSA", ["FR:59512", "FR:59599", "FR:59650", "BE:57096"], "2008-04-01", "day", "documented")
    add("MRTW_URSA", ["FR:59017", "FR:59043", "FR:59295", "BE:33011"], "2008-11-01", "day", "documented")
    add("MRTW_URSA", ["BE:34027"], "2009-01-01", "year", "approximate")
    add("MRTW_URSA", ["FR:59350"], "2009-07-01", "day", "documented")
    add("MRTW_URSA", ["BE:34022"], "2009-07-01", "day", "approximate")
    add("LUXLOR", be & np.isin(arr, ["81000", "85000"]), "2008-01-01", "year", "documented")
    add("LUXLOR", fr & (arr == "541"), "2008-01-01", "year", "documented")
    add("LUXLOR", (be & (arr == "84000")) | (fr & (arr == "553")), "2014-01-01", "day", "documented")
    tournai = be & (arr == "57000") & ~np.isin(uid, ["BE:57096", "BE:57097"])
    add("TOURVAL", tournai | (fr & (arr == "596") & near), "2010-01-01", "year", "approximate")
    add("MOMAU", (be & (arr == "53000")) | (fr & (arr == "591") & near), "2010-01-01", "year", "approximate")
    thierache_be = ["BE:56016", "BE:56051", "BE:56088", "BE:56029", "BE:93014", "BE:93090"]
    add("THIERACHE", (fr & (arr == "025")) | np.isin(uid, thierache_be), "2012-01-01", "year", "approximate")
    add("LITTORAL", (be & (arr == "38000")) | (fr & (arr == "594") & near), "2015-01-01", "year",
        "approximate")
    frame = pd.DataFrame(rows, columns=["zoast_code", "unit_id", "member_since", "since_precision",
                                        "member_quality"])
    frame.insert(2, "country", frame.unit_id.str[:2])
    # a unit listed twice for one zone keeps its first (earliest) membership
    return frame.drop_duplicates(["zoast_code", "unit_id"], keep="first").reset_index(drop=True)


#: zoast_code -> [(hospital key, member_since, precision, quality)].
ESTABLISHMENTS = {
    "ARDENNES": [(k, "2008-02-01", "day", "documented") for k in
                 ("ch_charleville", "ch_sedan", "h_fumay", "h_nouzonville", "chu_mont_godinne",
                  "chu_dinant", "csf_chimay")],
    "MRTW_URSA": [("ch_roubaix", "2008-04-01", "day", "approximate"),
                  ("ch_tourcoing", "2008-04-01", "day", "approximate"),
                  ("chm_mouscron", "2008-04-01", "day", "approximate"),
                  ("jan_yperman", "2008-11-01", "day", "documented"),
                  ("ch_armentieres", "2008-11-01", "day", "documented"),
                  ("ch_bailleul", "2008-11-01", "day", "documented"),
                  ("ch_hazebrouck", "2008-11-01", "day", "documented"),
                  ("az_delta_menen", "2009-01-01", "year", "documented"),
                  ("chu_lille", "2009-07-01", "day", "approximate"),
                  ("az_groeninge", "2009-07-01", "day", "documented")],
    "LUXLOR": [("csl_arlon", "2008-01-01", "year", "documented"),
               ("ch_mont_saint_martin", "2008-01-01", "year", "documented"),
               ("cha_libramont", "2014-01-01", "day", "approximate"),
               ("ch_verdun", "2014-01-01", "day", "approximate")],
    "TOURVAL": [("chwapi_tournai", "2010-01-01", "year", "approximate"),
                ("ch_valenciennes", "2010-01-01", "year", "approximate")],
    "MOMAU": [("ambroise_pare_mons", "2010-01-01", "year", "approximate"),
              ("ch_maubeuge", "2010-01-01", "year", "approximate")],
    "THIERACHE": [("ch_hirson", "2012-01-01", "year", "approximate"),
                  ("csf_chimay", "2012-01-01", "year", "approximate")],
    "LITTORAL": [("ch_dunkerque", "2015-01-01", "year", "approximate"),
                 ("az_west_veurne", "2015-01-01", "year", "approximate")],
}


def build_establishments(hospitals):
    """zoast_establishments frame: zoast_code, supply_id, country, member_since, ..."""
    by_key = hospitals.set_index("key")
    rows = [(code, by_key.at[key, "supply_id"], by_key.at[key, "country"], since, precision, quality)
            for code, entries in ESTABLISHMENTS.items() for key, since, precision, quality in entries]
    return pd.DataFrame(rows, columns=["zoast_code", "supply_id", "country", "member_since",
                                       "since_precision", "member_quality"])
