/** Replaced by the bundler with package.json's version; read from it when running from source. */
declare const __ITW_VERSION__: string | undefined;

export const VERSION: string = typeof __ITW_VERSION__ === 'string' ? __ITW_VERSION__ : '0.0.0-dev';
