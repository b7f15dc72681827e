#!/usr/bin/env python3
"""A webhook receiver for the tests: checks each signature with Python's own hmac (an
implementation independent of the one under test), records every request as a JSON line, and
answers as the test's plan says. Prints its port (argv[3] if given, else any free one), then
serves until killed.

Plan (POST /control with a JSON body): {"fail_seqs": {"5": 2}} fails the first 2 deliveries of
event 5 with 500; {"fail_all": true} fails everything."""
import hashlib, hmac, json, sys, threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

SECRET = sys.argv[1].encode()
LOG = sys.argv[2]
plan = {"fail_seqs": {}, "fail_all": False}
seen = {}
lock = threading.Lock()

class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        if self.path == "/control":
            with lock:
                plan.update(json.loads(body))
            self.send_response(204); self.end_headers(); return
        signature = dict(p.split("=", 1) for p in self.headers.get("X-Frontline-Signature", "").split(",") if "=" in p)
        expected = hmac.new(SECRET, signature.get("t", "").encode() + b"." + body, hashlib.sha256).hexdigest()
        event = json.loads(body)
        seq = str(event["seq"])
        with lock:
            seen[seq] = seen.get(seq, 0) + 1
            fail = plan["fail_all"] or seen[seq] <= plan["fail_seqs"].get(seq, 0)
            with open(LOG, "a") as log:
                log.write(json.dumps({"seq": event["seq"], "contact_id": event["contact_id"], "kind": event["kind"],
                                      "message_id": (event.get("payload") or {}).get("message_id"),
                                      "valid": hmac.compare_digest(expected, signature.get("v1", "")),
                                      "event_header": self.headers.get("X-Frontline-Event"),
                                      "delivery_header": self.headers.get("X-Frontline-Delivery"),
                                      "status": 500 if fail else 200}) + "\n")
        self.send_response(500 if fail else 200)
        self.send_header("Content-Length", "0")
        self.end_headers()

server = ThreadingHTTPServer(("127.0.0.1", int(sys.argv[3]) if len(sys.argv) > 3 else 0), Handler)
print(server.server_address[1], flush=True)
server.serve_forever()
