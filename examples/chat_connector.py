#!/usr/bin/env python3
"""A chat connector for Frontline, Python's standard library only.

  chat_connector.py say CONVERSATION TEXT [--from ADDRESS] [--name NAME] [--message-id ID]
      A customer's chat message into Frontline: the first of a conversation starts a contact
      (external_id "chat-CONVERSATION"); later ones are added to it (reopening it if it ended).
  chat_connector.py listen [--port 8090] [--transcript FILE]
      Receives Frontline's webhooks, checks each signature, hands every agent reply on a chat
      to the customer (here: a JSON line appended to FILE, or printed) and acknowledges it with
      POST /v1/messages/{id}/delivery. A reply it cannot hand on is acknowledged as failed.

Environment: FRONTLINE_URL (default http://127.0.0.1:8080), FRONTLINE_TOKEN (a token of scope
ingest), FRONTLINE_WEBHOOK_SECRET (what `frontline webhooks add` printed, or gave with --secret).
"""
import argparse, hashlib, hmac, json, os, sys, time, uuid
import urllib.error, urllib.request
from http.server import BaseHTTPRequestHandler, HTTPServer

API = os.environ.get("FRONTLINE_URL", "http://127.0.0.1:8080").rstrip("/")


def api(method, path, body=None):
    """One API call; returns (status, JSON answer). Problems (4xx/5xx) come back too."""
    request = urllib.request.Request(API + path, method=method, data=None if body is None else json.dumps(body).encode(),
                                     headers={"Authorization": "Bearer " + os.environ["FRONTLINE_TOKEN"],
                                              "Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=10) as answer:
            return answer.status, json.load(answer)
    except urllib.error.HTTPError as problem:
        return problem.code, json.loads(problem.read() or b"{}")


def say(args):
    opening = {"channel": "chat", "from": args.sender, "text": args.text, "external_id": "chat-" + args.conversation}
    if args.name:
        opening["name"] = args.name
    status, contact = api("POST", "/v1/contacts", opening)
    if status == 200:  # the conversation's contact exists: this is its next message
        status, contact = api("POST", "/v1/contacts/%d/messages" % contact["contact_id"],
                              {"text": args.text, "external_id": args.message_id or str(uuid.uuid4())})
    print(json.dumps(contact))
    return 0 if status in (200, 201) else 1


def verified(headers, body, secret, tolerance=300):
    """docs/connectors.md: X-Frontline-Signature is t=<unix time>,v1=<HMAC-SHA256 of "t.body">."""
    parts = dict(p.split("=", 1) for p in headers.get("X-Frontline-Signature", "").split(",") if "=" in p)
    if not parts.get("t", "").isdigit() or abs(time.time() - int(parts["t"])) > tolerance:
        return False
    expected = hmac.new(secret, parts["t"].encode() + b"." + body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, parts.get("v1", ""))


def visible(text):
    """Agents' words are shown, their control characters are not (no escape reaches a terminal)."""
    return "".join(c if c.isprintable() else "?" for c in text)


class Webhook(BaseHTTPRequestHandler):
    secret = b""
    transcript = None
    handed_on = set()  # seqs already given to the customer: at-least-once delivery may repeat one

    def log_message(self, *args):
        pass

    def answer(self, status):
        self.send_response(status)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        if not verified(self.headers, body, self.secret):
            return self.answer(401)
        event = json.loads(body)
        payload = event.get("payload", {})
        if event["kind"] != "reply" or payload.get("channel") != "chat":
            return self.answer(200)  # other events: nothing for a chat widget to do
        outcome = {"status": "delivered"}
        if event["seq"] not in self.handed_on:
            try:
                self.hand_on(payload)
                self.handed_on.add(event["seq"])
            except OSError as error:
                outcome = {"status": "failed", "reason": "chat widget unreachable: %s" % error.strerror}
        status, _ = api("POST", "/v1/messages/%d/delivery" % payload["message_id"], outcome)
        # Not acknowledged: answer 503 so Frontline sends the event again (it is not handed on twice).
        self.answer(200 if status == 200 else 503)

    def hand_on(self, payload):
        line = {"to": payload["address"], "contact_id": payload["contact_id"], "message_id": payload["message_id"],
                "agent": payload.get("agent"), "text": payload["text"]}
        if self.transcript:
            with open(self.transcript, "a") as out:
                out.write(json.dumps(line) + "\n")
        else:
            print("to %s: %s" % (visible(line["to"]), visible(line["text"])), flush=True)


def listen(args):
    Webhook.secret = os.environ["FRONTLINE_WEBHOOK_SECRET"].encode()
    Webhook.transcript = args.transcript
    # One request at a time: Frontline sends a contact's events in order, and so are they handed on.
    server = HTTPServer(("127.0.0.1", args.port), Webhook)
    print("listening on http://127.0.0.1:%d/" % server.server_address[1], file=sys.stderr, flush=True)
    server.serve_forever()


def main():
    parser = argparse.ArgumentParser(description="A chat connector for Frontline.")
    commands = parser.add_subparsers(dest="command", required=True)
    said = commands.add_parser("say", help="post a customer's chat message")
    said.add_argument("conversation")
    said.add_argument("text")
    said.add_argument("--from", dest="sender", default="visitor@chat.example")
    said.add_argument("--name")
    said.add_argument("--message-id")
    listening = commands.add_parser("listen", help="receive webhooks and hand replies on")
    listening.add_argument("--port", type=int, default=8090)
    listening.add_argument("--transcript", help="append each reply as a JSON line here instead of printing it")
    args = parser.parse_args()
    for name in ["FRONTLINE_TOKEN"] + (["FRONTLINE_WEBHOOK_SECRET"] if args.command == "listen" else []):
        if not os.environ.get(name):
            parser.error("set %s (see examples/README.md)" % name)
    sys.exit(say(args) if args.command == "say" else listen(args))


if __name__ == "__main__":
    main()
