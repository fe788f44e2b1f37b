"""Age bands (INSEE's seven bands) estimated from national age structures.

Real per-commune age counts are not in any registry package, so each unit gets its country's
published age structure, tilted by a reproducible local variation (low-density units older,
dense units younger, plus seeded noise), and split into integers that sum to its population.
"""
import numpy as np

from .geo import largest_remainder

BANDS = ("pop_0_14", "pop_15_29", "pop_30_44", "pop_45_59", "pop_60_74", "pop_75_89", "pop_90p")

#: National shares (%) per band. France: INSEE, recensement 2021 (RP2021), France, population by
#: age band (POP T0 layout). Belgium: Statbel, population by age on 1 January 2024. Rounded to 0.1;
#: see resources/sample/DATA.md.
NATIONAL_SHARES = {
    "FR": (17.6, 17.1, 18.5, 19.6, 17.5, 8.5, 1.2),
    "BE": (16.3, 17.2, 20.2, 20.1, 16.5, 8.7, 1.0),
}

#: Default log-multiplier of each band per standard deviation of rurality (-log density):
#: rural units have fewer young adults and more people over 60.
RURALITY_GRADIENT = (-0.06, -0.12, -0.08, 0.0, 0.10, 0.14, 0.14)

#: Default standard deviation of the seeded log-normal noise per unit and band.
NOISE_SD = 0.05


def estimate_age_bands(country, population, area_km2, rng, gradient=RURALITY_GRADIENT, noise_sd=NOISE_SD):
    """(n, 7) int64 band counts; each row sums exactly to ``population``."""
    population = np.asarray(population, dtype=np.int64)
    density = np.maximum(population, 1) / np.maximum(np.asarray(area_km2, float), 0.01)
    rural = -np.log(density)
    z = np.clip((rural - rural.mean()) / rural.std(), -2.5, 2.5)
    base = np.array([NATIONAL_SHARES[c] for c in country], dtype=float)
    tilt = np.outer(z, np.asarray(gradient, float)) + rng.normal(0.0, noise_sd, base.shape)
    return largest_remainder(base * np.exp(tilt), population)
