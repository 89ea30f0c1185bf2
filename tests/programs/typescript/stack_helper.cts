type Where = string;
function thrower(where: Where): never {
  throw new RangeError(`thrown from ${where.slice(where.lastIndexOf("/") + 1)}`);
}
module.exports = { thrower };
