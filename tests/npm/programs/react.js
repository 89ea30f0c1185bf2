// react's README: elements and components as plain objects (no DOM): createElement, Children, hooks' shape.
const React = require("react");

function HelloMessage({ name }) {
  return React.createElement("div", { className: "greeting" }, "Hello ", name);
}
const element = React.createElement(HelloMessage, { name: "Taylor", key: "k1" });
console.log(element.type === HelloMessage, element.key, element.props, React.isValidElement(element), React.isValidElement({}));
const list = React.createElement("ul", null, ["a", "b", "c"].map((item) => React.createElement("li", { key: item }, item)));
console.log(React.Children.count(list.props.children), React.Children.map(list.props.children, (child) => child.key), React.Children.toArray(list.props.children).map((c) => c.key));
const cloned = React.cloneElement(element, { name: "Sam" });
console.log(cloned.props.name, cloned.key, Object.isFrozen(cloned.props));
const Context = React.createContext("default");
console.log(Context._currentValue, typeof Context.Provider, React.Fragment.toString(), typeof React.memo(HelloMessage), typeof React.forwardRef(() => null));
const ref = React.createRef();
console.log(ref, typeof React.useState, typeof React.Component.prototype.setState, React.version);
class Counter extends React.Component {
  render() { return React.createElement("span", null, this.props.count); }
}
console.log(new Counter({ count: 3 }).render().props.children, Counter.prototype.isReactComponent);
console.log(React.createElement("a", { href: "/x", ref: "r" }, "x", "y").props);
