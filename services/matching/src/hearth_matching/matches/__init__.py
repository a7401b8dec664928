"""Ranked matches in both directions, saved runs and the agency's weights."""
