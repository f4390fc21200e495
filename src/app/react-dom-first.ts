// React DOM, for main.tsx to run before the app's modules. Imported through this module, in the
// framework chunk with it, so that the bundler's interop with React DOM's CommonJS is done there:
// the start page's own script then needs none of the bundler's runtime before its first paint.
export { createRoot } from 'react-dom/client';
