// Starts the app (no inline script: see index.html's CSP), then the simulator when its section
// nears the screen. A ?class= link also loads the classroom's client (crates/class-client), a
// classic script whose global is `wasm_bindgen`.
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
// A reader who scrolls the words while the app loads is brought back to them once it has
// (src/ui/prerendered.rs). The browser's own jump to a link's #target is not the reader's, nor
// is the place it restores on a reload or a return (Back): that was measured in the app's
// layout, not in the words'.
const root = document.documentElement.dataset;
if (["reload", "back_forward"].includes(performance.getEntriesByType("navigation")[0]?.type)) {
  root.restored = "";
}
for (const kind of ["wheel", "touchstart", "keydown", "pointerdown"]) {
  addEventListener(kind, () => { root.readerMoved = ""; }, { capture: true, once: true, passive: true });
}
const at = (file) => new URL(file, boot.src).href;
const styleSheet = (file) => new Promise((done) => {
  const style = document.createElement("link");
  style.rel = "stylesheet";
  style.href = at(file);
  style.onload = style.onerror = done;
  document.head.append(style);
});
// The simulator ("What happens next", src/bin/sim.rs) is a module of its own, imported once the
// app has drawn its host, when its section comes within two screens of the view, or when the deck
// starts (`hashwatt-need-sim`); a first visit that stays at the top fetches none of it. A print
// of a page whose reader never came near it has the section's lede, without the run.
let appDrawn;
const appReady = new Promise((done) => { appDrawn = done; });
// It mounts only while the page is still: a smooth scroll (to a link's target, say) aims at where
// its target was when it began, and the simulator grows the page on the way; once the page is
// still, the browser's scroll anchoring keeps what is on the screen in place as it grows.
let scrolling = false;
let scrollRest;
addEventListener("scroll", () => {
  scrolling = true;
  clearTimeout(scrollRest);
  scrollRest = setTimeout(() => { scrolling = false; }, 150);
}, { passive: true });
const still = () => new Promise(function wait(done) {
  if (scrolling) setTimeout(() => wait(done), 100); else done();
});
let sim;
const loadSim = () => {
  sim ??= appReady
    .then(() => Promise.all([styleSheet("sim.css"), import(at("sim.js"))]))
    .then(async ([, module]) => {
      await still();
      return module.default({ module_or_path: at("sim_bg.wasm") });
    })
    .catch(() => {
      sim = undefined;
      document.getElementById("sim-root")?.setAttribute("data-failed", "");
    });
  return sim;
};
addEventListener("hashwatt-need-sim", loadSim);
const app = await import(boot.dataset.js);
await app.default({ module_or_path: boot.dataset.wasm });
appDrawn();
const simHost = document.getElementById("sim-root");
if (simHost) {
  const near = new IntersectionObserver((seen) => {
    if (seen.some((entry) => entry.isIntersecting)) {
      near.disconnect();
      loadSim();
    }
  }, { rootMargin: "200% 0px" });
  near.observe(simHost);
  // Failed (offline before it was ever loaded, say): a click on the host's note tries again.
  simHost.addEventListener("click", () => simHost.hasAttribute("data-failed") && loadSim());
}
if (new URLSearchParams(location.search).has("class")) {
  styleSheet("class.css");
  const script = document.createElement("script");
  script.src = at("class.js");
  // eslint-disable-next-line no-undef
  script.onload = () => wasm_bindgen({ module_or_path: at("class_bg.wasm") });
  document.head.append(script);
}
