// 200 changes of the electricity-price slider (#in-kwh), each as a user's drag fires it (`input`),
// timed inside the page: from just before the event to the end of the redraw, taken at the first
// task after the event (Yew renders and the chart effects draw in the microtasks that follow it),
// and to the next animation frame after that. Each change is checked to have redrawn every economics
// chart (their pixels differ from before), so a change that redraws nothing cannot post a time.
const [changes, done] = [arguments[0], arguments[arguments.length - 1]];
const slider = document.getElementById('in-kwh');
const charts = ['chart-cost', 'chart-margin', 'chart-generations']
  .map((id) => document.querySelector('#' + id + ' canvas'));
if (!slider || charts.some((c) => !c)) {
  done({ error: 'missing #in-kwh or an economics chart canvas' });
  return;
}
const min = Number(slider.min), max = Number(slider.max), step = Number(slider.step) || (max - min) / 100;
const values = [];
for (let v = min + step; v <= max && values.length < 40; v += step * Math.max(1, Math.floor((max - min) / step / 40))) {
  values.push(v);
}
const task = () => new Promise((resolve) => { const ch = new MessageChannel(); ch.port1.onmessage = resolve; ch.port2.postMessage(0); });
const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
const pixels = () => charts.map((c) => c.toDataURL());
(async () => {
  const redraw = [], toFrame = [];
  let unchanged = 0;
  await frame();
  for (let i = 0; i < changes; i++) {
    const before = pixels();
    // Alternate ends of the list, so consecutive values are always different.
    slider.value = String(values[(i * 7) % values.length]);
    const t0 = performance.now();
    slider.dispatchEvent(new Event('input', { bubbles: true }));
    await task();
    const t1 = performance.now();
    await frame();
    const t2 = performance.now();
    redraw.push(t1 - t0);
    toFrame.push(t2 - t0);
    const after = pixels();
    if (after.some((p, k) => p === before[k])) unchanged++;
    await task();
  }
  done({ redraw, toFrame, unchanged, values: values.length });
})().catch((e) => done({ error: String(e) }));
