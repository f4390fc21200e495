/**
 * For text queries (getByText and the like), which unlike role queries also find the page built
 * out of sight: the next question page can share a section caption with this one, and the summary
 * lists the same answer rows as Check your answers. Spread into the query's options.
 */
export const onShownPage = { ignore: '[aria-hidden="true"] *' } as const;
