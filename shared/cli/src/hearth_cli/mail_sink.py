"""The SMTP sink `hearth run` starts: every message the services send is kept in
``var/mail/`` as an ``.eml`` file (open it in a mail client, or read it as text).

It is aiosmtpd's server, on 127.0.0.1 only, in a thread of the runner; nothing is
relayed anywhere. The offers service's defaults (``OFFERS_SMTP_HOST``/``PORT``) reach it.
"""

from __future__ import annotations

import itertools
import threading
from email.parser import BytesHeaderParser
from email.policy import default
from pathlib import Path

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, Envelope, Session

__all__ = ["DEFAULT_PORT", "MailSink"]

DEFAULT_PORT = 8025


class _KeepEveryMessage:
    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self._numbers = itertools.count(1)
        self._lock = threading.Lock()

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        content = envelope.original_content or b""
        headers = BytesHeaderParser(policy=default).parsebytes(content)
        with self._lock:
            number = next(self._numbers)
        stamp = str(headers.get("Message-ID", "")).strip("<>").split("@")[0][-12:]
        name = f"{number:05d}-{stamp or 'message'}.eml"
        self.directory.mkdir(parents=True, exist_ok=True)
        # Written under a temporary name, then renamed: a reader never sees half a message.
        partial = self.directory / f".{name}.part"
        partial.write_bytes(content)
        partial.rename(self.directory / name)
        return "250 Message kept"


class MailSink:
    """An SMTP server that keeps every message in ``directory``; start() and stop()."""

    def __init__(self, directory: Path, port: int = DEFAULT_PORT, host: str = "127.0.0.1"):
        self.directory = directory
        self.handler = _KeepEveryMessage(directory)
        self.controller = Controller(self.handler, hostname=host, port=port)

    @property
    def port(self) -> int:
        return self.controller.port

    def start(self) -> MailSink:
        self.directory.mkdir(parents=True, exist_ok=True)
        self.controller.start()
        return self

    def stop(self) -> None:
        self.controller.stop()

    def messages(self) -> list[Path]:
        """The kept messages, oldest first."""
        return sorted(self.directory.glob("*.eml"))
