// An Error thrown in a function the CommonJS main module calls: node marks the `throw`.
function check(value) {
  if (value > 1) {
    throw new Error(`too big: ${value}`);
  }
}
check(2);
