/** Runs a command's main: its return is the exit code, and an error prints its message alone (it names the file and field) with exit code 1. */
export function runCli(main: () => number): void {
  try {
    process.exitCode = main();
  } catch (e) {
    console.error((e as Error).message);
    process.exitCode = 1;
  }
}
