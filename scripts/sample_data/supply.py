"""Supply: hospitals (ZOAST partners at their real towns + synthetic others) and synthetic GPs."""
import numpy as np
import pandas as pd

from .geo import random_points_in

#: Real hospitals: key -> (name, unit_id). The ZOAST partners are those DOMAIN.md names; the
#: others are real hospitals of the ZOAST towns. All sit at their town's point (approximate).
REAL_HOSPITALS = {
    "ch_charleville": ("CH de Charleville-Mézières", "FR:08105"),
    "ch_sedan": ("CH de Sedan", "FR:08409"),
    "h_fumay": ("Hôpital de Fumay", "FR:08185"),
    "h_nouzonville": ("Hôpital de Nouzonville", "FR:08328"),
    "ch_roubaix": ("CH de Roubaix", "FR:59512"),
    "ch_tourcoing": ("CH de Tourcoing", "FR:59599"),
    "ch_armentieres": ("CH d'Armentières", "FR:59017"),
    "ch_bailleul": ("CH de Bailleul", "FR:59043"),
    "ch_hazebrouck": ("CH d'Hazebrouck", "FR:59295"),
    "chu_lille": ("CHU de Lille", "FR:59350"),
    "ch_mont_saint_martin": ("CH de Mont-Saint-Martin", "FR:54382"),
    "ch_verdun": ("CH de Verdun", "FR:55545"),
    "ch_valenciennes": ("CH de Valenciennes", "FR:59606"),
    "ch_maubeuge": ("CH de Maubeuge", "FR:59392"),
    "ch_hirson": ("CH d'Hirson", "FR:02381"),
    "ch_dunkerque": ("CH de Dunkerque", "FR:59183"),
    "chu_mont_godinne": ("CHU UCL Namur – Mont-Godinne", "BE:91141"),
    "chu_dinant": ("CHU UCL Namur – Dinant", "BE:91034"),
    "csf_chimay": ("Centre de santé des Fagnes, Chimay", "BE:56016"),
    "chm_mouscron": ("Centre hospitalier de Mouscron", "BE:57096"),
    "jan_yperman": ("Jan Yperman Ziekenhuis, Ieper", "BE:33011"),
    "az_delta_menen": ("AZ Delta, campus Menen (CH Menin)", "BE:34027"),
    "az_groeninge": ("AZ Groeninge, Kortrijk", "BE:34022"),
    "csl_arlon": ("Cliniques du Sud-Luxembourg (Vivalia), Arlon", "BE:81001"),
    "chwapi_tournai": ("CHwapi, Tournai", "BE:57081"),
    "ambroise_pare_mons": ("CHU Ambroise Paré, Mons", "BE:53053"),
    "az_west_veurne": ("AZ West, Veurne", "BE:38025"),
    "cha_libramont": ("CH de l'Ardenne (Vivalia), Libramont", "BE:84077"),
}

#: Default: every other unit with at least this population gets one synthetic hospital.
SYNTHETIC_HOSPITAL_MIN_POP = 25000

#: Default beds model (synthetic): beds = BEDS_BASE + BEDS_PER_1000 * town population / 1000.
BEDS_BASE, BEDS_PER_1000, BEDS_MAX = 120, 6.0, 1800
#: CHU de Lille is far larger than its town alone would say.
BEDS_OVERRIDE = {"chu_lille": 2700}


def build_hospitals(units, rng):
    """Hospitals frame: supply_id, key, name, category, country, beds, unit_id, synthetic, x, y."""
    by_id = units.set_index("unit_id")
    rows = [(key, name, unit_id, 0) for key, (name, unit_id) in REAL_HOSPITALS.items()]
    hosting = {unit_id for _, unit_id in REAL_HOSPITALS.values()}
    big = units[(units.population >= SYNTHETIC_HOSPITAL_MIN_POP) & ~units.unit_id.isin(hosting)]
    for unit in big.sort_values("unit_id").itertuples():
        label = ("Hôpital synthétique de %s" if unit.country == "FR" or unit.name != unit.name_nl
                 else "Synthetisch ziekenhuis %s") % unit.name
        rows.append(("synthetic_" + unit.unit_id, label, unit.unit_id, 1))
    frame = pd.DataFrame(rows, columns=["key", "name", "unit_id", "synthetic"])
    frame["supply_id"] = ["H:{:04d}".format(i + 1) for i in range(len(frame))]
    frame["category"] = "hospital"
    frame["country"] = frame.unit_id.str[:2]
    pop = by_id.loc[frame.unit_id, "population"].to_numpy(float)
    beds = (BEDS_BASE + BEDS_PER_1000 * pop / 1000.0) * rng.lognormal(0.0, 0.2, len(frame))
    frame["beds"] = np.clip(np.round(beds), 40, BEDS_MAX).astype(np.int64)
    for key, beds_value in BEDS_OVERRIDE.items():
        frame.loc[frame.key == key, "beds"] = beds_value
    frame["x"] = by_id.loc[frame.unit_id, "town_x"].to_numpy()
    frame["y"] = by_id.loc[frame.unit_id, "town_y"].to_numpy()
    frame["location_quality"] = "town_point"
    return frame


