/** Parallax's version, written into exports and the index ("parallax <version>"). Keep equal to package.json. */
export const PARALLAX_VERSION = '0.1.0';
