import { qualified } from "../addresses";
import { officeError, throwError } from "../errors";
import type { RequestContext } from "../requestContext";
import type { ChartModel, SeriesModel, SheetModel } from "../workbookModel";
import { ClientObject, Collection, expose, payloadOf } from "./base";
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
  readonly title: ChartTitle;
  readonly series: ChartSeriesCollection;
  readonly axes: { readonly categoryAxis: ChartAxis };

  constructor(
    context: RequestContext,
    private readonly sheet: () => SheetModel,
    private readonly chart: () => ChartModel,
  ) {
    super(context, "Chart");
    this.title = expose(new ChartTitle(context, chart));
    this.series = expose(new ChartSeriesCollection(context, chart));
    this.axes = { categoryAxis: expose(new ChartAxis(context, chart)) };
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

/** The category axis: its number format (ExcelApi 1.8). */
class ChartAxis extends ClientObject {
  protected readonly scalarProperties = ["numberFormat"];

  constructor(
    context: RequestContext,
    private readonly chart: () => ChartModel,
  ) {
    super(context, "ChartAxis");
  }

  protected read(): unknown {
    return this.chart().categoryAxisFormat ?? "General";
  }

  get numberFormat(): string {
    return this.loaded("numberFormat");
  }

  set numberFormat(format: string) {
    this.context.enqueue(
      "ChartAxis.numberFormat",
      () => {
        if (typeof format !== "string" || format === "") throw officeError("InvalidArgument", `Number format ${JSON.stringify(format)} is not valid.`, "ChartAxis.numberFormat");
        this.chart().categoryAxisFormat = format;
      },
      format,
    );
  }
}

class ChartTitle extends ClientObject {
  protected readonly scalarProperties = ["text"];

  constructor(
    context: RequestContext,
    private readonly chart: () => ChartModel,
  ) {
    super(context, "ChartTitle");
  }

  protected read(): unknown {
    return this.chart().title;
  }

  get text(): string {
    return this.loaded("text");
  }

  set text(text: string) {
    this.context.enqueue("ChartTitle.text", () => (this.chart().title = text), text);
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
