/** The library version, compared when two copies register the same tag. Kept equal to package.json by a test. */
export const VERSION = '0.1.0';
