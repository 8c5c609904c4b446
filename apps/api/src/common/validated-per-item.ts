const PER_ITEM = Symbol('validatedPerItem');

/**
 * Marks a DTO array whose items the domain validates one by one (a bad item is rejected, the rest
 * kept), so the global pipe does not refuse the whole request for one item's text.
 */
export function ValidatedPerItem(): PropertyDecorator {
  return (target, key) => {
    const fields = (Reflect.getOwnMetadata(PER_ITEM, target.constructor) as Set<string> | undefined) ?? new Set<string>();
    fields.add(String(key));
    Reflect.defineMetadata(PER_ITEM, fields, target.constructor);
  };
}

export function perItemFields(metatype: unknown): ReadonlySet<string> {
  return (typeof metatype === 'function' && (Reflect.getOwnMetadata(PER_ITEM, metatype) as Set<string> | undefined)) || new Set();
}
