"""Random (version 4) UUIDs, made more cheaply than :func:`uuid.uuid4`.

A referral takes five (its own, a recipient's, a child's, its event's and the request
id): ``uuid4`` builds each through ``UUID.__init__``'s checks of its arguments. These are
the same 122 random bits from ``os.urandom`` with the version and variant set, stored as
``UUID.__init__`` stores them.
"""

from __future__ import annotations

import os
import uuid

__all__ = ["new_id"]

_MASK = (1 << 128) - 1
_CLEAR = _MASK & ~((0xF000 << 64) | (0xC000 << 48))  # the version and variant bits
_VERSION_4 = (4 << 76) | (0x8000 << 48)  # version 4, RFC 4122 variant
_UNKNOWN = uuid.SafeUUID.unknown
_new = object.__new__
_set = object.__setattr__


def new_id() -> uuid.UUID:
    """A random UUID, as :func:`uuid.uuid4` makes one."""
    made = _new(uuid.UUID)
    _set(made, "int", int.from_bytes(os.urandom(16)) & _CLEAR | _VERSION_4)
    _set(made, "is_safe", _UNKNOWN)
    return made
