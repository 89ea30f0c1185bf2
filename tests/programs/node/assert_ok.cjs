// assert.ok() and assert() without a message quote the failed call from the source.
const assert = require("node:assert");
const strict = require("node:assert/strict");

function t(fn) {
  try {
    fn();
    console.log("passed");
  } catch (error) {
    console.log(error.code, JSON.stringify(error.message), error.operator, error.generatedMessage, error.actual, error.expected);
  }
}
t(() => assert(false));
t(() => assert.ok(0));
t(() => assert(1 === 2,
  undefined));
    t(() => {
        assert.ok(
          typeof 123 === "string"
        );
    });
t(() => { assert.ok(0 /* c ) */, undefined); });
t(() => assert.equal(1, 1) || assert(")".length === 2, undefined));
t(() => { const x = null; assert(x); });
t(() => assert(  [ ].length   ));
t(() => assert.ok(`a${")"}b` === 0));
t(() => strict(""));
t(() => strict.ok(NaN));
t(() => assert.ok(true));
t(() => assert(1));
t(() => assert.ok());
t(() => assert.ok(null, "msg"));
t(() => assert.ok(/* first */ [].length, /* second */ undefined));
