// Starts the app (no inline script: see index.html's CSP). A ?class= link also loads the
// classroom's client (crates/class-client), a classic script whose global is `wasm_bindgen`.
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
if (new URLSearchParams(location.search).has("class")) {
  const at = (file) => new URL(file, boot.src).href;
  const style = document.createElement("link");
  style.rel = "stylesheet";
  style.href = at("class.css");
  const script = document.createElement("script");
  script.src = at("class.js");
  // eslint-disable-next-line no-undef
  script.onload = () => wasm_bindgen({ module_or_path: at("class_bg.wasm") });
  document.head.append(style, script);
}
