// Vite's asset imports the renderer uses: `?url` gives the built file's URL.
declare module '*?url' {
  const url: string;
  export default url;
}
