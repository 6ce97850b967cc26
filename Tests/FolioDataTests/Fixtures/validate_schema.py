#!/usr/bin/env python3
"""Validates YAML datasets against Assets/schema/folio-dataset.schema.json, as an editor would.

    validate_schema.py SCHEMA DATASET...

YAML is read as YAML 1.2 editors read it: dates stay text (no timestamps), `!todo 11379` is its
figure. Prints one line per problem and exits 1 when any dataset does not validate.
"""
import json
import sys

import jsonschema
import yaml


class Loader(yaml.SafeLoader):
    pass


# YAML 1.2 core schema has no timestamps: 2021-07-15 is text, as the dataset reads it.
Loader.yaml_implicit_resolvers = {k: [r for r in v if r[0] != "tag:yaml.org,2002:timestamp"]
                                  for k, v in Loader.yaml_implicit_resolvers.items()}
Loader.add_constructor("!todo", lambda loader, node: yaml.safe_load(node.value) if node.value else "【待填】")


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        schema = json.load(f)
    jsonschema.Draft7Validator.check_schema(schema)
    validator = jsonschema.Draft7Validator(schema)
    bad = 0
    for path in sys.argv[2:]:
        with open(path, encoding="utf-8") as f:
            document = json.loads(json.dumps(yaml.load(f, Loader=Loader), ensure_ascii=False))  # keys → text, as JSON
        for error in validator.iter_errors(document):
            bad += 1
            where = "/".join(str(p) for p in error.absolute_path)
            print(f"{path}: {where}: {error.message[:300]}")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
