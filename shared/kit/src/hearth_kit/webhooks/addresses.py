"""Which endpoints Hearth will call: HTTPS in production, and never a private address.

A subscription's URL is checked when it is saved and again before every delivery (a
name can be pointed somewhere else later). The host is resolved and every address it
resolves to must be public: private (RFC 1918, unique local), loopback, link-local
(cloud metadata at 169.254.169.254), multicast, reserved and unspecified ones are
refused, as is an IPv4 address hidden in IPv6 (``::ffff:10.0.0.1``).

A delivery then connects to the address that was checked, never to a second lookup of
the name (:func:`pinned`): a name that answers a public address to the check and a
private one a moment later (DNS rebinding) cannot steer the request inside. The URL's
host still goes in the ``Host`` header and in TLS (SNI and certificate checks).
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from collections.abc import Awaitable, Callable, Sequence
from typing import Any
from urllib.parse import urlsplit

import httpx
from hearth_contract.problems import WebhookUrlRefused

__all__ = ["Resolve", "check_endpoint", "is_public", "pinned", "resolve_host"]

Resolve = Callable[[str, int], Awaitable[list[str]]]
_RESOLVE_TIMEOUT_SECONDS = 2.0


async def resolve_host(host: str, port: int) -> list[str]:
    """Every address ``host`` resolves to (IPv4 and IPv6)."""
    loop = asyncio.get_running_loop()
    infos = await asyncio.wait_for(
        loop.getaddrinfo(host, port, type=socket.SOCK_STREAM), _RESOLVE_TIMEOUT_SECONDS
    )
    return sorted({str(info[4][0]) for info in infos})


def is_public(address: str) -> bool:
    """Whether ``address`` is a public unicast address Hearth may call in production."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address):
        embedded = ip.ipv4_mapped or ip.sixtofour or (ip.teredo[1] if ip.teredo else None)
        if embedded is not None:
            return is_public(str(embedded))
    return ip.is_global and not (ip.is_multicast or ip.is_reserved or ip.is_unspecified)


async def check_endpoint(
    url: str, *, production: bool, allow_private: bool, resolve: Resolve = resolve_host
) -> list[str]:
    """Refuse ``url`` (:class:`WebhookUrlRefused`) unless Hearth may deliver to it.

    Returns the public addresses the host resolved to, for :func:`pinned`; none when
    private addresses are allowed (a local run or a test), as nothing was looked up.
    """
    parts = urlsplit(url)
    if parts.scheme not in ("https", "http") or not parts.hostname:
        raise WebhookUrlRefused("The URL must be http(s) and name a host.")
    if parts.username or parts.password:
        raise WebhookUrlRefused("The URL must not carry credentials.")
    if production and parts.scheme != "https":
        raise WebhookUrlRefused("The URL must use https.")
    if allow_private:
        return []
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError as exc:
        raise WebhookUrlRefused("The URL's port is not valid.") from exc
    try:
        addresses = await resolve(parts.hostname, port)
    except (OSError, TimeoutError, UnicodeError) as exc:
        raise WebhookUrlRefused("The URL's host does not resolve.") from exc
    if not addresses or not all(is_public(address) for address in addresses):
        raise WebhookUrlRefused(
            "The URL's host resolves to a private, loopback or link-local address."
        )
    return addresses


def pinned(url: str, addresses: Sequence[str]) -> tuple[httpx.URL, dict[str, str], dict[str, Any]]:
    """The request to send for ``url`` so that it connects to ``addresses[0]``, the
    address checked, with the host named in ``Host`` and in TLS (``sni_hostname``, which
    httpcore also uses to check the certificate): the URL, headers and extensions."""
    target = httpx.URL(url)
    if not addresses:
        return target, {}, {}
    extensions = {"sni_hostname": target.host} if target.scheme == "https" else {}
    host = target.netloc.decode("ascii")
    return target.copy_with(host=addresses[0]), {"host": host}, extensions
