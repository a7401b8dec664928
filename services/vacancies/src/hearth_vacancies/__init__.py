"""Hearth vacancies service."""
