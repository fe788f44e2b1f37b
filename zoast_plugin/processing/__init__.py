"""Processing provider and algorithms: thin wrappers around zoast_plugin.core."""
