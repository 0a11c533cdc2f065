// Installed before the page's own code (Page.addScriptToEvaluateOnNewDocument): on every animation
// frame, checks whether every section is drawn (`#sources`, the last section, exists and every chart
// canvas says data-drawn="true"; chart effects draw synchronously after Yew's render, so by the next
// frame the canvas is painted) and records `performance.now()` (ms since navigation start) once.
(function () {
  function check() {
    const canvases = document.querySelectorAll('figure.chart canvas');
    const drawn = document.querySelectorAll('figure.chart canvas[data-drawn="true"]');
    if (document.getElementById('sources') && canvases.length > 0 && drawn.length === canvases.length) {
      window.__hashwattDrawn = { ms: performance.now(), charts: canvases.length };
      return;
    }
    requestAnimationFrame(check);
  }
  requestAnimationFrame(check);
})();
