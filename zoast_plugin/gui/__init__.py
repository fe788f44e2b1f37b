"""Dock widget and interactive tools; they call the same code as the algorithms."""
