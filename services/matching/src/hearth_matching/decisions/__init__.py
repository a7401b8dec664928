"""Decisions on a match: proposal, the SSW's view, the carer's or manager's answer."""
