"""QGIS entry point of the ZOAST plugin."""


def classFactory(iface):  # noqa: N802 - name required by QGIS
    """Return the plugin instance QGIS asks for."""
    from .zoast_plugin.plugin import ZoastPlugin

    return ZoastPlugin(iface)
