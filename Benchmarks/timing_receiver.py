#!/usr/bin/env python3
"""A webhook receiver for the benchmarks: writes "seq contact_id at arrival" per delivery to a
file (arrival in Unix seconds), answers 200. Prints its port, then serves until killed.
argv: LOG [PORT]"""
import json, sys, threading, time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

LOG = open(sys.argv[1], "a", buffering=1)
lock = threading.Lock()

class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    def log_message(self, *args):
        pass
    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        arrived = time.time()
        event = json.loads(body)
        with lock:
            LOG.write("%d %s %s %.6f\n" % (event["seq"], event["contact_id"], event["at"], arrived))
        self.send_response(200)
        self.send_header("Content-Length", "0")
        self.end_headers()

server = ThreadingHTTPServer(("127.0.0.1", int(sys.argv[2]) if len(sys.argv) > 2 else 0), Handler)
print(server.server_address[1], flush=True)
server.serve_forever()
