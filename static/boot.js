// Starts the app. Trunk would otherwise inline this loader in index.html, and the page's
// Content-Security-Policy allows no inline script; the file names come from the tag's data.
const boot = document.getElementById("hashwatt-boot");
const app = await import(boot.dataset.js);
await app.default({ module_or_path: boot.dataset.wasm });

// A class link (?class=ABCD, from the classroom server): load the classroom's own client too, a
// separate module, so a visit without a class never fetches it (crates/class-client).
if (new URLSearchParams(location.search).has("class")) {
  const style = document.createElement("link");
  style.rel = "stylesheet";
  style.href = new URL("class.css", boot.src).href;
  document.head.append(style);
  const script = document.createElement("script");
  script.src = new URL("class.js", boot.src).href;
  // class.js is wasm-bindgen's classic-script output: it declares a global `let wasm_bindgen`
  // (a binding, not a property of globalThis).
  // eslint-disable-next-line no-undef
  script.onload = () => wasm_bindgen({
    module_or_path: new URL("class_bg.wasm", boot.src).href,
  });
  document.head.append(script);
}
