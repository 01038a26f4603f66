/**
 * Tooltip rows in the text colour: recharts colours each row like its series, and a series
 * colour that is enough for a mark (3:1) can be too light for text (4.5:1).
 */
export const tooltipItemStyle = { color: '#1f2328' } as const;
