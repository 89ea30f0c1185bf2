// tslib: the helpers TypeScript's compiled output imports (classes, spreads, rest, async and generators, decorators).
import { __extends, __assign, __rest, __spreadArray, __awaiter, __generator, __decorate, __values, __read, __classPrivateFieldGet, __classPrivateFieldSet, __importDefault, __importStar, __makeTemplateObject } from "tslib";

var Animal = (function () { function Animal(name) { this.name = name; } Animal.prototype.speak = function () { return this.name + " makes a sound"; }; return Animal; })();
var Dog = (function (_super) { __extends(Dog, _super); function Dog(name) { return _super.call(this, name) || this; } Dog.prototype.speak = function () { return _super.prototype.speak.call(this) + ": woof"; }; return Dog; })(Animal);
console.log(new Dog("Rex").speak(), new Dog("x") instanceof Animal);
console.log(__assign({ a: 1 }, { b: 2 }, { a: 3 }), __rest({ a: 1, b: 2, c: 3 }, ["a"]), __spreadArray(__spreadArray([], [1, 2], false), [3], false));
const [first, second] = __read(new Set(["x", "y", "z"]), 2);
const seen = [];
for (const iterator = __values([10, 20]), step = { r: iterator.next() }; !step.r.done; step.r = iterator.next()) seen.push(step.r.value);
console.log(first, second, seen, __makeTemplateObject(["a", "b"], ["a", "b"]).raw);
function delay(ms) { return new Promise((resolve) => setTimeout(resolve, ms)); }
function compute() {
  return __awaiter(this, void 0, void 0, function () {
    var value;
    return __generator(this, function (_a) {
      switch (_a.label) {
        case 0: return [4, delay(5).then(() => 21)];
        case 1: value = _a.sent(); return [2, value * 2];
      }
    });
  });
}
const logged = [];
const log = (target, key) => { logged.push(key); };
var Service = (function () { function Service() {} Service.prototype.run = function () { return "ran"; }; __decorate([log], Service.prototype, "run", null); return Service; })();
const store = new WeakMap();
class Box { constructor() { store.set(this, 1); } }
const box = new Box();
__classPrivateFieldSet(box, store, 5, "f");
console.log(logged, new Service().run(), __classPrivateFieldGet(box, store, "f"), __importDefault({ a: 1 }), __importStar({ __esModule: true, b: 2 }).b);
console.log("awaited", await compute());
try {
  __classPrivateFieldGet({}, store, "f");
} catch (error) {
  console.log(error.name, error.message);
}
