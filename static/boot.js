// Starts the app (no inline script: see index.html's CSP). A ?class= link also loads the
// classroom's client (crates/class-client), a classic script whose global is `wasm_bindgen`.
const boot = document.getElementById("hashwatt-boot");
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
