'use strict';
// Setting or deleting process.env.TZ changes the zone of dates read from then on, at once.
const t = Date.parse('2018-04-14T12:34:56.789Z');
const show = () => {
  const date = new Date(t);
  console.log(process.env.TZ, date.toString(), date.getHours(), date.getTimezoneOffset(),
              new Date(2018, 0, 1).toISOString());
};
process.env.TZ = 'Europe/Amsterdam';
show();
process.env.TZ = 'Europe/London';
show();
process.env.TZ = 'America/New_York';
show();
process.env.TZ = 'Asia/Kolkata';
setTimeout(() => {
  show();
  process.env.TZ = 'Etc/UTC';
  show();
}, 1);
