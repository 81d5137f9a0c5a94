/**
 * Import this before zod in code that runs in the browser: `import "@/lib/zod-browser";`.
 * Our Content-Security-Policy forbids eval, and zod's JIT probe (`new Function("")`) is reported as a CSP
 * violation even though zod catches the error; `jitless` skips the probe and the compiled fast path.
 * (A side-effect import, not a re-export of `z`, so bundlers still drop the parts of zod we do not use.)
 */
import { config } from "zod/mini";

config({ jitless: true });
