// Installed before the page's own code (Page.addScriptToEvaluateOnNewDocument): on every animation
// frame, records `performance.now()` (ms since navigation start) once when the story's first
// paragraph is on the page (`__hashwattFirstWords`), and once when every section is drawn
// (`__hashwattDrawn`: `#sources`, the last section, exists and every chart canvas says
// data-drawn="true" once it shows its data; by the next frame the canvas is painted). Also when
// the app has rendered every section, its controls answering (`__hashwattApp`: the Sources list,
// the last thing it renders, is there), and the longest main-thread task until every section is
// drawn (`__hashwattLongest`, from the Long Tasks API).
(function () {
  let longest = 0;
  try {
    new PerformanceObserver((list) => {
      for (const task of list.getEntries()) longest = Math.max(longest, task.duration);
    }).observe({ type: 'longtask', buffered: true });
  } catch (e) { longest = NaN; }
  function check() {
    if (!window.__hashwattApp && document.querySelector('#sources .sources-list')) {
      window.__hashwattApp = { ms: performance.now() };
    }
    if (!window.__hashwattFirstWords) {
      const p = document.querySelector('#story .story-part p');
      if (p && p.textContent.trim().length > 0) {
        window.__hashwattFirstWords = { ms: performance.now() };
      }
    }
    const canvases = document.querySelectorAll('figure.chart canvas');
    const drawn = document.querySelectorAll('figure.chart canvas[data-drawn="true"]');
    if (document.getElementById('sources') && canvases.length > 0 && drawn.length === canvases.length) {
      window.__hashwattDrawn = { ms: performance.now(), charts: canvases.length };
      window.__hashwattLongest = longest;
      return;
    }
    requestAnimationFrame(check);
  }
  requestAnimationFrame(check);
})();
