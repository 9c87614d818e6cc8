"""Write the schema as the Python client sees it: request bodies as JSON only.

The API also accepts form and multipart bodies (for the browsable API); the Python
client always sends JSON, and openapi-python-client would otherwise type each body
three times. Usage: python json_only.py IN.yaml OUT.json (called by `make clients`).
"""

import json
import sys

import yaml


def main(source: str, target: str) -> None:
    with open(source) as f:
        schema = yaml.safe_load(f)
    for item in schema["paths"].values():
        for operation in item.values():
            content = (
                operation.get("requestBody", {}).get("content")
                if isinstance(operation, dict)
                else None
            )
            if content and "application/json" in content:
                operation["requestBody"]["content"] = {
                    "application/json": content["application/json"]
                }
    with open(target, "w") as f:
        json.dump(schema, f, indent=1, sort_keys=False)


if __name__ == "__main__":
    main(*sys.argv[1:])
