"""ZOAST plugin package: cross-border health access analysis for QGIS."""
