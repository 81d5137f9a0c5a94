/**
 * zod for code that runs in the browser. Our Content-Security-Policy forbids eval, and zod's JIT probe
 * (`new Function("")`) is reported as a CSP violation even though zod catches the error; `jitless`
 * skips the probe and the compiled fast path.
 */
import { z } from "zod";

z.config({ jitless: true });

export { z };
