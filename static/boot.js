// Starts the app. Trunk would otherwise inline this loader in index.html, and the page's
// Content-Security-Policy allows no inline script; the file names come from the tag's data.
const boot = document.getElementById("hashwatt-boot");
const app = await import(boot.dataset.js);
await app.default({ module_or_path: boot.dataset.wasm });
