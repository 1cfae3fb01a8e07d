// ajv-validate.js SCHEMA DOC: validates the JSON document DOC against the
// JSON Schema (draft 2020-12) in SCHEMA with ajv, and prints "valid" or
// the errors. Run by TestSchemasAjv with NODE_PATH set to the
// node_modules that hold ajv and ajv-formats.
"use strict";
const fs = require("fs");
const Ajv2020 = require("ajv/dist/2020").default;
const addFormats = require("ajv-formats").default;

const schema = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
const doc = JSON.parse(fs.readFileSync(process.argv[3], "utf8"));
const ajv = new Ajv2020({ allErrors: true, strict: true, strictTypes: false, strictRequired: false });
addFormats(ajv);
const validate = ajv.compile(schema);
if (validate(doc)) {
  process.stdout.write("valid");
} else {
  process.stdout.write(validate.errors.map((e) => e.instancePath + " " + e.message).join("\n"));
}
