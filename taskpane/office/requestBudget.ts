/**
 * Office caps the size of one request (5 MB on the web, less on some hosts),
 * so big writes are split: callers reserve the cells they are about to queue
 * and a sync is sent first when the request would grow past the limit.
 * A cell counts once per property written (values, formulas, number format).
 */
export const CELLS_PER_REQUEST = 5000;

export class RequestBudget {
  private pending = 0;

  constructor(
    private readonly context: Excel.RequestContext,
    readonly limit = CELLS_PER_REQUEST,
  ) {}

  async reserve(cells: number): Promise<void> {
    if (this.pending > 0 && this.pending + cells > this.limit) await this.flush();
    this.pending += cells;
  }

  async flush(): Promise<void> {
    await this.context.sync();
    this.pending = 0;
  }
}
