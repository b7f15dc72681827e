#!/usr/bin/env python3
"""A mail connector for Frontline, Python's standard library only.

  mail_connector.py in [FILE.eml]
      Posts one RFC 5322 message (a file, or standard input, as a mail server's pipe gives it)
      with its Message-ID, In-Reply-To, References and Subject: a reply to a message Frontline
      knows joins that conversation; the same Message-ID twice is recognised and writes nothing.
  mail_connector.py listen [--port 8091] [--outbox DIR] [--address support@example.com]
      Receives Frontline's webhooks, checks each signature, turns every agent reply on an e-mail
      into DIR/<seq>.eml (threaded with In-Reply-To and References; hand the folder to your MTA,
      e.g. `sendmail -t < FILE`) and acknowledges it with POST /v1/messages/{id}/delivery.

Environment: FRONTLINE_URL (default http://127.0.0.1:8080), FRONTLINE_TOKEN (a token of scope
ingest), FRONTLINE_WEBHOOK_SECRET (what `frontline webhooks add` printed, or gave with --secret).
"""
import argparse, hashlib, hmac, json, os, sys, time
import urllib.error, urllib.request
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import formatdate, make_msgid, parseaddr
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


def incoming(args):
    with (open(args.file, "rb") if args.file else sys.stdin.buffer) as source:
        mail = BytesParser(policy=policy.default).parse(source)
    name, address = parseaddr(str(mail.get("From", "")))
    if not address:
        print("the message has no From address", file=sys.stderr)
        return 65
    body = mail.get_body(preferencelist=("plain",))
    text = body.get_content().strip() if body is not None else ""
    headers = {"message_id": str(mail.get("Message-ID", "")).strip(), "in_reply_to": str(mail.get("In-Reply-To", "")).strip(),
               "references": str(mail.get("References", "")).split(), "subject": str(mail.get("Subject", "")).strip()}
    contact = {"channel": "email", "from": address, "text": text or "(no text)",
               "email": {key: value for key, value in headers.items() if value}}
    if name:
        contact["name"] = name
    status, answer = api("POST", "/v1/contacts", contact)
    print(json.dumps(answer))
    return 0 if status in (200, 201) else 1


def verified(headers, body, secret, tolerance=300):
    """docs/connectors.md: X-Frontline-Signature is t=<unix time>,v1=<HMAC-SHA256 of "t.body">."""
    parts = dict(p.split("=", 1) for p in headers.get("X-Frontline-Signature", "").split(",") if "=" in p)
    if not parts.get("t", "").isdigit() or abs(time.time() - int(parts["t"])) > tolerance:
        return False
    expected = hmac.new(secret, parts["t"].encode() + b"." + body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, parts.get("v1", ""))


def bracketed(message_id):
    """Frontline compares message ids without their angle brackets; a header needs them."""
    return message_id if message_id.startswith("<") else "<%s>" % message_id


class Webhook(BaseHTTPRequestHandler):
    secret = b""
    outbox = "outbox"
    address = "support@example.com"

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
        if event["kind"] != "reply" or payload.get("channel") != "email":
            return self.answer(200)
        outcome = {"status": "delivered"}
        try:
            self.write_mail(event["seq"], payload)
        except (OSError, ValueError) as error:
            outcome = {"status": "failed", "reason": "could not write the mail: %s" % error}
        status, _ = api("POST", "/v1/messages/%d/delivery" % payload["message_id"], outcome)
        # Not acknowledged: 503 makes Frontline send the event again (the same file is rewritten).
        self.answer(200 if status == 200 else 503)

    def write_mail(self, seq, payload):
        thread = payload.get("email") or {}
        mail = EmailMessage()
        mail["From"] = self.address
        mail["To"] = payload["address"]
        mail["Subject"] = thread.get("subject") or "Re: your message"
        mail["Date"] = formatdate(localtime=False)
        mail["Message-ID"] = make_msgid(idstring="frontline-%d" % payload["message_id"])
        if thread.get("in_reply_to"):
            mail["In-Reply-To"] = bracketed(thread["in_reply_to"])
        if thread.get("references"):
            mail["References"] = " ".join(bracketed(id) for id in thread["references"])
        mail.set_content(payload["text"])
        # Written whole, then renamed: an MTA watching the folder never picks up half a message.
        path = os.path.join(self.outbox, "%d.eml" % seq)
        with open(path + ".tmp", "wb") as out:
            out.write(mail.as_bytes(policy=policy.SMTP))
        os.replace(path + ".tmp", path)


def listen(args):
    os.makedirs(args.outbox, exist_ok=True)
    Webhook.secret = os.environ["FRONTLINE_WEBHOOK_SECRET"].encode()
    Webhook.outbox = args.outbox
    Webhook.address = args.address
    server = HTTPServer(("127.0.0.1", args.port), Webhook)
    print("listening on http://127.0.0.1:%d/" % server.server_address[1], file=sys.stderr, flush=True)
    server.serve_forever()


def main():
    parser = argparse.ArgumentParser(description="A mail connector for Frontline.")
    commands = parser.add_subparsers(dest="command", required=True)
    reading = commands.add_parser("in", help="post one RFC 5322 message (a file, or standard input)")
    reading.add_argument("file", nargs="?")
    listening = commands.add_parser("listen", help="receive webhooks and write replies as .eml files")
    listening.add_argument("--port", type=int, default=8091)
    listening.add_argument("--outbox", default="outbox")
    listening.add_argument("--address", default="support@example.com", help="the From of the replies")
    args = parser.parse_args()
    for name in ["FRONTLINE_TOKEN"] + (["FRONTLINE_WEBHOOK_SECRET"] if args.command == "listen" else []):
        if not os.environ.get(name):
            parser.error("set %s (see examples/README.md)" % name)
    sys.exit(incoming(args) if args.command == "in" else listen(args))


if __name__ == "__main__":
    main()
