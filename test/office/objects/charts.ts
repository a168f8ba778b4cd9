import { qualified } from "../addresses";
import { officeError, throwError } from "../errors";
import type { RequestContext } from "../requestContext";
import type { ChartModel, SeriesModel, SheetModel } from "../workbookModel";
import { ClientObject, Collection, expose, payloadOf, settable } from "./base";
import type { Range } from "./range";

/** Charts: a type over a source range, a name, a title, series whose values and categories come from ranges, a position. */

const rangeText = (range: Range) => qualified(range.sheet().name, range.area());

export class ChartCollection extends Collection<Chart, ChartModel> {
  protected readonly itemProperties = ["name"];

  constructor(
    context: RequestContext,
    private readonly sheet: () => SheetModel,
  ) {
    super(context, "ChartCollection");
  }

  protected models(): ChartModel[] {
    return this.sheet().charts;
  }

  protected itemFor(model: ChartModel): Chart {
    return expose(new Chart(this.context, this.sheet, () => model));
  }

  /** Excel makes the first series from the source; its name is blank until set. */
  add(type: string, sourceData: Range, seriesBy?: string): Chart {
    let model: ChartModel | undefined;
    this.context.enqueue(
      "ChartCollection.add",
      () => {
        if (typeof type !== "string" || type === "") throw officeError("InvalidArgument", "A chart needs a type.", "ChartCollection.add");
        const source = rangeText(sourceData);
        model = { name: `Chart ${this.sheet().charts.length + 1}`, type, source, seriesBy, title: "", series: [{ name: "", values: source }] };
        this.sheet().charts.push(model);
      },
      [type, payloadOf(sourceData), seriesBy],
    );
    return expose(new Chart(this.context, this.sheet, () => model ?? throwError(officeError("InvalidOperation", "The chart was not added.", "Chart"))));
  }
}

class Chart extends ClientObject {
  protected readonly scalarProperties = ["name"];
  readonly title: ChartPart;
  readonly series: ChartSeriesCollection;
  readonly axes: { readonly categoryAxis: ChartPart };

  constructor(
    context: RequestContext,
    private readonly sheet: () => SheetModel,
    private readonly chart: () => ChartModel,
  ) {
    super(context, "Chart");
    const text = (value: unknown) => typeof value === "string";
    this.title = expose(new ChartPart(context, "ChartTitle", "text", () => chart().title, text, (title) => (chart().title = title)));
    this.series = expose(new ChartSeriesCollection(context, chart));
    const format = (value: unknown) => typeof value === "string" && value !== "";
    this.axes = { categoryAxis: expose(new ChartPart(context, "ChartAxis", "numberFormat", () => chart().categoryAxis?.numberFormat ?? "General", format, (numberFormat) => ((chart().categoryAxis ??= {}).numberFormat = numberFormat))) };
  }

  protected read(): unknown {
    return this.chart().name;
  }

  get name(): string {
    return this.loaded("name");
  }

  set name(name: string) {
    this.context.enqueue("Chart.name", () => (this.chart().name = name), name);
  }

  setPosition(startCell: string, endCell?: string): void {
    this.context.enqueue("Chart.setPosition", () => (this.chart().position = [startCell, endCell ?? startCell]), [startCell, endCell]);
  }

  delete(): void {
    this.context.enqueue("Chart.delete", () => {
      const charts = this.sheet().charts;
      const index = charts.indexOf(this.chart());
      if (index >= 0) charts.splice(index, 1);
    });
  }
}

/** A part of a chart with one property, kept in the chart's model: the title's text, the category axis's number format (ExcelApi 1.8). */
class ChartPart extends ClientObject {
  protected readonly scalarProperties: readonly string[];

  constructor(
    context: RequestContext,
    typeName: string,
    property: string,
    private readonly current: () => string,
    valid: (value: unknown) => boolean,
    write: (value: string) => void,
  ) {
    super(context, typeName);
    this.scalarProperties = [property];
    settable(this, { [property]: valid }, (_, value) => write(value as string), (name) => this.loaded(name));
  }

  protected read(): unknown {
    return this.current();
  }
}

class ChartSeriesCollection extends ClientObject {
  protected readonly scalarProperties = ["count"];

  constructor(
    context: RequestContext,
    private readonly chart: () => ChartModel,
  ) {
    super(context, "ChartSeriesCollection");
  }

  protected read(): unknown {
    return this.chart().series.length;
  }

  getItemAt(index: number): ChartSeries {
    return expose(new ChartSeries(this.context, () => this.chart().series[index] ?? throwError(officeError("ItemNotFound", `The chart has no series ${index}.`, "ChartSeriesCollection.getItemAt"))));
  }

  add(name?: string): ChartSeries {
    let model: SeriesModel | undefined;
    this.context.enqueue(
      "ChartSeriesCollection.add",
      () => {
        model = { name: name ?? "" };
        this.chart().series.push(model);
      },
      name,
    );
    return expose(new ChartSeries(this.context, () => model ?? throwError(officeError("InvalidOperation", "The series was not added.", "ChartSeries"))));
  }
}

class ChartSeries extends ClientObject {
  protected readonly scalarProperties = ["name"];

  constructor(
    context: RequestContext,
    private readonly series: () => SeriesModel,
  ) {
    super(context, "ChartSeries");
  }

  protected read(): unknown {
    return this.series().name;
  }

  get name(): string {
    return this.loaded("name");
  }

  set name(name: string) {
    this.context.enqueue("ChartSeries.name", () => (this.series().name = name), name);
  }

  setValues(range: Range): void {
    this.context.enqueue("ChartSeries.setValues", () => (this.series().values = rangeText(range)), payloadOf(range));
  }

  setXAxisValues(range: Range): void {
    this.context.enqueue("ChartSeries.setXAxisValues", () => (this.series().categories = rangeText(range)), payloadOf(range));
  }
}