#: Default GP density (GPs per 100,000) where there is no shortage.
GP_BASE_RATE = 100.0
#: Default factor on GP density in low-density units (below RURAL_DENSITY inhabitants per km²).
RURAL_FACTOR, RURAL_DENSITY = 0.75, 40.0
#: Default factor on GP density in named under-served arrondissements.
SHORTAGE_FACTOR = 0.7
SHORTAGE_ARRONDISSEMENTS = {
    "FR": ("025", "591", "552", "553", "084"),  # Vervins (Thiérache), Avesnes, Commercy, Verdun, Vouziers
    "BE": ("56000", "93000", "82000", "32000"),  # Thuin, Philippeville, Bastogne, Diksmuide
}
#: Default exponent concentrating GPs in the larger units of an arrondissement.
GP_CONCENTRATION = 1.2
#: Default FTE values and their probabilities; consultations per FTE (mean, sd).
FTE_VALUES, FTE_WEIGHTS = (0.5, 0.6, 0.8, 1.0), (0.15, 0.15, 0.25, 0.45)
ACTIVITY_MEAN, ACTIVITY_SD = 5200.0, 900.0
#: Default share of GPs aged over 65 per country.
OVER_65_SHARE = {"FR": 0.27, "BE": 0.22}


def gp_expected(units):
    """Expected GPs per unit: base rate x rural and named-shortage factors (before drawing)."""
    factor = np.ones(len(units))
    density = units.population.to_numpy(float) / np.maximum(units.area_km2.to_numpy(float), 0.01)
    factor[density < RURAL_DENSITY] *= RURAL_FACTOR
    for country, arrs in SHORTAGE_ARRONDISSEMENTS.items():
        factor[((units.country == country) & units.arrondissement.isin(arrs)).to_numpy()] *= SHORTAGE_FACTOR
    return units.population.to_numpy(float) / 1e5 * GP_BASE_RATE * factor


def build_gp_practices(units, rng):
    """Synthetic GP points: per arrondissement a Poisson count, spread over its units in
    proportion to population**GP_CONCENTRATION (GPs cluster in towns), placed uniformly inside
    the unit polygon."""
    expected = gp_expected(units)
    counts = np.zeros(len(units), dtype=np.int64)
    keys = (units.country + ":" + units.arrondissement).to_numpy()
    for key in sorted(set(keys)):
        idx = np.flatnonzero(keys == key)
        total = rng.poisson(expected[idx].sum())
        weight = expected[idx] ** GP_CONCENTRATION
        if total and weight.sum() > 0:
            counts[idx] = rng.multinomial(total, weight / weight.sum())
    xs, ys, owners = [], [], []
    for i in np.flatnonzero(counts):
        x, y = random_points_in(units.geometry.iloc[i], int(counts[i]), rng)
        xs.append(x)
        ys.append(y)
        owners.extend([i] * int(counts[i]))
    owners = np.array(owners, dtype=np.int64)
    n = len(owners)
    country = units.country.to_numpy()[owners]
    fte = rng.choice(FTE_VALUES, size=n, p=FTE_WEIGHTS)
    activity = np.maximum(1000, np.round(fte * rng.normal(ACTIVITY_MEAN, ACTIVITY_SD, n))).astype(np.int64)
    over_65 = rng.random(n) < np.vectorize(OVER_65_SHARE.get)(country)
    return pd.DataFrame({
        "supply_id": ["GP:{:06d}".format(i + 1) for i in range(n)],
        "category": "gp",
        "country": country,
        "fte": fte,
        "activity": activity,
        "age_over_65": over_65.astype(np.int64),
        "unit_id": units.unit_id.to_numpy()[owners],
        "x": np.concatenate(xs) if xs else np.zeros(0),
        "y": np.concatenate(ys) if ys else np.zeros(0),
    })
