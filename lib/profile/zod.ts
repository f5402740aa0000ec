import { z } from 'zod';

// zod 4 probes `new Function('')` for its JIT; the MV3 extension CSP blocks that and every extension page would
// log a CSP violation. Every module takes `z` from here so the switch is set before any schema is built.
z.config({ jitless: true });

export { z };
