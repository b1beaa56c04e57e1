// Validate OSCAL POA&M JSON documents against NIST's schema (release
// 1.0.6, oscal_poam_schema-1.0.6.json beside this file) with Ajv 8:
// Draft 7, Unicode patterns, the formats (date-time, uri, …) checked.
//   node tests/oscal/validate.js FILE...
// Prints "FILE: valid" or each problem as "FILE: PATH: message", and
// exits 1 when a file is not valid.
'use strict';
const fs = require('fs');
const path = require('path');
const Ajv = require('ajv');
const addFormats = require('ajv-formats');

const schema = JSON.parse(fs.readFileSync(
	path.join(__dirname, 'oscal_poam_schema-1.0.6.json'), 'utf8'));
const ajv = new Ajv({ strict: false, unicodeRegExp: true, allErrors: true });
addFormats(ajv);
const validate = ajv.compile(schema);

let failed = false;
const files = process.argv.slice(2);
if (files.length === 0) {
	console.error('usage: node validate.js FILE...');
	process.exit(2);
}
for (const f of files) {
	let doc;
	try {
		doc = JSON.parse(fs.readFileSync(f, 'utf8'));
	} catch (e) {
		console.log(`${f}: not JSON: ${e.message}`);
		failed = true;
		continue;
	}
	if (validate(doc)) {
		console.log(`${f}: valid`);
		continue;
	}
	failed = true;
	for (const e of validate.errors.slice(0, 20))
		console.log(`${f}: ${e.instancePath || '/'}: ${e.message}`);
}
process.exit(failed ? 1 : 0);
