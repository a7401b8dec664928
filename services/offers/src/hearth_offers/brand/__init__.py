"""The agency's name and logo on its packs (each agency its own, never shown to another)."""
