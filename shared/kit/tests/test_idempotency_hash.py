"""An Idempotency-Key's request hash names the path as it always did (``request.url.path``),
so a key stored before a release is replayed after it."""

import pytest
from hearth_kit.idempotency import _url_path
from starlette.requests import Request

PATHS = [
    "/v1/referrals",
    "/v1/referrals/0b6c1f0e-8f4a-4a52-9d55-1f6d2a1b9c11/screening",
    "/v1/a path with spaces",
    "/v1/question?mark",
    "/v1/hash#mark",
    "/v1/back\\slash",
    "/v1/caf\u00e9/%41",
    "//double/leading",
]


@pytest.mark.parametrize("path", PATHS)
def test_the_hashed_path_is_starlettes_url_path(path):
    scope = {
        "type": "http",
        "method": "POST",
        "scheme": "http",
        "server": ("127.0.0.1", 8000),
        "path": path,
        "query_string": b"a=1",
        "headers": [(b"host", b"hearth.example")],
    }
    assert _url_path(scope) == Request(scope).url.path
