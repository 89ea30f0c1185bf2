// moment's README (its docs' first examples) on fixed dates in UTC, so the zone does not matter.
const moment = require("moment");

const day = moment.utc("2012-02-14T15:25:50.125Z");
console.log(day.format("MMMM Do YYYY, h:mm:ss a"), day.format("dddd"), day.format("MMM Do YY"), day.format("YYYY [escaped] YYYY"), day.format());
console.log(day.clone().add(7, "days").format("LL"), day.clone().subtract(10, "days").calendar(moment.utc("2012-02-06T10:00:00Z")));
console.log(day.from(moment.utc("2013-02-14")), moment.utc("2011-10-31", "YYYY-MM-DD").from(day), day.diff(moment.utc("2011-01-01"), "months"));
console.log(day.toISOString(), day.valueOf(), day.unix(), day.isLeapYear(), day.week(), day.isoWeekday(), day.daysInMonth());
console.log(moment.utc("2010-10-20").isBefore("2010-10-21"), moment.utc("2010-10-20").isSame("2010-10-20", "year"), moment.utc("foo", "YYYY", true).isValid());
console.log(moment.duration(123456789).humanize(), moment.duration({ hours: 25 }).asDays(), moment.duration("P1Y2M3DT4H5M6S").toISOString());
day.locale("fr");
console.log(day.format("LLLL"), moment.utc("2012-02-14").locale("de").format("dddd, D. MMMM YYYY"));
console.log(moment.utc([2010, 1, 14, 15, 25, 50, 125]).format("LLL"), moment.utc("31/12/2020", "DD/MM/YYYY").format("YYYY-MM-DD"), moment.utc(0).startOf("isoWeek").format());
console.log(JSON.stringify(day), moment.isMoment(day), moment.utc("2024-01-31").add(1, "month").format("YYYY-MM-DD"), moment.version);
