import { qualified } from "../addresses";
import { officeError, throwError } from "../errors";
import type { RequestContext } from "../requestContext";
import type { NameModel } from "../workbookModel";
import { ClientObject, Collection, expose, lazy, payloadOf } from "./base";
import { Range } from "./range";

/** Workbook-scoped defined names. */
export class NamedItemCollection extends Collection<NamedItem, NameModel> {
  protected readonly itemProperties = ["name", "formula", "comment"];

  constructor(context: RequestContext) {
    super(context, "NamedItemCollection");
  }

  protected models(): NameModel[] {
    return this.book.names;
  }

  protected itemFor(model: NameModel): NamedItem {
    return expose(new NamedItem(this.context, () => model));
  }

  add(name: string, reference: Range | string, comment = ""): NamedItem {
    let model: NameModel | undefined;
    this.context.enqueue(
      "NamedItemCollection.add",
      () => {
        const formula = typeof reference === "string" ? reference : `=${qualified(reference.sheet().name, reference.area())}`;
        model = this.book.addName(name, formula, comment);
      },
      [name, payloadOf(reference), comment],
    );
    return expose(new NamedItem(this.context, () => model ?? throwError(officeError("InvalidOperation", "The name was not added.", "NamedItem"))));
  }

  getItem(name: string): NamedItem {
    return expose(new NamedItem(this.context, lazy(() => this.book.findName(name) ?? throwError(officeError("ItemNotFound", `The requested resource doesn't exist. (name "${name}")`, "NamedItemCollection.getItem")))));
  }

  getItemOrNullObject(name: string): NamedItem {
    const found = lazy(() => this.book.findName(name));
    const item = expose(new NamedItem(this.context, () => found() ?? throwError(officeError("InvalidObjectPath", `The name "${name}" is a null object.`, "NamedItem"))));
    this.context.enqueue("NamedItemCollection.getItemOrNullObject", () => item.setNull(found() === undefined), name);
    return item;
  }
}

/** A defined name; its range is what its formula designates when the command runs. */
class NamedItem extends ClientObject {
  protected readonly scalarProperties = ["name", "formula", "comment"];

  constructor(
    context: RequestContext,
    private readonly item: () => NameModel,
  ) {
    super(context, "NamedItem");
  }

  protected read(property: string): unknown {
    const item = this.item();
    return property === "name" ? item.name : property === "comment" ? item.comment : item.formula;
  }

  setNull(isNull: boolean): void {
    this.foundNull(isNull);
  }

  get name(): string {
    return this.loaded("name");
  }

  get formula(): string {
    return this.loaded("formula");
  }

  get comment(): string {
    return this.loaded("comment");
  }

  getRange(): Range {
    const target = lazy(() => this.book.resolveReference(this.item().formula) ?? throwError(officeError("InvalidReference", `The name ${this.item().name} refers to nothing (#REF!).`, "NamedItem.getRange")));
    return expose(new Range(this.context, () => target().sheet, () => target().area));
  }

  getRangeOrNullObject(): Range {
    const target = lazy(() => this.book.resolveReference(this.item().formula));
    const range = expose(new Range(this.context, () => target()?.sheet ?? throwError(officeError("InvalidObjectPath", "A null range.", "Range")), () => target()!.area));
    this.context.enqueue("NamedItem.getRangeOrNullObject", () => range.setNull(target() === undefined));
    return range;
  }

  delete(): void {
    this.context.enqueue("NamedItem.delete", () => {
      const item = this.item();
      this.book.names = this.book.names.filter((n) => n !== item);
    });
  }
}
