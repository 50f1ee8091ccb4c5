/**
 * schema.org names as shop pages write them: `Product`,
 * `https://schema.org/Product`, `http://schema.org/Product` or
 * `schema:Product`, one type or a list. Shared by the importer and by the
 * check for a theme's own product markup.
 */
import { own, type DataRecord } from '../read.js';

const SCHEMA_PREFIXES = ['https://schema.org/', 'http://schema.org/', 'schema:'];

/** The product types Google reads review snippets from, and their common subtypes. */
export const PRODUCT_TYPES: ReadonlySet<string> = new Set([
  'Product',
  'ProductGroup',
  'ProductModel',
  'IndividualProduct',
  'SomeProducts',
  'Vehicle',
  'Car',
  'Motorcycle',
]);

/** `InStock` for `https://schema.org/InStock`, `http://schema.org/InStock` or `schema:InStock`. */
export function shortName(value: string): string {
  for (const prefix of SCHEMA_PREFIXES) if (value.startsWith(prefix)) return value.slice(prefix.length);
  return value;
}

/** A node's `@type` values, short names. */
export function typesOf(node: DataRecord): string[] {
  const type = own(node, '@type');
  const list = Array.isArray(type) ? type : [type];
  return list.filter((t): t is string => typeof t === 'string').map(shortName);
}

export const hasType = (node: DataRecord, types: ReadonlySet<string>): boolean => typesOf(node).some((t) => types.has(t));
