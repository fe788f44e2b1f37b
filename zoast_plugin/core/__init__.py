"""The science of the plugin: numpy, pandas, scipy and shapely only.

Nothing in this package imports qgis or Qt, so it can be tested fast and reused
outside QGIS. Errors are raised as :class:`errors.InputError` with an English
template marked for translation; the processing layer translates them.
"""
