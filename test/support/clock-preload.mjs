// The suite's clock, in every process of a test run (the vitest workers, through setupFiles, and
// each product process a test starts, through `node --import`): the wall clock shifted by
// HF_TRENDS_TEST_CLOCK_OFFSET_MS, so that "now" is the stand-ins' moment (test/support/clock.ts)
// whatever the machine's date, and still moves on in real time for timeouts and rate limits.
// Plain JavaScript: it runs before anything else, on the Node under test.
const offset = Number(process.env.HF_TRENDS_TEST_CLOCK_OFFSET_MS);
if (Number.isFinite(offset) && offset !== 0 && !globalThis.Date.__testClock) {
  const RealDate = globalThis.Date;
  const realNow = RealDate.now.bind(RealDate);
  const now = () => realNow() + offset;
  function ShiftedDate(...args) {
    if (!new.target) return new RealDate(now()).toString();
    return Reflect.construct(RealDate, args.length === 0 ? [now()] : args, new.target);
  }
  Object.setPrototypeOf(ShiftedDate, RealDate);
  ShiftedDate.prototype = RealDate.prototype;
  ShiftedDate.now = now;
  Object.defineProperty(ShiftedDate, "__testClock", { value: true });
  globalThis.Date = ShiftedDate;
}
