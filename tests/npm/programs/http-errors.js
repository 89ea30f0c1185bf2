// http-errors' README: HTTP errors by status and name.
const createError = require("http-errors");

const err = createError(404, "This video does not exist!");
console.log(err.name, err.message, err.status, err.statusCode, err.expose, err instanceof Error, err instanceof createError.HttpError);
const server = createError(500);
console.log(server.name, server.message, server.expose, createError.isHttpError(server), createError.isHttpError(new Error("x")));
const wrapped = createError(400, new Error("bad thing"), { details: "x" });
console.log(wrapped.status, wrapped.message, wrapped.details, wrapped.name);
const notFound = new createError.NotFound();
console.log(notFound.name, notFound.message, notFound.status, new createError[418]().message, createError("plain").status);
console.log(Object.keys(createError).filter((k) => /^\d+$/.test(k)).length, typeof createError.ImATeapot, String(createError(401, "who?")));
