/**
 * A chart tooltip's lines in the order of the chart's series (its legend's: the charter's order
 * of roles, a trend's statuses from established down). Recharts sorts them by name unless told
 * otherwise; its sort is stable, so giving every line the same key keeps their own order.
 */
export const inSeriesOrder = (): undefined => undefined;
