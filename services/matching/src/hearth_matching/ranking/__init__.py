"""Ranking: the rules applied to every home of an agency (or every open referral) at once."""
