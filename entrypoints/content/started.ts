/** When the content script began to run (ms from navigation start), before any other module is evaluated: the benchmark's measure of injection latency. */
export const SCRIPT_BEGAN = performance.now();
