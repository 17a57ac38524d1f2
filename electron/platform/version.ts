import pkg from '../../package.json' with { type: 'json' };

/** The running Galley version, from package.json. */
export const GALLEY_VERSION: string = pkg.version;
