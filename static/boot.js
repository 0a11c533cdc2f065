// Starts the app. Trunk would otherwise inline this loader in index.html, and the page's
// Content-Security-Policy allows no inline script; the file names come from the tag's data.
const boot = document.getElementById("hashwatt-boot");
// "Print worksheet" and "Print answer key": a class on <html> that the print style sheet reads,
// the sheet's words (worksheet.html, written at build time) fetched the first time, and for the
// key every prediction revealed for the print and asked again after it.
addEventListener("click", async (e) => {
  const as = e.target.closest?.("[data-print-as]")?.dataset.printAs;
  if (!as) return;
  if (!document.querySelector(".sheet-head")) {
    try {
      document.body.insertAdjacentHTML("beforeend", await (await fetch("worksheet.html")).text());
    } catch {}
  }
  const shown = as == "answer-key"
    ? [...document.querySelectorAll(".predict-reveal")].map((b) => (b.click(), b.closest(".predict")))
    : [];
  const root = document.documentElement.classList;
  root.add(as);
  addEventListener("afterprint", () => {
    root.remove(as);
    shown.forEach((p) => p.querySelector(".predict-again")?.click());
  }, { once: true });
  setTimeout(print, 100);
});
const app = await import(boot.dataset.js);
await app.default({ module_or_path: boot.dataset.wasm });
