"""Translations: .ts sources and compiled .qm catalogues, and the tool that builds them."""
