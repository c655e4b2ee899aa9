"""The HTTP benchmark's client keeps cookies as a browser does (issue 17, run 12): what a
response sets is sent back with the next requests, and a cookie cleared is dropped."""

from __future__ import annotations

import http.client
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from bench.http_bench import CookieJar  # noqa: E402


class _Handler(BaseHTTPRequestHandler):
    """Echoes the Cookie header it got; ``/set`` sets two cookies, ``/clear`` clears one."""

    def do_GET(self) -> None:  # noqa: N802 - the standard library's name
        body = (self.headers.get("Cookie") or "").encode()
        self.send_response(200)
        if self.path == "/set":
            self.send_header("Set-Cookie", "csrftoken=abc123; Path=/; SameSite=Lax")
            self.send_header("Set-Cookie", 'other="x y"; Max-Age=3600; Path=/')
        if self.path == "/clear":
            self.send_header(
                "Set-Cookie", 'other=""; expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; Path=/'
            )
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args) -> None:
        pass


def _get(port: int, path: str, jar: CookieJar) -> str:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    conn.request("GET", path, headers=jar.header())
    response = conn.getresponse()
    body = response.read().decode()
    jar.keep(response)
    conn.close()
    return body


def test_the_client_sends_back_what_the_responses_set():
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        port = server.server_address[1]
        jar = CookieJar({"sessionid": "s1"})
        assert _get(port, "/set", jar) == "sessionid=s1"
        assert jar.names() == ["csrftoken", "other", "sessionid"]
        sent = _get(port, "/clear", jar)
        assert sorted(sent.split("; ")) == ["csrftoken=abc123", 'other="x y"', "sessionid=s1"]
        assert jar.names() == ["csrftoken", "sessionid"]
        assert sorted(_get(port, "/", jar).split("; ")) == ["csrftoken=abc123", "sessionid=s1"]
        assert CookieJar().header() == {}
    finally:
        server.shutdown()
        server.server_close()
