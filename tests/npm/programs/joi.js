// joi's README: a schema, validation of good and bad objects, conversion and the error details.
const Joi = require("joi");

const schema = Joi.object({
  username: Joi.string().alphanum().min(3).max(30).required(),
  password: Joi.string().pattern(/^[a-zA-Z0-9]{3,30}$/),
  repeat_password: Joi.ref("password"),
  access_token: [Joi.string(), Joi.number()],
  birth_year: Joi.number().integer().min(1900).max(2013),
  email: Joi.string().email({ minDomainSegments: 2, tlds: { allow: ["com", "net"] } }),
  tags: Joi.array().items(Joi.string().lowercase()).unique().default([]),
}).with("username", "birth_year").xor("password", "access_token").with("password", "repeat_password");

console.log(schema.validate({ username: "abc", birth_year: "1994", password: "abc1", repeat_password: "abc1" }));
console.log(schema.validate({}).error.message);
const bad = schema.validate({ username: "a!", access_token: 1, birth_year: 3000, email: "x@y.org", tags: ["A", "a"] }, { abortEarly: false });
console.log(bad.error.details.map((d) => [d.type, d.path.join("."), d.message]));
schema.validateAsync({ username: "abc", birth_year: 1994, access_token: "t" }).then((value) => {
  console.log("async", value);
  return Joi.number().max(3).validateAsync(9);
}).catch((error) => console.log(error.name, error.isJoi, error.message, error._original));
console.log(Joi.attempt("  x ", Joi.string().trim()), Joi.isSchema(schema), schema.describe().keys.username.flags);
