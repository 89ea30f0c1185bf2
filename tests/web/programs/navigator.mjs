// The shape of navigator and Navigator (as Node 24 has them) and its fields.
const descriptor = Object.getOwnPropertyDescriptor(globalThis, "navigator");
console.log(typeof descriptor.get, descriptor.set, descriptor.configurable);
console.log(navigator instanceof Navigator, navigator === navigator, Object.keys(navigator));
console.log(Object.getOwnPropertyNames(Navigator.prototype).filter((name) => name !== "locks"));
for (const name of ["hardwareConcurrency", "language", "languages", "userAgent", "platform"]) {
  const { get, set, enumerable } = Object.getOwnPropertyDescriptor(Navigator.prototype, name);
  console.log(name, typeof get, set, enumerable);
}
try {
  new Navigator();
} catch (error) {
  console.log(error.name, error.code, error.message);
}
try {
  Navigator.prototype.language;
} catch (error) {
  console.log(error.name);
}
console.log(navigator.languages === navigator.languages, Object.isFrozen(navigator.languages));
console.log(JSON.stringify([navigator.language, navigator.languages, navigator.hardwareConcurrency, navigator.platform]));
