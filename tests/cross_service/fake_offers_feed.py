"""A stand-in for the offers service's event feed, as its own process.

Run until the offers service is on the branch that the cross-service placements test
runs on: ``python fake_offers_feed.py <port>``. It serves ``GET /v1/events`` as every
Hearth feed does and takes ``POST /test/events`` (an event's type, subject id and data)
to add one. Tokens are not checked; it holds nothing but the events it was given.
"""

from __future__ import annotations

import json
import sys
import threading
import uuid
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse

EVENTS: list[dict] = []
LOCK = threading.Lock()


class Handler(BaseHTTPRequestHandler):
    def _send(self, status: int, body: dict) -> None:
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self) -> None:
        url = urlparse(self.path)
        if url.path == "/readyz":
            return self._send(200, {"status": "ready"})
        if url.path != "/v1/events":
            return self._send(404, {"title": "Not found", "status": 404})
        query = parse_qs(url.query)
        after = query.get("after", [None])[0]
        limit = int(query.get("limit", ["100"])[0])
        start = int(after.split("-")[1]) if after else 0
        with LOCK:
            items = EVENTS[start : start + limit]
        self._send(200, {"items": items, "next_cursor": items[-1]["cursor"] if items else after})

    def do_POST(self) -> None:
        if self.path != "/test/events":
            return self._send(404, {"title": "Not found", "status": 404})
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        with LOCK:
            event = {
                "event_id": str(uuid.uuid4()),
                "type": body["type"],
                # The feed's own time is not read by placements: any instant will do.
                "occurred_at": datetime(2027, 5, 11, tzinfo=UTC).isoformat(),
                "subject_type": "offer",
                "subject_id": body["subject_id"],
                "data": body["data"],
                "cursor": f"0-{len(EVENTS) + 1}",
            }
            EVENTS.append(event)
        self._send(201, event)

    def log_message(self, *args) -> None:  # quiet
        return


if __name__ == "__main__":
    ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1])), Handler).serve_forever()
