"""The read model: open referrals and homes with their places, fed from the event feeds."""
