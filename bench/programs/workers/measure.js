// Round trip: one message to the worker and its reply, one at a time (median of 5 rounds).
// Throughput: 50,000 small objects one way, then one reply once the worker counted them.
const ROUND_TRIPS = 2000;
const MESSAGES = 50000;

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

export async function measure(channel) {
  const roundTrips = [];
  for (let round = 0; round < 5; round++) {
    const start = performance.now();
    for (let i = 0; i < ROUND_TRIPS; i++) {
      await new Promise((resolve) => { channel.onReply(resolve); channel.send({ ping: i }); });
    }
    roundTrips.push(((performance.now() - start) * 1000) / ROUND_TRIPS);
  }
  const rates = [];
  for (let round = 0; round < 3; round++) {
    const start = performance.now();
    const done = new Promise((resolve) => channel.onReply(resolve));
    for (let i = 0; i < MESSAGES; i++) channel.send({ payload: [i, "x"] });
    channel.send({ end: true });
    const counted = await done;
    if (counted !== MESSAGES * 2) throw new Error(`the worker counted ${counted}`);
    rates.push(MESSAGES / ((performance.now() - start) / 1000));
  }
  return { roundTripMicroseconds: median(roundTrips), messagesPerSecond: median(rates) };
}
