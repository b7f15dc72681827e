#!/usr/bin/env python3
"""Checks docs/openapi.json: a valid OpenAPI 3.1 document, every example valid against its
schema, and (given a samples file) every answer the real server gave valid against the schema
documented for its path, method and status. Needs openapi-spec-validator and
openapi-schema-validator 0.9.0 (.ci/run installs them). Used by OpenAPIAgreementTests.

usage: check-openapi.py DOCUMENT [SAMPLES]
SAMPLES: a JSON array of {"path": "/v1/contacts/{id}", "method": "get", "status": 200,
"request": {...} or null, "response": {...}, "request_invalid": false}. The request of a 2xx
answer must be valid; one marked request_invalid (refused by the server) must be invalid.
"""
import json
import sys

from openapi_schema_validator import OAS31Validator
from openapi_spec_validator import validate


def main():
    document = json.load(open(sys.argv[1]))
    validate(document)
    problems = []

    def check(instance, schema, where):
        # The schema's "#/components/..." references resolve against the document's components.
        validator = OAS31Validator({**schema, "components": document["components"]}, format_checker=OAS31Validator.FORMAT_CHECKER)
        for error in validator.iter_errors(instance):
            problems.append(f"{where}: {error.message} at {list(error.absolute_path)}")

    def resolve(node):
        while "$ref" in node:
            node = document["components"][node["$ref"].split("/")[2]][node["$ref"].split("/")[3]]
        return node

    checked = 0
    for path, operations in document["paths"].items():
        for method, operation in operations.items():
            body = operation.get("requestBody")
            if body:
                media = body["content"]["application/json"]
                check(media["example"], media["schema"], f"{method} {path} request example")
                checked += 1
            for status, response in operation["responses"].items():
                for kind, media in resolve(response).get("content", {}).items():
                    if "example" in media:
                        check(media["example"], media["schema"], f"{method} {path} {status} example")
                        checked += 1

    if len(sys.argv) > 2:
        for sample in json.load(open(sys.argv[2])):
            operation = document["paths"][sample["path"]][sample["method"]]
            where = f"{sample['method']} {sample['path']} {sample['status']}"
            response = operation["responses"].get(str(sample["status"]))
            if response is None:
                problems.append(f"{where}: status not documented")
                continue
            content = resolve(response)["content"]
            media = content.get("application/json") or content.get("application/problem+json")
            check(sample["response"], media["schema"], where + " answer")
            request = sample.get("request")
            if request is not None:
                schema = operation["requestBody"]["content"]["application/json"]["schema"]
                if sample["status"] < 300:
                    check(request, schema, where + " request")
                elif sample.get("request_invalid"):
                    before = len(problems)
                    check(request, schema, where + " request")
                    if len(problems) == before:
                        problems.append(f"{where}: the server refused a request the schema allows")
                    else:
                        del problems[before:]
            checked += 1

    for problem in problems:
        print(problem)
    print(f"checked {checked}, {len(problems)} problems")
    sys.exit(1 if problems else 0)


main()
