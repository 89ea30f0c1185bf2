// inherits' README: a constructor inheriting from EventEmitter.
const inherits = require("inherits");
const EventEmitter = require("events").EventEmitter;

function Child() {
  EventEmitter.call(this);
  this.name = "child";
}
inherits(Child, EventEmitter);
Child.prototype.greet = function () { this.emit("greeting", "hello from " + this.name); };
const child = new Child();
child.on("greeting", (text) => console.log(text));
child.greet();
console.log(child instanceof EventEmitter, Child.super_ === EventEmitter, Object.getPrototypeOf(Child.prototype) === EventEmitter.prototype);
console.log(inherits === require("util").inherits);
