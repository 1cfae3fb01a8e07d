// ajv-validate.js SCHEMA DOCS: validates each document of DOCS (a JSON
// array of {name, kind, doc}) against $defs/<kind> of the JSON Schema in
// SCHEMA with ajv (draft 2020-12, strict), and prints a JSON array of
// {name, valid, errors}. Strict mode is on but for strictTypes: the
// conditional rules (if/then) name properties without repeating the type. Run by TestJSONSchemaAjv with NODE_PATH set to
// the node_modules that hold ajv and ajv-formats.
"use strict";
const fs = require("fs");
const Ajv2020 = require("ajv/dist/2020").default;
const addFormats = require("ajv-formats").default;

const schema = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
const docs = JSON.parse(fs.readFileSync(process.argv[3], "utf8"));
const ajv = new Ajv2020({ allErrors: true, strict: true, strictTypes: false, strictRequired: false });
addFormats(ajv);
ajv.addSchema(schema);
const out = docs.map(({ name, kind, doc }) => {
  const validate = ajv.getSchema(schema.$id + "#/$defs/" + kind);
  const valid = validate(doc);
  return { name, valid, errors: valid ? [] : validate.errors.map((e) => e.instancePath + " " + e.message) };
});
process.stdout.write(JSON.stringify(out));
