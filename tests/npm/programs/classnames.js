// classnames' README: class names joined from strings, objects and arrays; and the dedupe and bind variants.
const classNames = require("classnames");
const dedupe = require("classnames/dedupe");
const bind = require("classnames/bind");

console.log(classNames("foo", "bar"), classNames("foo", { bar: true }), classNames({ "foo-bar": true }), classNames({ "foo-bar": false }));
console.log(classNames({ foo: true }, { bar: true }), classNames({ foo: true, bar: true }));
console.log(classNames("foo", { bar: true, duck: false }, "baz", { quux: true }), classNames(null, false, "bar", undefined, 0, 1, { baz: null }, ""));
console.log(classNames("a", ["b", { c: true, d: false }]), classNames({ toString() { return "custom"; } }));
const buttonType = "primary";
console.log(classNames({ [`btn-${buttonType}`]: true }));
console.log(dedupe("foo", "foo", "bar"), dedupe("foo", { foo: false, bar: true }));
const styles = { foo: "abc", bar: "def", baz: "xyz" };
const cx = bind.bind(styles);
console.log(cx("foo", ["bar"], { baz: true }));
