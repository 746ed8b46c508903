// React's profiling build of the client renderer: production code with <Profiler> callbacks kept.
declare module 'react-dom/profiling' {
  export * from 'react-dom/client';
}
