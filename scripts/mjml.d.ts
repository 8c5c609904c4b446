// mjml 5 ships no types; only what scripts/email-template.ts calls. mjml2html is async since mjml 5.
declare module 'mjml' {
  interface MjmlError {
    line: number;
    message: string;
    tagName: string;
    formattedMessage: string;
  }
  interface MjmlOptions {
    validationLevel?: 'strict' | 'soft' | 'skip';
    minify?: boolean;
    keepComments?: boolean;
    minifyOptions?: { minifyCss?: false | object; collapseWhitespace?: boolean };
  }
  function mjml2html(input: string, options?: MjmlOptions): Promise<{ html: string; errors: MjmlError[] }>;
  export = mjml2html;
}
