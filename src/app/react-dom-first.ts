import { nextTask } from '#src/ui/next-task.ts';

// React DOM, for main.tsx to run before the app's modules. Imported through this module, in the
// framework chunk with it, so that the bundler's interop with React DOM's CommonJS is done there:
// the start page's own script then needs none of the bundler's runtime before its first paint.
export const reactDom = () => import('react-dom/client');

/**
 * React DOM set up in a task after the one that evaluates the framework chunk: on a browser's first
 * run, with nothing compiled yet, the two together took over 50 ms.
 */
export const reactDomInATaskOfItsOwn = () => nextTask().then(reactDom);
