// Its own small module: the popup's first-paint shell counts with it and must not load the planner.

/** How many of the "needs you" rows still wait for the person (a row being answered stays listed, answered). */
export const stillNeedYou = (rows: readonly { step: { action: string } }[]): number => rows.filter((r) => r.step.action === 'needs-you').length;
