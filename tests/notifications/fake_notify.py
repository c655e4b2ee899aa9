"""A stand-in for the GOV.UK Notify API on 127.0.0.1, run in a thread by the test.

It speaks the two endpoints NotifySMSBackend uses (POST /v2/notifications/sms and
GET /v2/notifications?reference=...) and follows a script, one step per POST:
  "201"            accept and answer 201
  "500", "400", "429"  answer with that status and accept nothing
  "timeout"        accept nothing and answer too late (after slow_seconds)
  "accept-timeout" accept the message, then answer too late
  "late"           accept the message and answer after late_seconds (slow, not too slow)
After the script runs out every POST takes `default_step` ("201"), or `step_for(n)` for the
n-th POST when that is set. `hang_lookups` makes lookups answer too late as well (a
provider that hangs altogether). `accepted` lists what Notify took, each with the time.
A POST to a number in `refuse_numbers` (compared by its last ten digits) answers 400 (not a
mobile number Notify accepts) whatever the script says; `refused` records each, with the time.
"""

from __future__ import annotations

import json
import threading
import time
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse

FAKE_API_KEY = f"test_key-{uuid.uuid4()}-{uuid.uuid4()}"


class FakeNotify:
    def __init__(self, *, slow_seconds: float = 1.5, late_seconds: float = 0.5) -> None:
        self.script: list[str] = []
        self.default_step = "201"
        self.step_for = None  # optional: n (1-based POST count) -> step
        self.hang_lookups = False
        self.late_seconds = late_seconds
        self.accepted: list[dict] = []
        self.refuse_numbers: set[str] = set()
        self.refused: list[tuple[str, float]] = []
        self.posts = 0
        self.lookups = 0
        self.slow_seconds = slow_seconds
        self._lock = threading.Lock()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def __enter__(self) -> FakeNotify:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._server.shutdown()
        self._server.server_close()

    def reset(self, *, slow_seconds: float, late_seconds: float) -> None:
        """Back to answering 201 to everything, with nothing recorded (between tests)."""
        with self._lock:
            self.script = []
            self.default_step = "201"
            self.step_for = None
            self.hang_lookups = False
            self.slow_seconds = slow_seconds
            self.late_seconds = late_seconds
            self.accepted = []
            self.refuse_numbers = set()
            self.refused = []
            self.posts = 0
            self.lookups = 0

    def _refuses(self, number: str | None) -> bool:
        digits = "".join(c for c in str(number or "") if c.isdigit())[-10:]
        with self._lock:
            refused = bool(digits) and any(
                "".join(c for c in n if c.isdigit())[-10:] == digits for n in self.refuse_numbers
            )
            if refused:
                self.refused.append((str(number), time.time()))
            return refused

    def _next_step(self, number: str | None = None) -> str:
        if self._refuses(number):
            return "400"
        with self._lock:
            self.posts += 1
            if self.script:
                return self.script.pop(0)
            return self.step_for(self.posts) if self.step_for else self.default_step

    def _accept(self, payload: dict) -> dict:
        record = {
            "id": str(uuid.uuid4()),
            "reference": payload.get("reference"),
            "phone_number": payload.get("phone_number"),
            "body": (payload.get("personalisation") or {}).get("body", ""),
            "type": "sms",
            "status": "created",
            "at": time.time(),
        }
        with self._lock:
            self.accepted.append(record)
        return record

    def _handler(self):
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args) -> None:  # keep test output quiet
                pass

            def _reply(self, status: int, body: dict) -> None:
                data = json.dumps(body).encode()
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(data)))
                    self.end_headers()
                    self.wfile.write(data)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up waiting (the timeout steps)

            def do_POST(self) -> None:  # noqa: N802
                length = int(self.headers.get("Content-Length") or 0)
                payload = json.loads(self.rfile.read(length) or b"{}")
                step = fake._next_step(payload.get("phone_number"))
                if step == "201":
                    record = fake._accept(payload)
                    self._reply(201, {"id": record["id"], "reference": record["reference"]})
                elif step == "late":
                    record = fake._accept(payload)
                    time.sleep(fake.late_seconds)
                    self._reply(201, {"id": record["id"], "reference": record["reference"]})
                elif step in ("timeout", "accept-timeout"):
                    if step == "accept-timeout":
                        fake._accept(payload)
                    time.sleep(fake.slow_seconds)
                    self._reply(201, {"id": "too-late"})
                else:
                    status = int(step)
                    errors = [
                        {
                            "error": "ValidationError",
                            "message": "phone_number Not a UK mobile number",
                        }
                    ]
                    if status == 429:
                        errors = [{"error": "RateLimitError", "message": "Exceeded rate limit"}]
                    if status >= 500:
                        errors = [{"error": "Exception", "message": "Internal server error"}]
                    self._reply(status, {"status_code": status, "errors": errors})

            def do_GET(self) -> None:  # noqa: N802
                query = parse_qs(urlparse(self.path).query)
                reference = (query.get("reference") or [None])[0]
                if fake.hang_lookups:
                    time.sleep(fake.slow_seconds)
                with fake._lock:
                    fake.lookups += 1
                    found = [r for r in fake.accepted if r["reference"] == reference]
                self._reply(200, {"notifications": found, "links": {"current": self.path}})

        return Handler

    def accepted_by_reference(self) -> dict[str, list[float]]:
        """When each reference was accepted: two times for one reference is a duplicate."""
        with self._lock:
            found: dict[str, list[float]] = {}
            for record in self.accepted:
                found.setdefault(record["reference"], []).append(record["at"])
            return found
