"""Emailing a sent offer, with its pack PDF, to the child's social worker and the LA's
placement team: queued with the send, delivered by the mail outbox (retried, never lost)."""
