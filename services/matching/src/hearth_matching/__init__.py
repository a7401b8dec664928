"""Hearth matching service."""
