// dayjs's README: parse, manipulate and format fixed dates (UTC, so the zone does not matter), with plugins.
const dayjs = require("dayjs");
const utc = require("dayjs/plugin/utc");
const relativeTime = require("dayjs/plugin/relativeTime");
const customParseFormat = require("dayjs/plugin/customParseFormat");
const duration = require("dayjs/plugin/duration");
require("dayjs/locale/fr");

dayjs.extend(utc);
dayjs.extend(relativeTime);
dayjs.extend(customParseFormat);
dayjs.extend(duration);
const day = dayjs.utc("2019-01-25T08:30:15.250Z");
console.log(day.format(), day.format("[YYYYescape] YYYY-MM-DDTHH:mm:ssZ[Z]"), day.format("DD/MM/YYYY dddd MMMM A"));
console.log(day.add(1, "month").startOf("month").format("YYYY-MM-DD"), day.subtract(3, "day").endOf("day").toISOString());
console.log(day.isBefore(dayjs.utc("2020-01-01")), day.diff(dayjs.utc("2018-06-05"), "month"), day.diff(dayjs.utc("2019-01-01"), "day", true));
console.log(day.year(), day.month(), day.date(), day.day(), day.hour(), day.valueOf(), day.unix(), day.daysInMonth());
console.log(day.from(dayjs.utc("2019-03-01")), day.to(dayjs.utc("2018-01-01")), day.locale("fr").format("dddd D MMMM YYYY"));
console.log(dayjs.utc("12-25-1995", "MM-DD-YYYY").format("YYYY-MM-DD"), dayjs("not a date").isValid(), String(dayjs.utc(0)));
console.log(dayjs.duration(90061000).format("D[d] H[h] m[m] s[s]"), dayjs.duration({ hours: 2, minutes: 30 }).asMinutes(), dayjs.duration(2, "days").humanize());
console.log(JSON.stringify(day), dayjs.isDayjs(day), dayjs.utc("2024-02-29").add(1, "year").format("YYYY-MM-DD"));
