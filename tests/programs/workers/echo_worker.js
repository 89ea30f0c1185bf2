// Replies with each message (and a description of it), in the order they came.
function describe(value) {
  if (value instanceof Map) return `Map{${[...value].map(([k, v]) => `${describe(k)}=>${describe(v)}`)}}`;
  if (value instanceof Set) return `Set{${[...value].map(describe)}}`;
  if (value instanceof Date) return `Date(${value.toISOString()})`;
  if (value instanceof RegExp) return `RegExp(${value})`;
  if (value instanceof Error) return `${value.constructor.name}(${value.message})`;
  if (ArrayBuffer.isView(value)) return `${value.constructor.name}[${[...value]}]`;
  if (Array.isArray(value)) return `[${value.map(describe)}]`;
  if (typeof value === "bigint") return `${value}n`;
  if (Object.is(value, -0)) return "-0";
  if (value !== null && typeof value === "object") {
    return `{${Object.entries(value).map(([k, v]) => `${k}: ${describe(v)}`).join(", ")}}`;
  }
  return typeof value === "string" ? JSON.stringify(value) : String(value);
}

let count = 0;
self.onmessage = (event) => {
  const data = event.data;
  count += 1;
  if (data instanceof ArrayBuffer) {
    postMessage(`#${count} ArrayBuffer of ${data.byteLength}: ${new Uint8Array(data).join(",")}`);
  } else if (typeof data === "object") {
    postMessage({ count, name: self.name, echoed: data, description: describe(data) });
  } else {
    postMessage(`#${count} ${data}`);
  }
};
