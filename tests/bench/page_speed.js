// Installed before the page's own code (Page.addScriptToEvaluateOnNewDocument): on every animation
// frame, records `performance.now()` (ms since navigation start) once when the story's first
// paragraph is on the page (`__hashwattFirstWords`), and once when every section is drawn
// (`__hashwattDrawn`: `#sources`, the last section, exists and every chart canvas says
// data-drawn="true"; chart effects draw synchronously after Yew's render, so by the next frame the
// canvas is painted).
(function () {
  function check() {
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
      return;
    }
    requestAnimationFrame(check);
  }
  requestAnimationFrame(check);
})();
