"""Carrying out an LA's acceptance in the services that own the place, the referral and
the match (see ``service``)."""
