"""A webhook receiver, run as its own process by the cross-service webhook test and the bench.

    python webhook_receiver.py --port 9000 --secrets secrets.json --out received.jsonl

A tiny ASGI app (served by uvicorn) with one endpoint per path named in ``secrets``
(``{"/kent": "whsec_..."}``). Every POST's signature is verified with the
``standardwebhooks`` library; each one is written to ``out`` as a JSON line (path,
webhook-id, whether it verified, the body) and answered 204, or 401 when the signature
does not verify. It keeps no state: a restart forgets nothing that was written.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import uvicorn
from standardwebhooks import Webhook, WebhookVerificationError


def receiver(secrets: dict[str, str], out):
    async def app(scope, receive, send) -> None:
        if scope["type"] != "http":
            return
        body = b""
        more = True
        while more:
            message = await receive()
            body += message.get("body", b"")
            more = message.get("more_body", False)
        headers = {k.decode("latin-1"): v.decode("latin-1") for k, v in scope["headers"]}
        secret = secrets.get(scope["path"])
        verified = False
        if scope["method"] == "POST" and secret is not None:
            try:
                Webhook(secret).verify(body, headers)
                verified = True
            except WebhookVerificationError:
                verified = False
            record = {
                "path": scope["path"],
                "webhook_id": headers.get("webhook-id"),
                "verified": verified,
                "body": json.loads(body) if verified else None,
            }
            out.write(json.dumps(record) + "\n")
        status = 204 if verified or scope["method"] != "POST" else 401
        await send({"type": "http.response.start", "status": status, "headers": []})
        await send({"type": "http.response.body", "body": b""})

    return app


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--secrets", type=Path, required=True)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    secrets = json.loads(args.secrets.read_text())
    with args.out.open("a", buffering=1) as out:
        uvicorn.run(
            receiver(secrets, out),
            host="127.0.0.1",
            port=args.port,
            loop="uvloop",
            http="httptools",
            log_level="warning",
            access_log=False,
            backlog=1024,
        )


if __name__ == "__main__":
    main()
