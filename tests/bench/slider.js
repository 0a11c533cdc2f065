// Changes of the electricity-price slider (#in-kwh), each as a user's drag fires it (`input`),
// timed inside the page. `redraw` is the main thread's work for one change, without waiting for
// vsync: the input's handling (to the first task after the event: Yew renders and the chart effects
// draw in the microtasks that follow it) plus the work of the next animation frame's callbacks
// (where a page that draws at most once a frame draws): a callback asked for before the event runs
// first in that frame and one asked for after runs last, so their difference is the app's. If that
// frame came while the event was still being handled, the handling time includes it. `toFrame` runs
// to the end of that frame. Each change is checked to have redrawn every economics chart (their
// pixels differ from before), so a change that redraws nothing cannot post a time. With
// window.__hashwattSpans (a `profile` build), the spans' totals before and after the run are returned.
// Optional arguments between the count and the callback: another slider's id and the ids of the
// charts it must redraw (the simulator's `#in-sim-move` and its three charts).
const [changes, done] = [arguments[0], arguments[arguments.length - 1]];
const sliderId = arguments.length > 2 ? arguments[1] : 'in-kwh';
const chartIds = arguments.length > 3 ? arguments[2] : ['chart-cost', 'chart-margin', 'chart-generations'];
const slider = document.getElementById(sliderId);
const charts = chartIds.map((id) => document.querySelector('#' + id + ' canvas'));
if (!slider || charts.some((c) => !c)) {
  done({ error: 'missing #' + sliderId + ' or one of its chart canvases' });
  return;
}
const min = Number(slider.min), max = Number(slider.max), step = Number(slider.step) || (max - min) / 100;
const values = [];
for (let v = min + step; v <= max && values.length < 40; v += step * Math.max(1, Math.floor((max - min) / step / 40))) {
  values.push(v);
}
const task = () => new Promise((resolve) => { const ch = new MessageChannel(); ch.port1.onmessage = resolve; ch.port2.postMessage(0); });
const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now())));
const pixels = () => charts.map((c) => c.toDataURL());
const spans = () => JSON.parse(JSON.stringify(window.__hashwattSpans || {}));
(async () => {
  const redraw = [], toFrame = [];
  let unchanged = 0;
  await frame();
  const spansBefore = spans();
  const t00 = performance.now();
  for (let i = 0; i < changes; i++) {
    const before = pixels();
    // Alternate ends of the list, so consecutive values are always different.
    slider.value = String(values[(i * 7) % values.length]);
    let frameStart = null;
    requestAnimationFrame(() => { frameStart = performance.now(); });
    const t0 = performance.now();
    slider.dispatchEvent(new Event('input', { bubbles: true }));
    await task();
    const t1 = performance.now();
    if (frameStart !== null) {
      // The frame ran inside the handling: its work is in t1 - t0 already.
      redraw.push(t1 - t0);
      toFrame.push(t1 - t0);
    } else {
      const frameEnd = await frame();
      redraw.push(t1 - t0 + (frameEnd - frameStart));
      toFrame.push(frameEnd - t0);
    }
    const after = pixels();
    if (after.some((p, k) => p === before[k])) unchanged++;
    await task();
  }
  const ms = performance.now() - t00;
  const spansAfter = spans();
  // The scenario rests: the address bar and the QR code catch up (a `profile` build times them).
  await new Promise((resolve) => setTimeout(resolve, 1500));
  done({ redraw, toFrame, unchanged, values: values.length, ms, spansBefore, spansAfter, spansSettled: spans() });
})().catch((e) => done({ error: String(e) }));
