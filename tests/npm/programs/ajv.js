// ajv's README: a JSON schema compiled to a validator, with errors.
const Ajv = require("ajv");

const ajv = new Ajv({ allErrors: true });
const schema = {
  type: "object",
  properties: {
    foo: { type: "integer", minimum: 0 },
    bar: { type: "string", maxLength: 3 },
    tags: { type: "array", items: { enum: ["a", "b"] }, uniqueItems: true },
  },
  required: ["foo"],
  additionalProperties: false,
};
const validate = ajv.compile(schema);
for (const data of [{ foo: 1, bar: "abc" }, { foo: -1, bar: "abcd", tags: ["a", "a", "c"], extra: true }, { bar: 1 }]) {
  const valid = validate(data);
  console.log(valid, JSON.stringify(validate.errors));
  if (!valid) console.log(ajv.errorsText(validate.errors));
}
ajv.addSchema({ $id: "https://example.com/point.json", type: "object", properties: { x: { type: "number" } }, required: ["x"] });
const refs = ajv.compile({ type: "array", items: { $ref: "https://example.com/point.json" } });
console.log(refs([{ x: 1 }]), refs([{ y: 1 }]), refs.errors[0].instancePath, refs.errors[0].message);
ajv.addKeyword({ keyword: "even", type: "number", validate: (schemaValue, data) => (data % 2 === 0) === schemaValue });
console.log(ajv.validate({ type: "number", even: true }, 4), ajv.validate({ type: "number", even: true }, 3));
const coercing = new Ajv({ coerceTypes: true, useDefaults: true, removeAdditional: true });
const data = { n: "42", extra: 1 };
console.log(coercing.validate({ type: "object", properties: { n: { type: "number" }, d: { type: "string", default: "x" } }, additionalProperties: false }, data), data);
try {
  ajv.compile({ type: "nonsense" });
} catch (error) {
  console.log(error.message);
}
