import { notLoaded, officeError } from "../errors";
import type { RequestContext } from "../requestContext";
import type { WorkbookModel } from "../workbookModel";

/**
 * What every Office.js proxy shares: properties readable only once loaded
 * and synced (PropertyNotLoaded otherwise), and strictness: a member the
 * fake does not implement throws "… is not implemented" and is listed among
 * the workbook's problems, so a writer change shows up instead of passing
 * unnoticed.
 */

/** Members Office's proxies answer without having them (awaiting a proxy reads `then`; jest and React probe the others). */
const QUIET_MEMBERS = new Set(["then", "toJSON", "constructor", "$$typeof", "nodeType", "asymmetricMatch"]);

/** The proxy a caller gets: reading or writing a member the object lacks throws and is reported. */
export function expose<T extends ClientObject>(object: T): T {
  const refuse = (what: string): never => {
    const message = `Office fake: ${what} is not implemented (test/office/objects)`;
    object.context.model.problem(message);
    throw new TypeError(message);
  };
  return new Proxy(object, {
    get(target, property, receiver) {
      if (typeof property === "symbol" || property in target) return Reflect.get(target, property, receiver);
      if (QUIET_MEMBERS.has(property)) return undefined;
      return refuse(`${target.typeName}.${property}`);
    },
    set(target, property, value, receiver) {
      if (typeof property === "symbol" || property in target) return Reflect.set(target, property, value, receiver);
      return refuse(`setting ${target.typeName}.${String(property)}`);
    },
  });
}

/** Defines each of `properties` on `object` as set through a command (`valid` checked, then `apply` run, when the request runs) and readable once loaded. */
export function settable(object: ClientObject, properties: Record<string, (value: unknown) => boolean>, apply: (property: string, value: unknown) => void, loaded: (property: string) => unknown): void {
  for (const [property, valid] of Object.entries(properties)) {
    Object.defineProperty(object, property, {
      get: () => loaded(property),
      set: (value: unknown) =>
        object.context.enqueue(
          `${object.typeName}.${property}`,
          () => {
            if (!valid(value)) throw officeError("InvalidArgument", `${property} ${JSON.stringify(value)} is not valid.`, `${object.typeName}.${property}`);
            apply(property, value);
          },
          value,
        ),
    });
  }
}

/** A command argument as data, for measuring the request: an Office object is named by its type. */
export const payloadOf = (value: unknown): unknown => (value instanceof ClientObject ? value.typeName : value);

export type LoadOption = string | string[] | { select?: string | string[] } | undefined;

function loadList(option: LoadOption): string[] {
  const raw = option === undefined ? [] : typeof option === "string" ? [option] : Array.isArray(option) ? option : option.select === undefined ? [] : [option.select].flat();
  return raw.flatMap((part) => part.split(",")).map((part) => part.trim()).filter((part) => part !== "");
}

/** Resolves a proxy's model when a command first needs it, once. */
export function lazy<T>(resolve: () => T): () => T {
  let resolved = false;
  let value: T;
  return () => {
    if (!resolved) {
      value = resolve();
      resolved = true;
    }
    return value;
  };
}

export abstract class ClientObject {
  protected readonly loadedProperties = new Map<string, unknown>();

  constructor(
    readonly context: RequestContext,
    readonly typeName: string,
  ) {}

  /** Scalar properties loaded by `load()` with no argument. */
  protected abstract readonly scalarProperties: readonly string[];

  /** The property's current value in the workbook (runs inside a command). */
  protected abstract read(property: string): unknown;

  /** The workbook the commands act on. */
  protected get book(): WorkbookModel {
    return this.context.model;
  }

  load(option?: LoadOption): this {
    const properties = loadList(option);
    this.context.enqueue(`${this.typeName}.load`, () => this.loadNow(properties.length > 0 ? properties : this.scalarProperties), properties);
    return this;
  }

  loadNow(properties: readonly string[]): void {
    for (const property of properties) {
      if (!this.scalarProperties.includes(property)) throw officeError("InvalidArgument", `Cannot load "${property}" on ${this.typeName} (not modelled).`, `${this.typeName}.load`);
      const value = this.read(property);
      this.context.respond(value, () => this.loadedProperties.set(property, value));
    }
  }

  protected loaded<T>(property: string): T {
    if (!this.loadedProperties.has(property)) throw notLoaded(property);
    return this.loadedProperties.get(property) as T;
  }

  /** What a get…OrNullObject call found, known after the sync. */
  protected foundNull(isNull: boolean): void {
    this.context.respond(isNull, () => this.loadedProperties.set("isNullObject", isNull));
  }

  get isNullObject(): boolean {
    return this.loaded("isNullObject");
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loadedProperties);
  }
}

/** A collection: `load("items/name")` (or "items") gives `items`, each with those properties loaded. */
export abstract class Collection<Item extends ClientObject, Model> extends ClientObject {
  private loadedItems: Item[] | undefined = undefined;
  protected readonly scalarProperties: readonly string[] = [];

  protected abstract models(): Model[];
  protected abstract itemFor(model: Model): Item;
  protected abstract readonly itemProperties: readonly string[];

  override load(option?: LoadOption): this {
    const properties = loadList(option);
    const itemProperties = properties.map((p) => (p === "items" ? "" : p.startsWith("items/") ? p.slice("items/".length) : undefined));
    if (itemProperties.some((p) => p === undefined)) {
      throw officeError("InvalidArgument", `A collection loads "items" or "items/<property>", not "${properties.join(",")}".`, `${this.typeName}.load`);
    }
    const wanted = itemProperties.filter((p): p is string => p !== undefined && p !== "");
    this.context.enqueue(
      `${this.typeName}.load`,
      () => {
        const items = this.models().map((model) => {
          const item = this.itemFor(model);
          item.loadNow(wanted.length > 0 ? wanted : this.itemProperties);
          return item;
        });
        this.context.respond(null, () => (this.loadedItems = items));
      },
      properties,
    );
    return this;
  }

  get items(): Item[] {
    if (!this.loadedItems) throw notLoaded("items");
    return this.loadedItems;
  }

  protected read(property: string): unknown {
    throw officeError("InvalidArgument", `Cannot load "${property}" on ${this.typeName}.`);
  }

  getCount(): { value: number } {
    const result = { value: undefined as unknown as number };
    this.context.enqueue(`${this.typeName}.getCount`, () => {
      const count = this.models().length;
      this.context.respond(count, () => (result.value = count));
    });
    return result;
  }
}
