"""A webhook receiver, run as its own process by the cross-service webhook test and the bench.

    python webhook_receiver.py --port 9000 --secrets secrets.json --out received.jsonl

Serves one endpoint per path named in ``secrets`` (``{"/kent": "whsec_..."}``). Every
POST's signature is verified with the ``standardwebhooks`` library; each one is written
to ``out`` as a JSON line (path, webhook-id, whether it verified, the body) and answered
204, or 401 when the signature does not verify. It keeps no state: a restart forgets
nothing that was written.
"""

from __future__ import annotations

import argparse
import json
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from standardwebhooks import Webhook, WebhookVerificationError


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--secrets", type=Path, required=True)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    secrets = json.loads(args.secrets.read_text())
    out = args.out.open("a", buffering=1)

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("content-length", "0")))
            secret = secrets.get(self.path)
            verified = False
            if secret is not None:
                try:
                    Webhook(secret).verify(body, dict(self.headers.items()))
                    verified = True
                except WebhookVerificationError:
                    verified = False
            record = {
                "path": self.path,
                "webhook_id": self.headers.get("webhook-id"),
                "verified": verified,
                "body": json.loads(body) if verified else None,
            }
            out.write(json.dumps(record) + "\n")
            self.send_response(204 if verified else 401)
            self.send_header("content-length", "0")
            self.end_headers()

        def log_message(self, *args) -> None:  # quiet
            return

    class Server(ThreadingHTTPServer):
        request_queue_size = 512  # many concurrent deliveries connect at once

    server = Server(("127.0.0.1", args.port), Handler)
    server.daemon_threads = True
    try:
        server.serve_forever()
    finally:
        out.close()


if __name__ == "__main__":
    main()
