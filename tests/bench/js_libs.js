// Run by tests/bench through WebDriver's executeAsyncScript, after hash-wasm's and crypto-js's own
// UMD builds (from node_modules) were evaluated in the page: SHA-256d of an 80-byte header per nonce,
// the way a JS mining demo would do it. Checks the genesis hash first, so a misuse cannot post a
// rate. Answers { hashwasm, cryptojs } in hashes per second (median of 5 after a warm-up) or an error.
const done = arguments[arguments.length - 1];
const [headerHex, expectedHex, runs] = arguments;
const header = Uint8Array.from(headerHex.match(/../g).map((b) => parseInt(b, 16)));
const view = new DataView(header.buffer);
const toHex = (bytes) => Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function measure(hashOnce) {
  // Calibrate to runs of about 0.4 s, warm up, then time `runs` runs on fresh nonces.
  let count = 1000;
  for (;;) {
    const t = performance.now();
    for (let i = 0; i < count; i++) hashOnce(i);
    const ms = performance.now() - t;
    if (ms > 100) { count = Math.ceil((count * 400) / ms); break; }
    count *= 4;
  }
  const rates = [];
  for (let run = 0; run < runs; run++) {
    const base = (run + 1) * count;
    const t = performance.now();
    for (let i = 0; i < count; i++) hashOnce(base + i);
    rates.push(count / ((performance.now() - t) / 1000));
    await new Promise((r) => setTimeout(r, 0));
  }
  return median(rates);
}

(async () => {
  const genesisNonce = view.getUint32(76, true);
  const hasher = await hashwasm.createSHA256();
  const hashWasm = (nonce) => {
    view.setUint32(76, nonce >>> 0, true);
    hasher.init();
    hasher.update(header);
    const first = hasher.digest("binary");
    hasher.init();
    hasher.update(first);
    return hasher.digest("binary");
  };
  const words = [];
  for (let i = 0; i < 20; i++) words.push(view.getUint32(4 * i, false));
  const cryptoJs = (nonce) => {
    // The header as 20 big-endian words; the nonce is stored little-endian.
    const n = nonce >>> 0;
    words[19] = ((n & 0xff) << 24) | ((n & 0xff00) << 8) | ((n >>> 8) & 0xff00) | (n >>> 24);
    const data = CryptoJS.lib.WordArray.create(words, 80);
    return CryptoJS.SHA256(CryptoJS.SHA256(data));
  };
  const display = (internal) => toHex(Uint8Array.from(internal).reverse());
  const viaHashWasm = display(hashWasm(genesisNonce));
  const viaCryptoJs = display(Uint8Array.from(cryptoJs(genesisNonce).toString().match(/../g).map((b) => parseInt(b, 16))));
  if (viaHashWasm !== expectedHex || viaCryptoJs !== expectedHex) {
    return { error: `genesis hash mismatch: hash-wasm ${viaHashWasm}, crypto-js ${viaCryptoJs}` };
  }
  return { hashwasm: await measure(hashWasm), cryptojs: await measure(cryptoJs) };
})().then(done, (e) => done({ error: String(e) }));
