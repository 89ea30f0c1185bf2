// ms's README: durations to milliseconds and back.
const ms = require("ms");

for (const text of ["2 days", "1d", "10h", "2.5 hrs", "2h", "1m", "5s", "1y", "100", "-3 days", "-1h", "-200", "1 week", "nonsense"]) {
  console.log(JSON.stringify(text), ms(text));
}
for (const value of [60000, 2 * 60000, -3 * 60000, ms("10 hours"), 1000, 999, 86400000 * 3.5]) {
  console.log(value, ms(value), ms(value, { long: true }));
}
try {
  ms({});
} catch (error) {
  console.log(error.name, error.message);
}
