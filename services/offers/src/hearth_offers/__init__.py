"""Hearth offers: from an agreed match to the LA's answer."""
