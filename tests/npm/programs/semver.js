// semver's README: parsing, comparing and ranges of versions.
const semver = require("semver");

console.log(semver.valid("1.2.3"), semver.valid("a.b.c"), semver.clean("  =v1.2.3   "));
console.log(semver.satisfies("1.2.3", "1.x || >=2.5.0 || 5.0.0 - 7.2.3"));
console.log(semver.gt("1.2.3", "9.8.7"), semver.lt("1.2.3", "9.8.7"));
console.log(semver.minVersion(">=1.0.0"), semver.valid(semver.coerce("v2")), semver.valid(semver.coerce("42.6.7.9.3-alpha")));
console.log(semver.inc("1.2.3", "prerelease", "beta"), semver.inc("1.2.3-beta.0", "minor"), semver.diff("1.2.3", "1.3.0"));
console.log(semver.sort(["1.10.0", "1.2.0", "1.2.0-rc.1", "0.9.9"]));
console.log(semver.maxSatisfying(["1.2.3", "1.2.4", "1.3.0"], "~1.2.0"));
console.log(semver.validRange("^1.2 || 3.x"), semver.intersects("^1.2.0", "~1.5.0"));
const version = semver.parse("1.2.3-alpha.1+build.5");
console.log(version.major, version.minor, version.patch, version.prerelease, version.build, String(version));
try {
  new semver.SemVer("nope");
} catch (error) {
  console.log(error.name, error.message);
}
