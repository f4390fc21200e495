/**
 * Resolves in a task of its own. Work that awaits it does not lengthen the task at hand, and a
 * long task holds up whatever the person does next.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve));
}
