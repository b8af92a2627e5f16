"""Lesson and question model, loader and validator for lesson packs (no Qt)."""
